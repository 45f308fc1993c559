import type { Page, SiteDocument } from '@/modules/document/site-document-schema';
import { uiStringsFor } from '@/modules/render/ui-strings';

/** The blog-list section's schema maximum: the index shows that many of the newest posts. */
const INDEX_LIMIT = 24;

/** A key not yet in any language's table (the document's own keys always win). */
function freeKey(document: SiteDocument, base: string): string {
  const isTaken = (key: string) => document.i18n.locales.some((locale) => Object.hasOwn(document.i18n.strings[locale] ?? {}, key));
  let key = base;
  for (let n = 2; isTaken(key); n += 1) key = `${base}-${n}`;
  return key;
}

/**
 * Posts live at /blog/<slug>/, so a visitor (or a search engine) shortening the URL expects
 * /blog/ to list them. Unless the owner made a page there, the build adds one: a blog list of
 * every post, titled like the site's own blog list (else "Blog" in each language). Added at
 * build time rather than to the document, so the editor keeps showing the owner's pages only.
 */
export function withBlogIndex(document: SiteDocument): SiteDocument {
  const hasBlogPosts = document.pages.some((page) => page.kind === 'post' && page.slug.startsWith('blog/'));
  if (!hasBlogPosts || document.pages.some((page) => page.slug === 'blog')) return document;
  const own = document.pages.flatMap((page) => page.sections).find((section) => section.type === 'blog-list');
  let strings = document.i18n.strings;
  let titleKey = own?.titleKey;
  if (!titleKey) {
    titleKey = freeKey(document, 'blog-index.title');
    const key = titleKey;
    strings = Object.fromEntries(
      document.i18n.locales.map((locale) => [locale, { ...document.i18n.strings[locale], [key]: uiStringsFor(locale).blog }]),
    );
  }
  const index: Page = {
    slug: 'blog',
    kind: 'page',
    titleKey,
    ...(own?.introKey ? { descriptionKey: own.introKey } : {}),
    sections: [
      {
        id: 'posts',
        type: 'blog-list',
        variant: own?.variant ?? 'cards',
        titleKey,
        ...(own?.introKey ? { introKey: own.introKey } : {}),
        limit: INDEX_LIMIT,
      },
    ],
  };
  return { ...document, i18n: { ...document.i18n, strings }, pages: [...document.pages, index] };
}
