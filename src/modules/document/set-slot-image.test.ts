import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from './fixtures/all-sections';
import { veganBakery } from './fixtures/vegan-bakery';
import { fileIdOf, isFileRef } from './file-ref';
import { listImageSlots } from './list-image-slots';
import { parseSiteDocument } from './parse-site-document';
import { imageSrcSchema, safeUrlSchema } from './primitives';
import { setSlotImage } from './set-slot-image';

const ID = '0b6f3c2e-8a4d-4f1e-9c3b-2d5e6f7a8b9c';
const picture = { src: `file:${ID}`, width: 4000, height: 3000 };

describe('file references', () => {
  it('accepts exactly file:<uuid> as an image source, and never as a link', () => {
    expect(imageSrcSchema.safeParse(`file:${ID}`).success).toBe(true);
    expect(fileIdOf(`file:${ID}`)).toBe(ID);
    for (const bad of [`file:${ID}/../x`, 'file:///etc/passwd', `file:${ID.toUpperCase()}`, `FILE:${ID}`, `file:${ID} `]) {
      expect(isFileRef(bad), bad).toBe(false);
      expect(imageSrcSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(safeUrlSchema.safeParse(`file:${ID}`).success).toBe(false);
  });
});

describe('image slots', () => {
  it('lists logo, icon, social image, hero, about, gallery pictures (and one to add), team photos and post covers', () => {
    const kinds = listImageSlots(allSectionsDocument).map((slot) => `${slot.kind} ${slot.id}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'logo logo',
        'icon icon',
        'social social',
        'hero 0/hero/image',
        'about 0/about/image',
        'gallery 0/gallery/items/0',
        'gallery 0/gallery/items/+',
        'team 0/team/members/0',
        'cover 1/cover',
      ]),
    );
  });

  it('puts a photo in the hero, keeps its alt key and sets the alt text in the chosen language only where others have one', () => {
    const next = setSlotImage(veganBakery, '0/hero/image', picture, { locale: 'en', text: 'Sourdough on the counter' });
    const hero = next.pages[0]!.sections.find((section) => section.type === 'hero');
    expect(hero?.type === 'hero' && hero.image).toEqual({ ...picture, altKey: 'hero.image.alt' });
    expect(next.i18n.strings.en!['hero.image.alt']).toBe('Sourdough on the counter');
    // pt-BR already had alt text for this key: it stays (the person wrote English).
    expect(next.i18n.strings['pt-BR']!['hero.image.alt']).toBe(veganBakery.i18n.strings['pt-BR']!['hero.image.alt']);
    expect(parseSiteDocument(next).ok).toBe(true);
    // Pure: the input is untouched.
    expect(JSON.stringify(veganBakery)).not.toContain(ID);
  });

  it('adds gallery pictures and team photos with new alt keys filled in every language', () => {
    let next = setSlotImage(allSectionsDocument, '0/gallery/items/+', picture, { locale: 'en', text: 'Loaves' });
    next = setSlotImage(next, '0/team/members/0', picture, { locale: 'en', text: 'Bea at the oven' });
    const gallery = next.pages[0]!.sections.find((section) => section.type === 'gallery');
    expect(gallery?.type === 'gallery' && gallery.items.map((item) => item.image.src)).toEqual(['/stock/gallery-1.svg', `file:${ID}`]);
    expect(next.i18n.strings.en!['gallery.items.new.alt']).toBe('Loaves');
    expect(next.i18n.strings.en!['team.members.0.alt']).toBe('Bea at the oven');
    expect(parseSiteDocument(next).ok).toBe(true);
  });

  it('sets logo, icon and the social image', () => {
    let next = setSlotImage(veganBakery, 'logo', picture, { locale: 'en', text: 'Logo' });
    next = setSlotImage(next, 'social', picture, { locale: 'en', text: 'unused' });
    expect(next.site.logo?.src).toBe(`file:${ID}`);
    expect(next.seo.socialImage).toBe(`file:${ID}`);
    expect(parseSiteDocument(next).ok).toBe(true);
  });

  it('refuses a slot that is not there', () => {
    for (const slot of ['0/menu/image', '9/hero/image', '0/hero/items/0', '0/gallery/items/5']) {
      expect(() => setSlotImage(veganBakery, slot, picture, { locale: 'en', text: 'x' }), slot).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND' }),
      );
    }
  });
});
