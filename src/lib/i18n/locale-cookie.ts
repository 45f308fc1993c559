import { isLocale, localeFromAcceptLanguage, type Locale } from './translate';

/** The cookie that keeps the interface language a person chose (the language switcher sets it). */
export const LOCALE_COOKIE = 'pm-locale';

/**
 * The same choice as server-locale.ts's getLocale, from a request's own headers: for route
 * handlers, which may be called outside Next's request scope (tests call them directly).
 */
export function localeOfRequest(request: { headers: Headers }): Locale {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers.get('accept-language'));
}
