import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { buildSite } from '@/modules/build/build-site';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import type { ImageCredit } from '@/modules/document/primitives';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { isPhotoPlaceholder } from '@/modules/document/photo-placeholder';
import { renderPage } from './render-page';

// A photo placeholder (`/stock/<name>.svg`) says where a photo belongs. It used to be drawn as
// abstract "stock art"; now it is never a picture: nothing on the live site, "Add your photos"
// in the preview.

function withGallery(srcs: string[]): SiteDocument {
  const document = structuredClone(veganBakery);
  const items = srcs.map((src, index) => ({ image: { src, altKey: `gallery.items.${index}.image.alt`, width: 1200, height: 900 } }));
  for (const [index] of srcs.entries()) {
    document.i18n.strings.en![`gallery.items.${index}.image.alt`] = `Photo ${index}`;
    document.i18n.strings['pt-BR']![`gallery.items.${index}.image.alt`] = `Foto ${index}`;
  }
  document.i18n.strings.en!['gallery.title'] = 'Gallery';
  document.i18n.strings['pt-BR']!['gallery.title'] = 'Galeria';
  document.i18n.strings.en!['nav.gallery'] = 'Our gallery';
  document.i18n.strings['pt-BR']!['nav.gallery'] = 'Nossa galeria';
  document.pages[0]!.sections.push({ id: 'gallery', type: 'gallery', variant: 'grid', titleKey: 'gallery.title', items } as never);
  document.navigation = [...(document.navigation ?? []), { labelKey: 'nav.gallery', href: '#gallery' }];
  return document;
}

/** The bakery with every picture a placeholder: what a generation without a photo provider writes. */
function withPlaceholdersOnly(): SiteDocument {
  const document = withGallery(['/stock/gallery-1.svg', '/stock/gallery-2.svg']);
  const hero = document.pages[0]!.sections.find((section) => section.type === 'hero')!;
  if (hero.type === 'hero') hero.image = { src: '/stock/food-hero.svg', altKey: 'hero.image.alt', width: 1200, height: 900 };
  document.i18n.strings.en!['hero.image.alt'] = 'Bread';
  document.i18n.strings['pt-BR']!['hero.image.alt'] = 'Pão';
  return document;
}

const homeOf = (document: SiteDocument) => {
  const { files } = buildSite(document, { baseUrl: 'https://green-crumb.example' });
  return { files, home: new TextDecoder().decode(files.find((file) => file.path === 'index.html')!.body) };
};

describe('photo placeholders', () => {
  it('are only /stock/<name>.svg sources', () => {
    expect(isPhotoPlaceholder('/stock/bakery-2.svg')).toBe(true);
    for (const src of ['/stock/../secret.svg', '/stock/a.jpg', '/stock/A.svg', 'https://x/stock/a.svg', '/stock/a/b.svg', 'file:x'])
      expect(isPhotoPlaceholder(src), src).toBe(false);
  });

  it('are never published as pictures: no shape, no asset; the hero drops its art column and a gallery without photos is left out with its links', () => {
    const { files, home } = homeOf(withPlaceholdersOnly());
    expect(
      files.some((file) => file.path.includes('stock') || (file.contentType.startsWith('image/svg+xml') && !/icon/.test(file.path))),
    ).toBe(false);
    expect(home).not.toContain('/stock/');
    expect(home).not.toMatch(/<img[^>]*\.svg/);
    expect(home).not.toContain('Add your photos');
    expect(home).toContain('class="hero-in"');
    expect(home).not.toContain('hero-in has-img');
    expect(home).not.toContain('id="gallery"');
    expect(home).not.toContain('href="#gallery"');
  });

  it('keeps a gallery that has real photos, without its placeholders', () => {
    const { home } = homeOf(withGallery(['https://cdn.example/a.jpg', '/stock/gallery-2.svg']));
    expect(home).toContain('id="gallery"');
    expect(home).toContain('href="#gallery"');
    const gallery = home.slice(home.indexOf('id="gallery"'));
    expect(gallery.slice(0, gallery.indexOf('</section>')).match(/<figure>/g)).toHaveLength(1);
    expect(home.match(/<img /g)?.length).toBeGreaterThanOrEqual(1);
    expect(home).not.toContain('/stock/');
  });

  it('is an "Add your photos" box in the preview, which the editor canvas makes open the picker', () => {
    const document = withPlaceholdersOnly();
    const preview = renderPage(document, { pageSlug: '', locale: 'en', mode: 'preview' });
    expect(preview.match(/<span class="ph-add[^"]*">Add your photos<\/span>/g)).toHaveLength(3);
    expect(preview).toContain('<span class="ph-add hero-img">');
    expect(preview).toContain('hero-in has-img');
    const canvas = renderPage(document, { pageSlug: '', locale: 'pt-BR', mode: 'preview', editorHints: true });
    expect(canvas).toContain('<span class="ph-add hero-img" data-pm-image="hero.image.alt">Adicione suas fotos</span>');
    expect(preview).not.toMatch(/data:image\/svg/);
  });

  it('replaces image URLs a model invents, and keeps placeholders and images the site already had, with their credits', () => {
    const credit: ImageCredit = {
      provider: 'unsplash',
      name: 'Anna Lima',
      url: 'https://unsplash.com/@anna?utm_source=pm&utm_medium=referral',
      providerUrl: 'https://unsplash.com/?utm_source=pm&utm_medium=referral',
    };
    const document = withGallery(['/uploads/mine.jpg']);
    (
      document.pages[0]!.sections.find((section) => section.id === 'gallery') as { items: { image: { credit?: ImageCredit } }[] }
    ).items[0]!.image.credit = credit;
    const generated = {
      id: 'about',
      type: 'about',
      title: { en: 'About', 'pt-BR': 'Sobre' },
      body: { en: 'We bake.', 'pt-BR': 'Assamos.' },
      image: { src: 'https://images.example.com/made-up.jpg', alt: { en: 'Bread', 'pt-BR': 'Pão' }, width: 800, height: 600, credit },
    };
    const merged = mergeGeneratedSection(document, generated, { pageSlug: '' });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const about = merged.document.pages[0]!.sections.find((section) => section.id === merged.sectionId) as {
      image?: { src: string; credit?: unknown };
    };
    expect(about.image?.src).toBe(`/stock/${merged.sectionId}-1.svg`);
    // A model never gives a credit: an invented one is dropped with the invented picture.
    expect(about.image?.credit).toBeUndefined();
    expect(merged.repairs.some((line) => line.includes('a photo placeholder instead'))).toBe(true);

    const rewrite = mergeGeneratedSection(
      document,
      { ...generated, image: { src: '/uploads/mine.jpg', alt: generated.image.alt, width: 800, height: 600 } },
      { pageSlug: '' },
    );
    const kept = rewrite.ok
      ? (
          rewrite.document.pages[0]!.sections.find((section) => section.id === rewrite.sectionId) as {
            image?: { src: string; credit?: unknown };
          }
        ).image
      : undefined;
    expect(kept?.src).toBe('/uploads/mine.jpg');
    // A kept photo keeps the credit the document had for it (a rewrite must not lose attribution).
    expect(kept?.credit).toEqual(credit);
  });
});
