import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';

/**
 * A component's HTML as the app renders it, in English or Portuguese (UTC). A missing or broken
 * message throws instead of rendering its key, so a test of both languages catches it.
 */
export function renderIntl(node: ReactNode, locale: 'en' | 'pt-BR' = 'en'): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider
      locale={locale}
      messages={locale === 'en' ? en : ptBR}
      timeZone="UTC"
      onError={(error) => {
        throw error;
      }}
    >
      {node}
    </NextIntlClientProvider>,
  );
}
