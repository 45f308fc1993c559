'use client';

import { useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { SlidersHorizontal } from 'lucide-react';
import type { Locale } from '@/lib/i18n/translate';
import { isSectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { sectionTypeLabel } from '@/modules/generate/ui/section-names';
import { Button } from '@/lib/ui/button';
import { FormField } from '@/lib/ui/form-field';
import { NativeSelect } from '@/lib/ui/native-select';
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import type { EditOperation } from '../edit-operation';
import { describeSectionFields, sectionVariants } from '../section-fields';
import type { FormContext } from './form-context';
import { FieldList } from './property-fields';
import { SectionImagePicker, type ImageTarget } from './section-image-picker';

export type PropertiesProps = {
  document: SiteDocument;
  pageSlug: string;
  sectionId: string | null;
  /** The language whose texts the form edits (the canvas's). */
  locale: string;
  apply: (op: EditOperation, mergeKey?: string) => void;
  /** Inline previews of photos just picked (`file:<id>` → data URL) for the sandboxed canvas. */
  onPhotos: (previews: Record<string, string>) => void;
};

/**
 * Every field of the selected section as a form derived from its schema (section-fields.ts).
 * Each change is an edit operation — texts `set-text` in the language being edited, the rest
 * `set-field`, lists `insert-item`/`remove-item`/`move-item` — so the canvas updates as you type
 * and undo, redo and autosave cover it like any other edit.
 */
export function PropertiesPanel({ document, pageSlug, sectionId, locale, apply, onPhotos }: PropertiesProps) {
  const t = useTranslations('editor.properties');
  const uiLocale = useLocale() as Locale;
  const headingId = useId();
  const [picking, setPicking] = useState<ImageTarget | null>(null);
  const section = document.pages.find((page) => page.slug === pageSlug)?.sections.find((candidate) => candidate.id === sectionId);

  if (!section || !isSectionType(section.type)) {
    return (
      <section aria-labelledby={headingId} className="space-y-2" data-testid="properties">
        <h2 id={headingId} className="text-base font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-muted">{t('empty')}</p>
      </section>
    );
  }

  const ctx: FormContext = {
    document,
    pageSlug,
    sectionId: section.id,
    section,
    locale,
    apply,
    pickImage: (path, label) => setPicking({ sectionId: section.id, path, label }),
  };
  const variants = sectionVariants(section.type);
  const variant = section.variant ?? '';

  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="properties" data-section-id={section.id}>
      <h2 id={headingId} className="text-base font-semibold">
        {t('heading', { name: sectionTypeLabel(section.type, uiLocale) })}
      </h2>
      {variants.length > 1 ? (
        <FormField label={t('variant')}>
          {(control) => (
            <NativeSelect
              {...control}
              value={variant}
              onChange={(event) =>
                apply(
                  event.target.value
                    ? { op: 'set-field', page: pageSlug, sectionId: section.id, path: ['variant'], value: event.target.value }
                    : { op: 'set-field', page: pageSlug, sectionId: section.id, path: ['variant'] },
                )
              }
            >
              <option value="">{t('variantDefault')}</option>
              {variants.map((option) => (
                <option key={option} value={option}>
                  {t('variantName', { variant: option.replaceAll('-', '_') })}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      ) : null}
      <FieldList ctx={ctx} specs={describeSectionFields(section.type)} path={[]} />
      <SectionImagePicker
        document={document}
        pageSlug={pageSlug}
        locale={locale}
        target={picking}
        onClose={() => setPicking(null)}
        apply={apply}
        onPhotos={onPhotos}
      />
    </section>
  );
}

/** Phones and tablets: the same form in a bottom sheet, opened from the toolbar. */
export function PropertiesSheet({ openRequest = 0, ...props }: PropertiesProps & { openRequest?: number }) {
  const t = useTranslations('editor.properties');
  const [isOpen, setOpen] = useState(false);
  // Asked to show a section's properties (a publish blocker's "Show me"): on screens where the
  // sidebar is visible it shows them already, so the sheet opens only where it is the way in.
  const [seenRequest, setSeenRequest] = useState(openRequest);
  if (seenRequest !== openRequest) {
    setSeenRequest(openRequest);
    if (typeof window !== 'undefined' && !window.matchMedia('(min-width: 1024px)').matches) setOpen(true);
  }
  return (
    <Sheet open={isOpen} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="secondary" className="lg:hidden" disabled={props.sectionId === null}>
          <SlidersHorizontal aria-hidden="true" />
          {t('open')}
        </Button>
      </SheetTrigger>
      <SheetContent side="bottom" closeLabel={t('close')} className="overflow-y-auto p-4 pt-14" aria-describedby={undefined}>
        <SheetTitle className="sr-only">{t('title')}</SheetTitle>
        <PropertiesPanel {...props} />
      </SheetContent>
    </Sheet>
  );
}
