import type { SiteDocument } from '@/modules/document/site-document-schema';
import { pagePath } from '@/modules/render/page-path';
import { escapeXml } from './escape-xml';

/**
 * sitemap.xml: one <url> per page × locale, each listing every locale version (and x-default)
 * as xhtml:link alternates — the same set each page's <head> declares, so crawlers see one
 * consistent story. No <lastmod>: the build is deterministic and has no clock.
 */
export function renderSitemapXml(document: SiteDocument, origin: string): string {
  const { locales, defaultLocale } = document.i18n;
  const urlFor = (slug: string, locale: string) => escapeXml(origin + pagePath(document, slug, locale));
  const entries = document.pages.flatMap((page) => {
    const alternates =
      locales
        .map((locale) => `<xhtml:link rel="alternate" hreflang="${escapeXml(locale)}" href="${urlFor(page.slug, locale)}"/>`)
        .join('') + `<xhtml:link rel="alternate" hreflang="x-default" href="${urlFor(page.slug, defaultLocale)}"/>`;
    return locales.map((locale) => `<url><loc>${urlFor(page.slug, locale)}</loc>${alternates}</url>\n`);
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    entries.join('') +
    '</urlset>\n'
  );
}
