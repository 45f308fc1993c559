'use client';

import { useMemo, useState } from 'react';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { previewLocaleOf, renderPreviewHtml } from './render-preview';
import { DEVICE_WIDTHS, localeName, type Device } from './studio-options';
import type { StudioLabels } from './studio-labels';

const DEVICES = Object.keys(DEVICE_WIDTHS) as Device[];

const toggleClass = (isOn: boolean) =>
  `min-h-11 min-w-11 rounded-lg px-2 text-sm font-semibold ${isOn ? 'bg-brand-100 text-brand-900' : 'text-muted hover:bg-gray-100'}`;

/**
 * The live preview. The page is rendered here, in the browser, by the same renderer publishing
 * uses, and shown in an iframe sandboxed with no permissions at all: no scripts and an opaque
 * origin (no `allow-same-origin`), so generated content can never reach the app's cookies,
 * storage or DOM, submit forms or open windows.
 */
export function SitePreview({ document, chosenLocale, onLocaleChange, versionLabel, labels }: {
  document: SiteDocument | null;
  chosenLocale: string | null;
  onLocaleChange: (locale: string) => void;
  versionLabel: string | null;
  labels: StudioLabels['preview'];
}) {
  const [device, setDevice] = useState<Device>('desktop');
  const locale = document ? previewLocaleOf(document, chosenLocale) : null;
  const html = useMemo(() => (document && locale ? renderPreviewHtml(document, locale) : null), [document, locale]);
  const width = DEVICE_WIDTHS[device];

  return (
    <section className="min-w-0 space-y-3" aria-labelledby="preview-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 items-baseline gap-2">
          <h2 id="preview-heading" className="text-lg font-semibold">{labels.title}</h2>
          {versionLabel ? <span className="text-sm text-muted" data-testid="draft-version">{versionLabel}</span> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {document && document.i18n.locales.length > 1 ? (
            <div role="group" aria-label={labels.language} className="flex flex-wrap gap-1 rounded-xl border border-gray-200 bg-white p-1">
              {document.i18n.locales.map((option) => (
                <button
                  key={option}
                  type="button"
                  lang={option}
                  aria-label={`${localeName(option)} (${option.toUpperCase()})`}
                  aria-pressed={option === locale}
                  className={toggleClass(option === locale)}
                  onClick={() => onLocaleChange(option)}
                >
                  {option.toUpperCase()}
                </button>
              ))}
            </div>
          ) : null}
          <div role="group" aria-label={labels.device} className="flex gap-1 rounded-xl border border-gray-200 bg-white p-1">
            {DEVICES.map((option) => (
              <button key={option} type="button" aria-pressed={option === device} className={toggleClass(option === device)} onClick={() => setDevice(option)}>
                {labels.devices[option]}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="overflow-hidden rounded-2xl border border-gray-200 bg-gray-100">
        {html ? (
          <iframe
            title={labels.title}
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={html}
            className="mx-auto block h-[32rem] max-w-full border-0 bg-white lg:h-[calc(100dvh-12rem)] lg:min-h-[32rem]"
            style={{ width: width === null ? '100%' : `${width}px` }}
          />
        ) : (
          <p className="flex h-64 items-center justify-center p-6 text-center text-muted">{document ? labels.failed : labels.empty}</p>
        )}
      </div>
    </section>
  );
}
