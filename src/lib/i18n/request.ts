import { getRequestConfig } from 'next-intl/server';
import { formats, TIME_ZONE } from './formats';
import { MESSAGES } from './messages';
import { getLocale } from './server-locale';

// next-intl without locale routing: the locale comes from the cookie / Accept-Language
// (getLocale), never from the URL. next.config.ts points the plugin at this file.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: MESSAGES[locale], formats, timeZone: TIME_ZONE };
});
