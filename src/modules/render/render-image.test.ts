import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { setSlotImage } from '@/modules/document/set-slot-image';
import type { Picture } from './image-layout';
import { IMAGE_LAYOUTS } from './image-layout';
import { renderPage } from './render-page';

const HERO = 'file:11111111-1111-4111-8111-111111111111';
const PHOTO = 'file:22222222-2222-4222-8222-222222222222';

const picture = (name: string): Picture => ({
  width: 1600,
  height: 1067,
  sources: [
    { type: 'image/avif', srcset: `/assets/photos/${name}-480.a.avif 480w, /assets/photos/${name}-1600.b.avif 1600w` },
    { type: 'image/webp', srcset: `/assets/photos/${name}-480.c.webp 480w, /assets/photos/${name}-1600.d.webp 1600w` },
  ],
  fallback: {
    src: `/assets/photos/${name}-1600.e.jpg`,
    srcset: `/assets/photos/${name}-480.f.jpg 480w, /assets/photos/${name}-1600.e.jpg 1600w`,
  },
});

function documentWithPhotos() {
  let doc = setSlotImage(
    allSectionsDocument,
    '0/hero/image',
    { src: HERO, width: 4000, height: 2667 },
    { locale: 'en', text: 'Fresh loaves' },
  );
  doc = setSlotImage(doc, '0/gallery/items/0', { src: PHOTO, width: 3000, height: 2000 }, { locale: 'en', text: 'The oven' });
  doc = setSlotImage(doc, '0/gallery/items/+', { src: PHOTO, width: 3000, height: 2000 }, { locale: 'en', text: 'Flour' });
  return doc;
}

const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];

describe('photos in a published page', () => {
  const html = renderPage(documentWithPhotos(), {
    pageSlug: '',
    locale: 'en',
    mode: 'publish',
    assetUrls: { pictures: { [HERO]: picture('hero'), [PHOTO]: picture('photo') } },
  });

  it('renders a <picture>: AVIF and WebP sources, a JPEG img with srcset, the slot sizes, intrinsic size and alt', () => {
    const heroImg = tags(html, 'img').find((tag) => tag.includes('hero-1600.e.jpg'))!;
    expect(heroImg).toContain('srcset="/assets/photos/hero-480.f.jpg 480w, /assets/photos/hero-1600.e.jpg 1600w"');
    expect(heroImg).toContain(`sizes="${IMAGE_LAYOUTS.hero.sizes}"`);
    expect(heroImg).toContain('width="1600" height="1067"');
    expect(heroImg).toContain('alt="Fresh loaves"');
    const heroSources = tags(html, 'source').filter((tag) => tag.includes('/hero-'));
    expect(heroSources.map((tag) => /type="([^"]+)"/.exec(tag)?.[1])).toEqual(['image/avif', 'image/webp']);
    expect(heroSources.every((tag) => tag.includes(`sizes="${IMAGE_LAYOUTS.hero.sizes}"`))).toBe(true);
    expect(html).toMatch(/<picture><source type="image\/avif"[^>]*><source type="image\/webp"[^>]*><img [^>]*class="hero-img"><\/picture>/);
  });

  it('loads the hero (the likely LCP image) eagerly with high priority and every picture below it lazily', () => {
    const imgs = tags(html, 'img').filter((tag) => tag.includes('/assets/photos/'));
    expect(imgs).toHaveLength(3);
    expect(imgs[0]).toContain('fetchpriority="high"');
    expect(imgs[0]).not.toContain('loading="lazy"');
    for (const img of imgs.slice(1)) {
      expect(img).toContain('loading="lazy"');
      expect(img).not.toContain('fetchpriority');
      expect(img).toContain(`sizes="${IMAGE_LAYOUTS.gallery.sizes}"`);
    }
  });

  it('never emits a file: reference: one the build did not resolve is left out, not rendered broken', () => {
    const unresolved = renderPage(documentWithPhotos(), { pageSlug: '', locale: 'en', mode: 'publish' });
    expect(unresolved).not.toContain('file:');
    expect(unresolved).not.toContain('src="#"');
    expect(html).not.toContain('file:');
  });

  it('shows a preview photo from a data: URL mapped by the studio', () => {
    const preview = renderPage(documentWithPhotos(), {
      pageSlug: '',
      locale: 'en',
      mode: 'preview',
      assetUrls: { files: { [HERO]: 'data:image/webp;base64,AAAA' } },
    });
    expect(tags(preview, 'img').find((tag) => tag.includes('data:image/webp'))).toContain('class="hero-img"');
  });
});
