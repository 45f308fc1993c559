import type { SiteDocument } from '@/modules/document/site-document-schema';
import { pagePath } from './page-path';

export type SiteFile = {
  pageSlug: string;
  locale: string;
  /** Public URL path, e.g. "/", "/pt-BR/blog/first-post/". */
  urlPath: string;
  /** Output file relative to the site root, e.g. "index.html", "pt-BR/blog/first-post/index.html". */
  filePath: string;
};

/**
 * Every HTML file a publish produces: one per page per locale, at `<path>/index.html` so the
 * host serves clean, trailing-slash URLs. Order is stable (pages, then locales) for
 * reproducible builds. Render each with `renderPage(doc, { pageSlug, locale, mode: 'publish' })`.
 */
export function listSiteFiles(document: SiteDocument): SiteFile[] {
  const files: SiteFile[] = [];
  for (const page of document.pages) {
    for (const locale of document.i18n.locales) {
      const urlPath = pagePath(document, page.slug, locale);
      files.push({ pageSlug: page.slug, locale, urlPath, filePath: `${urlPath.slice(1)}index.html` });
    }
  }
  return files;
}
