'use client';

import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { GLOBAL_ERROR_MESSAGES, globalErrorLocale } from '@/lib/i18n/global-error-messages';
import { useRequestReference } from '@/lib/ui/use-request-reference';

// Replaces the root layout when it fails, so neither its catalogue nor its locale is there: the
// `error` messages of each catalogue come from a small module (the whole catalogues would ship to
// every browser), and the locale from the language cookie or the browser.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = globalErrorLocale();
  return (
    <html lang={locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', placeItems: 'center', minHeight: '100dvh', margin: 0 }}>
        <NextIntlClientProvider locale={locale} messages={{ error: GLOBAL_ERROR_MESSAGES[locale] }}>
          <GlobalErrorBody digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorBody({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations('error');
  const reference = useRequestReference() ?? digest;
  return (
    <main role="alert" style={{ textAlign: 'center', padding: 24 }}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {reference ? <p style={{ fontFamily: 'monospace', fontSize: 12 }}>{t('reference', { digest: reference })}</p> : null}
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  );
}
