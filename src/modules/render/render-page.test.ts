import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { listSiteFiles } from './list-site-files';
import { renderPage } from './render-page';
import { expectSoundHtml } from './testing/expect-sound-html';
import { innerOf, openTags } from './testing/inspect-html';

const publish = (pageSlug: string, locale: string) =>
  renderPage(veganBakery, {
    pageSlug,
    locale,
    mode: 'publish',
    baseUrl: 'https://greencrumb.example',
    assetUrls: { css: '/assets/site.3f9a.css' },
  });

describe('renderPage', () => {
  describe.each(listSiteFiles(veganBakery))('vegan bakery $filePath', ({ pageSlug, locale }) => {
    it('is sound in publish and preview mode', () => {
      expectSoundHtml(publish(pageSlug, locale), { locale, mode: 'publish' });
      expectSoundHtml(renderPage(veganBakery, { pageSlug, locale, mode: 'preview' }), { locale, mode: 'preview' });
    });

    it('is byte-identical when rendered twice', () => {
      expect(publish(pageSlug, locale)).toBe(publish(pageSlug, locale));
      expect(renderPage(veganBakery, { pageSlug, locale, mode: 'preview' })).toBe(
        renderPage(veganBakery, { pageSlug, locale, mode: 'preview' }),
      );
    });
  });

  it('renders every section type soundly, with items one level below their section', () => {
    const html = renderPage(allSectionsDocument, { pageSlug: '', locale: 'en', mode: 'preview' });
    expectSoundHtml(html, { locale: 'en', mode: 'preview' });
    expect(html).toContain('<h1 id="hero_title">Fresh ideas, every day</h1>');
    expect(html).toContain('<h2 id="features_title">Why us</h2>');
    expect(html).toContain('<h3>Fast</h3>');
    expect(openTags(html, 'section').length).toBe(17);
    expect(html).toContain('<a href="/blog/first-post/">First post</a>');
  });

  it('promotes the first titled section to h1 when there is no hero, or adds a hidden one', () => {
    const noHero = structuredClone(allSectionsDocument);
    noHero.pages[0].sections = noHero.pages[0].sections.filter((section) => section.type !== 'hero');
    const html = renderPage(noHero, { pageSlug: '', locale: 'en', mode: 'publish' });
    expectSoundHtml(html, { locale: 'en', mode: 'publish' });
    expect(html).toMatch(/<h1 id="features_title">Why us<\/h1>.*<h2>Fast<\/h2>/);

    const untitled = structuredClone(allSectionsDocument);
    untitled.pages[0].sections = [untitled.pages[0].sections.find((section) => section.type === 'stats')!];
    const plain = renderPage(untitled, { pageSlug: '', locale: 'en', mode: 'publish' });
    expectSoundHtml(plain, { locale: 'en', mode: 'publish' });
    expect(plain).toContain('<h1 class="sr-only">Home</h1>');
  });

  it('never duplicates ids, whatever the section ids are', () => {
    const doc = structuredClone(veganBakery);
    const ids = ['main', 'hero-title', 'main-content', 'contact-email', 'post', 'post-title', 'contact', 'x'];
    doc.pages[0].sections.forEach((section, index) => {
      section.id = ids[index];
    });
    expectSoundHtml(renderPage(doc, { pageSlug: '', locale: 'en', mode: 'publish' }), { locale: 'en', mode: 'publish' });
  });

  it('writes head metadata: title, description, canonical, hreflang, Open Graph', () => {
    const html = publish('blog', 'pt-BR');
    expect(innerOf(html, 'title')).toBe('Diário · Green Crumb');
    expect(html).toContain('<meta name="description" content="Receitas, bastidores e novidades dos fornos da Green Crumb.">');
    expect(html).toContain('<link rel="canonical" href="https://greencrumb.example/pt-BR/blog/">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://greencrumb.example/blog/">');
    expect(html).toContain('<link rel="alternate" hreflang="pt-BR" href="https://greencrumb.example/pt-BR/blog/">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://greencrumb.example/blog/">');
    expect(html).toContain('<meta property="og:locale" content="pt_BR">');
    expect(html).toContain('<meta property="og:image" content="https://greencrumb.example/images/vegan-bakery/social.jpg">');
    expect(html).toContain('<link rel="stylesheet" href="/assets/site.3f9a.css">');
  });

  it('describes the business and posts in JSON-LD', () => {
    const home = JSON.parse(innerOf(publish('', 'en'), 'script') ?? '{}');
    expect(home['@graph'][0]).toMatchObject({
      '@type': 'Bakery',
      name: 'Green Crumb Bakery',
      telephone: '+551130001234',
      address: { addressLocality: 'São Paulo' },
    });
    const post = JSON.parse(innerOf(publish('blog/sourdough-without-eggs', 'en'), 'script') ?? '{}');
    expect(post['@graph'][1]).toMatchObject({ '@type': 'BlogPosting', datePublished: '2025-03-14', author: { name: 'Ana Lima' } });
  });

  it('points internal links and the language switcher at the current locale', () => {
    const html = publish('', 'pt-BR');
    expect(html).toContain('<a href="/pt-BR/blog/">Diário</a>');
    expect(html).toContain('<a href="/pt-BR/#menu">Cardápio</a>');
    expect(html).toContain('<a href="/" hreflang="en" lang="en">English</a>');
    expect(html).toContain('<a href="/pt-BR/" hreflang="pt-BR" lang="pt-BR" aria-current="true">Português (Brasil)</a>');
    expect(publish('blog', 'en')).toContain('<a href="/blog/" aria-current="page">Journal</a>');
  });

  it('renders a lead form that works without JavaScript and carries a honeypot', () => {
    const html = publish('', 'pt-BR');
    const form = openTags(html, 'form')[0];
    expect(form.attributes).toMatchObject({ method: 'post', action: '/__forms/lead' });
    const inputs = openTags(html, 'input');
    expect(inputs).toContainEqual(expect.objectContaining({ attributes: { type: 'hidden', name: 'section_id', value: 'contact' } }));
    expect(inputs).toContainEqual(expect.objectContaining({ attributes: { type: 'hidden', name: 'locale', value: 'pt-BR' } }));
    const honeypot = inputs.find((input) => input.attributes.name === 'company_website');
    expect(honeypot?.attributes).toMatchObject({ tabindex: '-1', autocomplete: 'off' });
    expect(html).toMatch(/<div class="hp" aria-hidden="true"><label[^>]*>[^<]+<\/label><input type="text" id="contact_company_website"/);
    expect(inputs.find((input) => input.attributes.name === 'email')?.attributes).toMatchObject({
      type: 'email',
      required: '',
      autocomplete: 'email',
    });
  });

  it('marks a sample post as such in the preview, in the blog list and on its page, and nowhere when published', () => {
    const doc = structuredClone(veganBakery);
    const post = doc.pages.find((page) => page.kind === 'post')!;
    post.post!.isSample = true;
    const badge = '<span class="smp-b">Sample</span>';
    for (const slug of ['blog', post.slug]) {
      expect(renderPage(doc, { pageSlug: slug, locale: 'en', mode: 'preview' })).toContain(badge);
      expect(renderPage(doc, { pageSlug: slug, locale: 'en', mode: 'publish' })).not.toContain(badge);
    }
    expect(renderPage(veganBakery, { pageSlug: post.slug, locale: 'en', mode: 'preview' })).not.toContain(badge);
  });

  it('marks the placeholder name (none was given) in the preview header and footer, and nowhere when published', () => {
    const doc = structuredClone(veganBakery);
    doc.site.isNameSample = true;
    const preview = renderPage(doc, { pageSlug: '', locale: 'en', mode: 'preview' });
    expect(preview).toMatch(/<a class="brand"[^>]*>[^<]*<span class="smp-b">Sample<\/span><\/a>/);
    expect(preview).toMatch(/<p class="ft-name">[^<]*<span class="smp-b">Sample<\/span><\/p>/);
    expect(renderPage(doc, { pageSlug: '', locale: 'en', mode: 'publish' })).not.toContain('smp-b');
    expect(renderPage(veganBakery, { pageSlug: '', locale: 'en', mode: 'preview' })).not.toMatch(
      /class="brand"[^>]*>[^<]*<span class="smp-b"/,
    );
  });

  it('reuses the home footer on pages without one', () => {
    expect(publish('blog', 'en')).toContain('<p class="copy">© Green Crumb Bakery</p>');
  });

  it('loads only the first content image eagerly; the logo is never lazy', () => {
    const doc = structuredClone(veganBakery);
    doc.site.logo = { src: '/logo.svg', altKey: 'site.name', width: 120, height: 40 };
    const html = renderPage(doc, { pageSlug: '', locale: 'en', mode: 'publish' });
    const images = openTags(html, 'img');
    expect(images.map((image) => image.attributes.loading)).toEqual([undefined, undefined, 'lazy']);
    expect(images[1].attributes.fetchpriority).toBe('high');
  });

  it('maps image sources through assetUrls.files', () => {
    const html = renderPage(veganBakery, {
      pageSlug: '',
      locale: 'en',
      mode: 'publish',
      assetUrls: { files: { '/images/vegan-bakery/hero.webp': '/assets/hero.a1b2.webp' } },
    });
    expect(html).toContain('src="/assets/hero.a1b2.webp"');
  });

  it('refuses unknown pages and locales', () => {
    expect(() => renderPage(veganBakery, { pageSlug: 'nope', locale: 'en', mode: 'publish' })).toThrow(RangeError);
    expect(() => renderPage(veganBakery, { pageSlug: '', locale: 'fr', mode: 'publish' })).toThrow(RangeError);
  });
});
