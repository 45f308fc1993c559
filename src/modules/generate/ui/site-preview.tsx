'use client';

import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { previewLocaleOf, renderPreviewHtml } from './render-preview';
import { PreviewFrame } from './preview-frame';
import { DEVICE_WIDTHS, localeName, type Device } from '../studio-options';

const DEVICES = Object.keys(DEVICE_WIDTHS) as Device[];

const groupClass = 'flex flex-wrap gap-1 rounded-xl border border-gray-200 bg-white p-1';

/**
 * The live preview. The page is rendered here, in the browser, by the same renderer publishing
 * uses, and shown in a sandboxed frame that patches each new render in place (preview-frame.tsx):
 * sections paint as they arrive.
 */
export function SitePreview({
  document,
  chosenLocale,
  onLocaleChange,
  version,
  photos,
}: {
  document: SiteDocument | null;
  chosenLocale: string | null;
  onLocaleChange: (locale: string) => void;
  /** The saved draft's version when the preview shows it. */
  version: number | null;
  /** `file:<id>` → a `data:` preview of the photo (see renderPreviewHtml). */
  photos?: Record<string, string>;
}) {
  const t = useTranslations('studio.preview');
  const [device, setDevice] = useState<Device>('desktop');
  const locale = document ? previewLocaleOf(document, chosenLocale) : null;
  const html = useMemo(() => (document && locale ? renderPreviewHtml(document, locale, photos) : null), [document, locale, photos]);
  const width = DEVICE_WIDTHS[device];
  const frameClass = 'mx-auto block h-[32rem] max-w-full border-0 bg-white lg:h-[calc(100dvh-12rem)] lg:min-h-[32rem]';

  return (
    <section className="min-w-0 space-y-3" aria-labelledby="preview-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t('title')}
          </h2>
          {version !== null ? (
            <Badge variant="brand" data-testid="draft-version">
              {t('draftVersion', { version })}
            </Badge>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {document && document.i18n.locales.length > 1 ? (
            <div role="group" aria-label={t('language')} className={groupClass}>
              {document.i18n.locales.map((option) => (
                <Button
                  key={option}
                  variant="toggle"
                  size="compact"
                  lang={option}
                  aria-label={`${localeName(option)} (${option.toUpperCase()})`}
                  aria-pressed={option === locale}
                  onClick={() => onLocaleChange(option)}
                >
                  {option.toUpperCase()}
                </Button>
              ))}
            </div>
          ) : null}
          <div role="group" aria-label={t('device')} className={groupClass}>
            {DEVICES.map((option) => (
              <Button key={option} variant="toggle" size="compact" aria-pressed={option === device} onClick={() => setDevice(option)}>
                {t('deviceName', { device: option })}
              </Button>
            ))}
          </div>
        </div>
      </div>
      <div className="relative overflow-hidden rounded-2xl border border-gray-200 bg-gray-100">
        {html ? (
          // A new frame only when there was nothing to show before (a first page, or after a
          // page that could not be rendered); otherwise the one frame is patched.
          <PreviewFrame html={html} title={t('title')} width={width} className={frameClass} />
        ) : (
          <EmptyState className="h-64 justify-center rounded-none border-0 bg-transparent">
            {document ? t('failed') : t('empty')}
          </EmptyState>
        )}
      </div>
    </section>
  );
}
