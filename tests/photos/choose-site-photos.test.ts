import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { getFileStore } from '@/lib/storage/get-file-store';
import { fileIdOf } from '@/modules/document/file-ref';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { listImageSlots } from '@/modules/document/list-image-slots';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { renderPage } from '@/modules/render/render-page';
import { ensurePrivacyPage } from '@/modules/document/ensure-privacy-page';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { chooseSitePhotos } from '@/modules/photos/choose-site-photos';
import type { PhotoBrief } from '@/modules/photos/photo-terms';
import { findOwnPhotos } from '@/modules/storage/find-own-photos';
import { startUnsplashStandIn, type UnsplashStandIn } from '@tests/fakes/unsplash/server';
import { createTestUser } from '@tests/helpers/test-db';
import { photoUploadWorld } from '../storage/photo-uploads';

// A generated site gets photos that fit it, copied into the owner's storage with their credits —
// or, without a provider or when the provider fails, stays exactly as it was written.

const world = photoUploadWorld();
let unsplash: UnsplashStandIn;
beforeAll(async () => {
  unsplash = await startUnsplashStandIn();
  for (const n of [5, 6])
    unsplash.photos.push({
      id: `bAkEry0${n}`,
      tags: ['bakery'],
      width: 1200,
      height: 800,
      color: '#d0a070',
      description: `a bakery counter ${n}`,
      user: { username: `baker${n}`, name: `Baker ${n}` },
    });
});
afterAll(async () => {
  await unsplash.close();
  delete process.env.UNSPLASH_ACCESS_KEY;
  delete process.env.UNSPLASH_API_URL;
  resetEnvCache();
});

function useProvider(isConfigured: boolean) {
  if (isConfigured) Object.assign(process.env, { UNSPLASH_ACCESS_KEY: unsplash.accessKey, UNSPLASH_API_URL: unsplash.url });
  else {
    // Only the key decides: the API URL alone (left set here) must not make a provider.
    delete process.env.UNSPLASH_ACCESS_KEY;
    process.env.UNSPLASH_API_URL = unsplash.url;
  }
  resetEnvCache();
}
beforeEach(() => useProvider(true));

const brief: PhotoBrief = {
  what: 'padaria vegana',
  kind: { label: { en: 'vegan bakery' }, isFallback: false, confidence: 'certain' },
  facts: { offerings: ['sourdough', 'cake'] },
};

/** The bakery as a generation without photos writes it: placeholders in the hero and a gallery of three. */
function generated(): SiteDocument {
  const document = structuredClone(veganBakery);
  const home = document.pages[0]!;
  const hero = home.sections.find((section) => section.type === 'hero')!;
  if (hero.type === 'hero') hero.image = { src: '/stock/food-hero.svg', altKey: 'hero.image.alt', width: 1200, height: 900 };
  const items = [1, 2, 3].map((n) => ({
    image: { src: `/stock/food-${n}.svg`, altKey: `gallery.items.${n}.image.alt`, width: 1200, height: 900 },
  }));
  home.sections.splice(2, 0, { id: 'gallery', type: 'gallery', variant: 'grid', titleKey: 'gallery.title', items } as never);
  for (const locale of document.i18n.locales) {
    const strings = document.i18n.strings[locale]!;
    strings['gallery.title'] = 'Gallery';
    for (const n of [1, 2, 3]) strings[`gallery.items.${n}.image.alt`] = `Our bread ${n}`;
  }
  return document;
}

