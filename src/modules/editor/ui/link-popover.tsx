'use client';

import { useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Button } from '@/lib/ui/button';
import { Popover, PopoverAnchor, PopoverClose, PopoverContent } from '@/lib/ui/popover';
import type { EditOperation } from '../edit-operation';
import { findLinkPath } from '../section-fields';
import type { FormContext } from './form-context';
import { LinkFields } from './property-fields';

/** A link clicked in the canvas: its section, its label's text key, and where it is on screen. */
export type ClickedLink = { sectionId: string; key: string; rect: { x: number; y: number; width: number; height: number } };

/**
 * The popover for a button or link clicked in the canvas: its label (in the language being
 * edited) and its target, validated as typed (http(s), mailto:, tel:, #section, /page). Focus
 * moves into it on open; Escape or Done closes it and focus goes back to the canvas.
 */
export function LinkPopover({
  link,
  document,
  pageSlug,
  locale,
  apply,
  onClose,
  returnFocus,
}: {
  link: ClickedLink | null;
  document: SiteDocument;
  pageSlug: string;
  locale: string;
  apply: (op: EditOperation, mergeKey?: string) => void;
  onClose: () => void;
  /** Where focus goes when the popover closes (the canvas the link was clicked in). */
  returnFocus: () => void;
}) {
  const t = useTranslations('editor.link');
  const section = link
    ? document.pages.find((page) => page.slug === pageSlug)?.sections.find((candidate) => candidate.id === link.sectionId)
    : undefined;
  const path = section && link ? findLinkPath(section, link.key) : null;
  if (!link || !section || !path || path.length === 0) return null;
  const ctx: FormContext = { document, pageSlug, sectionId: section.id, section, locale, apply, pickImage: () => {} };
  return (
    <Popover open onOpenChange={(open) => !open && onClose()}>
      <PopoverAnchor asChild>
        <div
          aria-hidden="true"
          className="pointer-events-none fixed"
          style={{ left: link.rect.x, top: link.rect.y, width: link.rect.width, height: link.rect.height }}
        />
      </PopoverAnchor>
      <PopoverContent
        aria-label={t('title')}
        data-testid="link-popover"
        className="space-y-3"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
      >
        <h2 className="text-base font-semibold">{t('title')}</h2>
        <LinkFields ctx={ctx} path={path} label={t('name')} />
        <div className="flex justify-end">
          <PopoverClose asChild>
            <Button>{t('done')}</Button>
          </PopoverClose>
        </div>
      </PopoverContent>
    </Popover>
  );
}
