import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUnsplashStandIn, type UnsplashStandIn } from '@tests/fakes/unsplash/server';
import { createUnsplashAdapter } from './unsplash-adapter';

let unsplash: UnsplashStandIn;
beforeAll(async () => {
  unsplash = await startUnsplashStandIn();
});
afterAll(() => unsplash.close());

const adapter = () => createUnsplashAdapter({ accessKey: unsplash.accessKey, appName: 'page_magic_test', baseUrl: unsplash.url });

describe('the Unsplash adapter (against the stand-in)', () => {
  it('searches with the Client-ID, the size and the orientation asked for', async () => {
    const photos = await adapter().search('vegan bakery', { perPage: 2, orientation: 'landscape' });
    expect(photos.map((photo) => photo.id)).toEqual(['bAkEry01', 'bAkEry02']);
    const request = unsplash.requests.findLast((entry) => entry.path === '/search/photos')!;
    expect(request.authorization).toBe(`Client-ID ${unsplash.accessKey}`);
    expect(request.query).toMatchObject({ query: 'vegan bakery', per_page: '2', orientation: 'landscape' });
    expect(photos[0]).toMatchObject({ provider: 'unsplash', width: 1200, height: 800, description: 'loaves of bread on a wooden shelf' });
  });

  it('credits the photographer and Unsplash with the referral parameters Unsplash requires', async () => {
    const [photo] = await adapter().search('sourdough');
    expect(photo!.credit).toEqual({
      provider: 'unsplash',
      name: 'Anna Lima',
      url: 'https://unsplash.com/@anna_bakes?utm_source=page_magic_test&utm_medium=referral',
      providerUrl: 'https://unsplash.com/?utm_source=page_magic_test&utm_medium=referral',
    });
  });

  it('fetches real JPEG bytes at a page-sized width and counts the download only when the use is recorded', async () => {
    const before = unsplash.downloads.length;
    const fetched = await adapter().fetchPhoto('bAkEry01');
    expect(fetched.contentType).toBe('image/jpeg');
    const meta = await sharp(fetched.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 800]);
    const image = unsplash.requests.findLast((entry) => entry.path === '/images/bAkEry01')!;
    expect(image.query).toMatchObject({ w: '2000', fit: 'max', fm: 'jpg' });
    expect(unsplash.downloads.length).toBe(before);

    await adapter().recordUse(fetched.useToken);
    expect(unsplash.downloads.slice(before)).toEqual([{ id: 'bAkEry01', ixid: 'M3wbAkEry01' }]);
    expect(unsplash.requests.findLast((entry) => entry.path === '/photos/bAkEry01/download')!.authorization).toBe(
      `Client-ID ${unsplash.accessKey}`,
    );
  });

  it("refuses to download from, or report to, anywhere but Unsplash's own hosts", async () => {
    const strict = createUnsplashAdapter({
      accessKey: unsplash.accessKey,
      appName: 'x',
      baseUrl: unsplash.url,
      imageOrigins: ['https://images.unsplash.com'],
    });
    await expect(strict.fetchPhoto('bAkEry01')).rejects.toThrow(/outside its image host/);
    await expect(adapter().recordUse('http://127.0.0.2:9/photos/x/download')).rejects.toThrow(/outside its API/);
    await expect(adapter().fetchPhoto('../../etc')).rejects.toThrow(/Not an Unsplash photo id/);
  });

  it("throws with Unsplash's status and message on failures, never the key", async () => {
    const wrongKey = createUnsplashAdapter({ accessKey: 'nope', appName: 'x', baseUrl: unsplash.url });
    const error = await wrongKey.search('bread').then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(error?.message).toBe('Unsplash answered 401 (OAuth error: The access token is invalid)');
    unsplash.failNext(1, 403);
    await expect(adapter().search('bread')).rejects.toThrow('Unsplash answered 403 (Rate Limit Exceeded)');
    expect(await adapter().search('bread')).not.toEqual([]);
  });
});