describe('chooseSitePhotos', () => {
  it("fills the hero and the gallery with photos copied into the owner's storage, credited, and reports each use to Unsplash", async () => {
    const user = await createTestUser(world.handle, { tier: 'pro' });
    const downloadsBefore = unsplash.downloads.length;
    const document = generated();
    const result = await chooseSitePhotos(user.claims, { document, brief });

    expect(parseSiteDocument(result).ok).toBe(true);
    const filled = listImageSlots(result).filter((slot) => ['hero', 'gallery'].includes(slot.kind) && !slot.isNew);
    expect(filled).toHaveLength(4);
    const ids = filled.map((slot) => fileIdOf(slot.image!.src));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(4);
    // The gallery's first pictures come from the offerings' own searches.
    expect(filled.find((slot) => slot.id.endsWith('/gallery/items/0'))!.image!.credit?.name).toBe('Anna Lima');
    for (const slot of filled)
      expect(slot.image!.credit).toMatchObject({
        provider: 'unsplash',
        url: expect.stringMatching(/^https:\/\/unsplash\.com\/@[\w.-]+\?utm_source=page_magic&utm_medium=referral$/),
        providerUrl: 'https://unsplash.com/?utm_source=page_magic&utm_medium=referral',
      });

    // Copies in the owner's Files (never a link to the provider), real JPEGs of the photo's size.
    const photos = await findOwnPhotos(user.claims, { ids: ids as string[] });
    expect(photos.size).toBe(4);
    const hero = filled.find((slot) => slot.kind === 'hero')!;
    const stored = photos.get(fileIdOf(hero.image!.src)!)!;
    expect([stored.contentType, hero.image!.width, hero.image!.height]).toEqual(['image/jpeg', stored.width, stored.height]);
    const bytes = await getFileStore().read(`files/${stored.id}`);
    expect((await sharp(bytes!).metadata()).format).toBe('jpeg');
    expect(JSON.stringify(result)).not.toContain(unsplash.url);

    // Unsplash's download tracking: once per photo used, and only for those.
    const used = filled.map((slot) => slot.image!.credit!.name);
    expect(unsplash.downloads.length - downloadsBefore).toBe(4);
    expect(
      unsplash.downloads
        .slice(downloadsBefore)
        .map((hit) => unsplash.photos.find((photo) => photo.id === hit.id)!.user.name)
        .sort(),
    ).toEqual(used.sort());
    // The owner's own photo (the about section) is left alone; the alt text describes the photo shown.
    expect(result.pages[0]!.sections.find((section) => section.type === 'about')).toEqual(
      document.pages[0]!.sections.find((section) => section.type === 'about'),
    );
    expect(result.i18n.strings.en![hero.image!.altKey]).toBe('loaves of bread on a wooden shelf');
  });

  it('gives a hero laid out without a picture (the embedded layouts) a photo, drawn on the page', async () => {
    const user = await createTestUser(world.handle, { tier: 'pro' });
    const document = generated();
    const hero = document.pages[0]!.sections.find((section) => section.type === 'hero')!;
    if (hero.type === 'hero') {
      delete hero.image;
      hero.variant = 'typographic';
    }
    const result = await chooseSitePhotos(user.claims, { document: ensurePrivacyPage(document), brief });
    const slot = listImageSlots(result).find((candidate) => candidate.kind === 'hero')!;
    // The privacy notice (a legal text, its sections about-type) gets no stock photos.
    expect(listImageSlots(result).filter((candidate) => candidate.pageSlug === 'privacy' && candidate.image)).toEqual([]);
    expect(fileIdOf(slot.image?.src ?? '')).toBeTruthy();
    expect(slot.image!.credit?.provider).toBe('unsplash');
    const html = renderPage(result, { pageSlug: '', locale: 'en', mode: 'publish' });
    expect(html).toMatch(/<section[^>]*id="hero"[\s\S]*?<img[^>]*alt="[^"]+"[\s\S]*?<\/section>/);
  });

  it('leaves the document as it is without a provider (the embedded default)', async () => {
    useProvider(false);
    const user = await createTestUser(world.handle, { tier: 'pro' });
    const document = generated();
    const before = unsplash.requests.length;
    expect(await chooseSitePhotos(user.claims, { document, brief })).toBe(document);
    expect(unsplash.requests.length).toBe(before);
  });

  it('leaves the document unchanged when the provider fails', async () => {
    const user = await createTestUser(world.handle, { tier: 'pro' });
    const document = generated();
    const downloadsBefore = unsplash.downloads.length;
    unsplash.failNext(10, 403);
    const result = await chooseSitePhotos(user.claims, { document, brief });
    unsplash.failNext(0);
    expect(result).toEqual(generated());
    expect(unsplash.downloads.length).toBe(downloadsBefore);
  });
});
