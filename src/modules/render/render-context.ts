import type { Page, SiteDocument } from '@/modules/document/site-document-schema';
import { pagePath } from './page-path';
import { safeUrl } from './safe-url';
import { escapeHtml } from './escape-html';
import { uiStringsFor, type UiStrings } from './ui-strings';

export type RenderMode = 'preview' | 'publish';

export type AssetUrls = {
  /** Published stylesheet URL (content-hashed by the build). */
  css?: string;
  /** Favicon URL, if the build provides one. */
  icon?: string;
  /**
   * Document image `src` → published URL (content-hashed stock art or uploaded files; data: URLs
   * in the preview). Values are made by our build/preview code, never taken from a document, so
   * they skip the document URL filter (which refuses data:); they are still attribute-escaped.
   */
  files?: Record<string, string>;
};

export type RenderContext = {
  document: SiteDocument;
  page: Page;
  locale: string;
  mode: RenderMode;
  ui: UiStrings;
  /** Text of a key in the current locale, falling back to the default locale, else ''. */
  t(key: string | undefined): string;
  /** `t` escaped for HTML. */
  text(key: string | undefined): string;
  /** A document URL made safe, with links to our own pages pointed at the current locale. */
  href(url: string | undefined): string;
  /** Image URL after asset mapping, made safe. */
  imageSrc(src: string): string;
  /** True exactly once per render: the first content image is loaded eagerly (likely LCP). */
  claimFirstImage(): boolean;
};

export function createRenderContext(
  document: SiteDocument,
  page: Page,
  locale: string,
  mode: RenderMode,
  assetUrls: AssetUrls | undefined,
): RenderContext {
  const table = document.i18n.strings[locale] ?? {};
  const fallback = document.i18n.strings[document.i18n.defaultLocale] ?? {};
  const slugs = new Set(document.pages.map((candidate) => candidate.slug));
  let isFirstImageClaimed = false;

  const t = (key: string | undefined): string => {
    if (!key) return '';
    const value = Object.hasOwn(table, key) ? table[key] : Object.hasOwn(fallback, key) ? fallback[key] : '';
    return typeof value === 'string' ? value : '';
  };

  const href = (url: string | undefined): string => {
    const safe = safeUrl(url);
    if (!safe.startsWith('/') || safe.startsWith('//')) return safe;
    const match = /^([^?#]*)(.*)$/.exec(safe);
    const path = (match?.[1] ?? '').replace(/^\/+|\/+$/g, '');
    return slugs.has(path) ? pagePath(document, path, locale) + (match?.[2] ?? '') : safe;
  };

  return {
    document,
    page,
    locale,
    mode,
    ui: uiStringsFor(locale),
    t,
    text: (key) => escapeHtml(t(key)),
    href,
    imageSrc: (src) => (assetUrls?.files && Object.hasOwn(assetUrls.files, src) ? assetUrls.files[src]! : safeUrl(src)),
    claimFirstImage: () => {
      if (isFirstImageClaimed) return false;
      isFirstImageClaimed = true;
      return true;
    },
  };
}
