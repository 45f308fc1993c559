import type { SiteDocument } from '@/modules/document/site-document-schema';

/**
 * The site's name as visitors see it in the header (default locale), else the business name
 * from structured data, else a neutral word: the web manifest and favicon always need one.
 */
export function siteDisplayName(document: SiteDocument): string {
  const strings = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const key = document.site.nameKey;
  const shown = Object.hasOwn(strings, key) ? strings[key].trim() : '';
  return shown || document.seo.business?.name.trim() || 'Website';
}
