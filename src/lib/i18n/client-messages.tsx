import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_MESSAGE_AREAS, pickMessages, type ClientMessageArea } from './client-namespaces';

/**
 * The next-intl provider of one area of the app: the locale, time zone and formats of
 * src/lib/i18n/request.ts, and only the messages that area's client components use
 * (client-namespaces.ts). A nested provider replaces its parent's messages, so each area's list
 * stands alone.
 */
export async function ClientMessages({ area, children }: { area: ClientMessageArea; children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_MESSAGE_AREAS[area].namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
