import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE } from './locale-cookie';
import { isLocale, localeFromAcceptLanguage, type Locale } from './translate';

/**
 * The UI locale: the explicit choice (the language switcher's cookie) first, else the browser's
 * language. No locale in the URL: the app's addresses stay the same in every language.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});
