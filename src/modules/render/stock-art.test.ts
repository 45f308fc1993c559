import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { buildSite } from '@/modules/build/build-site';
import { mergeGeneratedSection } from '@/modules/document/merge-generated-section';
import { renderPreviewHtml } from '@/modules/generate/ui/render-preview';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listStockArt, renderStockArt, stockArtName, stockArtPreviewUrls } from './stock-art';

function withGallery(srcs: string[]): SiteDocument {
  const document = structuredClone(veganBakery);
  const items = srcs.map((src, index) => ({ image: { src, altKey: `gallery.items.${index}.image.alt`, width: 1200, height: 900 } }));
  for (const [index] of srcs.entries()) {
    document.i18n.strings.en![`gallery.items.${index}.image.alt`] = `Photo ${index}`;
    document.i18n.strings['pt-BR']![`gallery.items.${index}.image.alt`] = `Foto ${index}`;
  }
  document.i18n.strings.en!['gallery.title'] = 'Gallery';
  document.i18n.strings['pt-BR']!['gallery.title'] = 'Galeria';
  document.pages[0]!.sections.push({ id: 'gallery', type: 'gallery', variant: 'grid', titleKey: 'gallery.title', items } as never);
  return document;
}

describe('stock art', () => {
  it('names only /stock/<name>.svg sources', () => {
    expect(stockArtName('/stock/bakery-2.svg')).toBe('bakery-2');
    for (const src of ['/stock/../secret.svg', '/stock/a.jpg', '/stock/A.svg', 'https://x/stock/a.svg', '/stock/a/b.svg', '/stock/.svg'])
      expect(stockArtName(src), src).toBeNull();
  });

  it('is the same picture for the same name and palette, a different one for another name, in the site palette', () => {
    const a = renderStockArt(veganBakery, 'bakery-1');
    expect(renderStockArt(veganBakery, 'bakery-1')).toBe(a);
    expect(renderStockArt(veganBakery, 'bakery-2')).not.toBe(a);
    expect(a.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(a).toContain(veganBakery.theme.palette.colors.primary);
    expect(a.length).toBeLessThan(2500);
  });

  it('lets nothing but hex colours from the document into the SVG', () => {
    const hostile = structuredClone(veganBakery);
    hostile.theme.palette.colors.primary = '#fff"/><script>alert(1)</script>' as string;
    const svg = renderStockArt(hostile, 'x');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('alert');
  });

  it('is built as immutable assets the published pages link, with no broken-image warning', () => {
    const document = withGallery(['/stock/gallery-1.svg', '/stock/gallery-2.svg']);
    expect(listStockArt(document)).toEqual(['gallery-1', 'gallery-2']);
    const { files, checks } = buildSite(document, { baseUrl: 'https://green-crumb.example' });
    const art = files.filter((file) => /^assets\/stock-gallery-\d\.[0-9a-f]+\.svg$/.test(file.path));
    expect(art).toHaveLength(2);
    expect(art.every((file) => file.isImmutable && file.contentType.startsWith('image/svg+xml'))).toBe(true);
    const home = new TextDecoder().decode(files.find((file) => file.path === 'index.html')!.body);
    for (const file of art) expect(home).toContain(`src="/${file.path}"`);
    expect(home).not.toContain('/stock/');
    const links = checks.find((check) => check.id === 'broken-links' && check.level !== 'ok');
    expect(links?.details?.filter((line) => line.includes('stock')) ?? []).toEqual([]);
  });

  it('shows in the preview as data: URLs (the sandboxed preview has no server to fetch from)', () => {
    const document = withGallery(['/stock/gallery-1.svg']);
    expect(Object.keys(stockArtPreviewUrls(document))).toEqual(['/stock/gallery-1.svg']);
    const html = renderPreviewHtml(document, 'en')!;
    expect(html).toContain('src="data:image/svg+xml,');
    expect(html).not.toContain('src="/stock/');
  });

  it('replaces image URLs a model invents, and keeps stock art and images the site already had', () => {
    const document = withGallery(['/uploads/mine.jpg']);
    const generated = {
      id: 'about',
      type: 'about',
      title: { en: 'About', 'pt-BR': 'Sobre' },
      body: { en: 'We bake.', 'pt-BR': 'Assamos.' },
      image: { src: 'https://images.example.com/made-up.jpg', alt: { en: 'Bread', 'pt-BR': 'Pão' }, width: 800, height: 600 },
    };
    const merged = mergeGeneratedSection(document, generated, { pageSlug: '' });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const about = merged.document.pages[0]!.sections.find((section) => section.id === merged.sectionId) as { image?: { src: string } };
    expect(about.image?.src).toBe(`/stock/${merged.sectionId}-1.svg`);
    expect(merged.repairs.some((line) => line.includes('stock art instead'))).toBe(true);

    const rewrite = mergeGeneratedSection(
      document,
      { ...generated, image: { ...generated.image, src: '/uploads/mine.jpg' } },
      { pageSlug: '' },
    );
    expect(
      rewrite.ok &&
        (rewrite.document.pages[0]!.sections.find((section) => section.id === rewrite.sectionId) as { image?: { src: string } }).image?.src,
    ).toBe('/uploads/mine.jpg');
  });
});
