import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { COOKIE } from '@/lib/auth/cookie-jar';
import { isLocale, localeFromAcceptLanguage, translator, type Locale } from './translate';

/** The UI locale: the explicit choice (cookie) first, else the browser's language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(COOKIE.locale)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
});

export const getT = cache(async () => translator(await getLocale()));
