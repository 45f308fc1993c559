import { z } from 'zod';
import type { FetchedStockPhoto, StockPhoto, StockPhotoProvider } from './types';

const photoSchema = z.object({
  id: z.string().min(1).max(64),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  description: z.string().nullable().optional(),
  alt_description: z.string().nullable().optional(),
  urls: z.object({ raw: z.url(), thumb: z.url() }),
  links: z.object({ download_location: z.url() }),
  user: z.object({ name: z.string().min(1).max(200), username: z.string().min(1).max(100) }),
});
const searchSchema = z.object({ results: z.array(z.unknown()) });
const errorSchema = z.object({ errors: z.array(z.string()) });

type UnsplashPhoto = z.infer<typeof photoSchema>;

/** The widest variant a page uses (the hero's 1600 px, with room): Unsplash resizes `raw` on its CDN. */
const DOWNLOAD_WIDTH = 2000;
/** Unsplash's JPEGs at that width are a few hundred KB; anything far bigger is not a photo we asked for. */
const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif']);

export type UnsplashOptions = {
  accessKey: string;
  /** `utm_source` of every link back to Unsplash: the application's name as registered there. */
  appName: string;
  /** Unset is https://api.unsplash.com; tests point it at the stand-in (tests/fakes/unsplash). */
  baseUrl?: string;
  /** Unset is https://images.unsplash.com (plus the API's own origin when baseUrl is set). */
  imageOrigins?: readonly string[];
  timeoutMs?: number;
};

/**
 * Unsplash's API (https://unsplash.com/documentation) under its guidelines: every request carries
 * `Authorization: Client-ID <access key>`; a photo that is used is reported through its
 * `links.download_location` (recordUse); every credit links the photographer and Unsplash with
 * `utm_source=<app>&utm_medium=referral`.
 *
 * The adapter only downloads from Unsplash's image host and only reports uses to its API origin,
 * whatever a response says: a URL in a response is data, and the server must not be steered to
 * fetch anything else (the addresses here are the operator's configuration, never a user's).
 */
export function createUnsplashAdapter(options: UnsplashOptions): StockPhotoProvider {
  const base = (options.baseUrl ?? 'https://api.unsplash.com').replace(/\/$/, '');
  const apiOrigin = new URL(base).origin;
  const imageOrigins = new Set(options.imageOrigins ?? ['https://images.unsplash.com', ...(options.baseUrl ? [apiOrigin] : [])]);
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const headers = { Authorization: `Client-ID ${options.accessKey}`, 'Accept-Version': 'v1', Accept: 'application/json' };
  const referral = (url: string) => {
    const link = new URL(url);
    link.searchParams.set('utm_source', options.appName);
    link.searchParams.set('utm_medium', 'referral');
    return link.toString();
  };

  async function getJson(url: string): Promise<unknown> {
    const response = await fetch(url, { headers, signal: timeout(), redirect: 'error' });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = errorSchema.safeParse(body);
      // Unsplash's error texts name the problem ("OAuth error: The access token is invalid"), never the key.
      throw new Error(`Unsplash answered ${response.status}${error.success ? ` (${error.data.errors.join('; ').slice(0, 300)})` : ''}`);
    }
    return body;
  }

  function toStockPhoto(photo: UnsplashPhoto): StockPhoto {
    return {
      provider: 'unsplash',
      id: photo.id,
      description: (photo.alt_description ?? photo.description ?? '').trim().slice(0, 250),
      width: photo.width,
      height: photo.height,
      thumbUrl: photo.urls.thumb,
      credit: {
        provider: 'unsplash',
        name: photo.user.name.trim().slice(0, 120),
        url: referral(`https://unsplash.com/@${encodeURIComponent(photo.user.username)}`),
        providerUrl: referral('https://unsplash.com/'),
      },
    };
  }

  return {
    kind: 'unsplash',
    async search(query, searchOptions = {}) {
      const url = new URL(`${base}/search/photos`);
      url.searchParams.set('query', query.slice(0, 200));
      url.searchParams.set('per_page', String(Math.min(Math.max(searchOptions.perPage ?? 12, 1), 30)));
      url.searchParams.set('content_filter', 'high');
      if (searchOptions.orientation) url.searchParams.set('orientation', searchOptions.orientation);
      const parsed = searchSchema.safeParse(await getJson(url.toString()));
      if (!parsed.success) throw new Error('Unsplash answered a search with an unexpected body');
      // One malformed result is skipped, not the whole page.
      return parsed.data.results.flatMap((result) => {
        const photo = photoSchema.safeParse(result);
        return photo.success ? [toStockPhoto(photo.data)] : [];
      });
    },
    async fetchPhoto(id): Promise<FetchedStockPhoto> {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('Not an Unsplash photo id');
      const parsed = photoSchema.safeParse(await getJson(`${base}/photos/${id}`));
      if (!parsed.success) throw new Error('Unsplash answered a photo with an unexpected body');
      const source = new URL(parsed.data.urls.raw);
      if (!imageOrigins.has(source.origin)) throw new Error(`Unsplash named an image outside its image host (${source.origin})`);
      source.searchParams.set('w', String(DOWNLOAD_WIDTH));
      source.searchParams.set('fit', 'max');
      source.searchParams.set('fm', 'jpg');
      source.searchParams.set('q', '80');
      const response = await fetch(source, { signal: timeout(), redirect: 'error' });
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!response.ok) throw new Error(`Unsplash's image host answered ${response.status}`);
      if (!IMAGE_TYPES.has(contentType)) throw new Error(`Unsplash's image host answered ${contentType || 'no type'}`);
      if (Number(response.headers.get('content-length') ?? 0) > MAX_PHOTO_BYTES) throw new Error('The photo is too large');
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length > MAX_PHOTO_BYTES || bytes.length === 0) throw new Error('The photo is too large or empty');
      return { photo: toStockPhoto(parsed.data), bytes, contentType, useToken: parsed.data.links.download_location };
    },
    async recordUse(useToken) {
      const url = new URL(useToken);
      if (url.origin !== apiOrigin) throw new Error(`Unsplash named a download location outside its API (${url.origin})`);
      await getJson(url.toString());
    },
  };
}
