import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * Public path of a page in a locale: the default locale lives at the root (`/`, `/about/`),
 * every other locale under its tag (`/pt-BR/`, `/pt-BR/about/`). Trailing slashes match the
 * `<path>/index.html` files the build writes, so no redirect is ever needed.
 */
export function pagePath(document: SiteDocument, slug: string, locale: string): string {
  const prefix = locale === document.i18n.defaultLocale ? '' : `/${locale}`;
  return slug === '' ? `${prefix}/` : `${prefix}/${slug}/`;
}
