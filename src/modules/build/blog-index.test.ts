import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { Page, SiteDocument } from '@/modules/document/site-document-schema';
import { openTags } from '@/modules/render/testing/inspect-html';
import { buildSite } from './build-site';
import { textOf } from './testing/build-test-helpers';

const build = (document: SiteDocument) => buildSite(document, { baseUrl: 'https://padaria.pagemagic.site' });

/** A second post beside the bakery's own, so "lists the posts" means more than one. */
const secondPost: Page = {
  slug: 'blog/rye-week',
  kind: 'post',
  titleKey: 'rye.title',
  post: { date: '2025-04-02', authorKey: 'rye.author', excerptKey: 'rye.excerpt' },
  sections: [],
};

/** The bakery as the composer makes a blog: posts under blog/ and a blog-list on the home page, no /blog page. */
function withoutBlogPage(): SiteDocument {
  const document = structuredClone(veganBakery);
  const blogPage = document.pages.find((page) => page.slug === 'blog')!;
  document.pages = document.pages.filter((page) => page.slug !== 'blog');
  document.pages[0]!.sections.splice(1, 0, { ...blogPage.sections[0]!, id: 'blog', limit: 1 } as Page['sections'][number]);
  document.pages.push(secondPost);
  for (const locale of document.i18n.locales)
    Object.assign(document.i18n.strings[locale]!, { 'rye.title': `Rye week ${locale}`, 'rye.author': 'Ana', 'rye.excerpt': 'Rye.' });
  return document;
}

const postLinks = (html: string) =>
  openTags(html, 'a')
    .map((tag) => tag.attributes.href)
    .filter((href) => /\/blog\/.+\//.test(href ?? ''));

describe('/blog/ on a site with posts', () => {
  it('lists every post in every language, under the title of the site’s own blog list', () => {
    const { files, checks } = build(withoutBlogPage());
    const english = textOf(files, 'blog/index.html');
    // Every post, not just the home page's newest one (its list has limit 1).
    expect(postLinks(english)).toEqual(['/blog/rye-week/', '/blog/sourdough-without-eggs/']);
    expect(english).toMatch(/<h1[^>]*>From the journal<\/h1>/);
    expect(postLinks(textOf(files, 'pt-BR/blog/index.html'))).toEqual(['/pt-BR/blog/rye-week/', '/pt-BR/blog/sourdough-without-eggs/']);
    expect(textOf(files, 'sitemap.xml')).toContain('<loc>https://padaria.pagemagic.site/blog/</loc>');
    // The header's "Journal" link to /blog leads somewhere now.
    expect(checks.filter((check) => check.id === 'broken-links' && check.level === 'error')).toEqual([]);
  });

  it('titles the page "Blog" in the site’s language when no blog list names it', () => {
    const document = withoutBlogPage();
    document.pages[0]!.sections = document.pages[0]!.sections.filter((section) => section.type !== 'blog-list');
    const { files } = build(document);
    expect(textOf(files, 'blog/index.html')).toMatch(/<h1[^>]*>Blog<\/h1>/);
    expect(postLinks(textOf(files, 'pt-BR/blog/index.html'))).toHaveLength(2);
  });

  it('keeps a /blog page the owner made, and adds none to a site without posts', () => {
    expect(textOf(build(veganBakery).files, 'blog/index.html')).toContain(veganBakery.i18n.strings.en!['posts.intro']!);
    const noPosts = structuredClone(veganBakery);
    noPosts.pages = noPosts.pages.filter((page) => page.kind !== 'post' && page.slug !== 'blog');
    expect(build(noPosts).files.some((file) => file.path === 'blog/index.html')).toBe(false);
  });
});
