'use client';

import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { EmptyState } from '@/lib/ui/empty-state';
import { previewLocaleOf, renderPreviewHtml } from './render-preview';
import { framesAfterHtml, framesAfterLoad, initialFrames, type Frames } from './preview-frames';
import { DEVICE_WIDTHS, localeName, type Device } from './studio-options';

const DEVICES = Object.keys(DEVICE_WIDTHS) as Device[];

const groupClass = 'flex flex-wrap gap-1 rounded-xl border border-gray-200 bg-white p-1';

/** The two preview frames (see preview-frames.ts): the one on show and the one loading behind it. */
function useDoubleBufferedHtml(html: string | null) {
  const [frames, setFrames] = useState<Frames>(() => initialFrames(html));
  // The newest HTML, tracked in state (React's "adjust state when a prop changes" pattern).
  const [latest, setLatest] = useState(html);
  if (latest !== html) {
    setLatest(html);
    setFrames(framesAfterHtml(frames, html));
  }
  const onLoaded = (index: 0 | 1) => setFrames((f) => framesAfterLoad(f, index, latest));
  return { frames, onLoaded };
}

/**
 * The live preview. The page is rendered here, in the browser, by the same renderer publishing
 * uses, and shown in an iframe sandboxed with no permissions at all: no scripts and an opaque
 * origin (no `allow-same-origin`), so generated content can never reach the app's cookies,
 * storage or DOM, submit forms or open windows.
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
  const { frames, onLoaded } = useDoubleBufferedHtml(html);
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
          ([0, 1] as const).map((index) =>
            frames.html[index] === null ? null : (
              <iframe
                key={index}
                // Only the frame on show is the preview; the one loading behind it is hidden from
                // everyone (and from assistive technology) until it is swapped in.
                title={index === frames.front ? t('title') : ''}
                aria-hidden={index === frames.front ? undefined : true}
                tabIndex={index === frames.front ? undefined : -1}
                sandbox=""
                referrerPolicy="no-referrer"
                srcDoc={frames.html[index] ?? undefined}
                onLoad={() => onLoaded(index)}
                className={index === frames.front ? frameClass : `${frameClass} invisible absolute inset-x-0 top-0`}
                style={{ width: width === null ? '100%' : `${width}px` }}
              />
            ),
          )
        ) : (
          <EmptyState className="h-64 justify-center rounded-none border-0 bg-transparent">
            {document ? t('failed') : t('empty')}
          </EmptyState>
        )}
      </div>
    </section>
  );
}
