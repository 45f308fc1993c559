import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/**
 * Unsplash's API for tests, at the protocol level (https://unsplash.com/documentation): every API
 * call needs `Authorization: Client-ID <access key>` (401 `{"errors":["OAuth error: The access
 * token is invalid"]}` otherwise) and answers JSON in Unsplash's shapes.
 *
 * - `GET /search/photos?query=&per_page=&orientation=&page=` → `{ total, total_pages, results }`,
 *   each result a photo object (`id`, `width`, `height`, `description`, `alt_description`,
 *   `urls.{raw,full,regular,small,thumb}`, `links.{self,html,download,download_location}`,
 *   `user.{id,username,name,links.html}`). A photo matches when a word of the query is one of its
 *   tags; `orientation` filters as Unsplash does (landscape, portrait, squarish).
 * - `GET /photos/:id` → one photo object; 404 `{"errors":["Couldn't find Photo"]}`.
 * - `GET /photos/:id/download` → `{ url }`: the download tracking endpoint, recorded in `downloads`.
 * - `GET /images/:id?w=&fit=max&fm=jpg` (the `urls.raw` host here; images.unsplash.com for real) →
 *   real JPEG bytes made with sharp, resized to `w` (never wider than the photo with `fit=max`).
 *   No authorization, like Unsplash's image CDN.
 *
 * `failNext(count, status)` makes the next API calls answer 500 or 403 ("Rate Limit Exceeded").
 */
export type FakeUnsplashPhoto = {
  id: string;
  tags: string[];
  width: number;
  height: number;
  color: string;
  description: string;
  user: { username: string; name: string };
};

export type UnsplashStandIn = {
  url: string;
  accessKey: string;
  photos: FakeUnsplashPhoto[];
  /** Photo ids whose download_location was called, in order (with the ixid it carried). */
  downloads: { id: string; ixid: string | null }[];
  /** Every request: path, query and the Authorization header. */
  requests: { path: string; query: Record<string, string>; authorization: string | undefined }[];
  failNext(count: number, status?: 500 | 403): void;
  close(): Promise<void>;
};

const DEFAULT_PHOTOS: FakeUnsplashPhoto[] = [
  {
    id: 'bAkEry01',
    tags: ['bakery', 'bread', 'vegan'],
    width: 1200,
    height: 800,
    color: '#c0602a',
    description: 'loaves of bread on a wooden shelf',
    user: { username: 'anna_bakes', name: 'Anna Lima' },
  },
  {
    id: 'bAkEry02',
    tags: ['bakery', 'cake', 'pastry', 'vegan'],
    width: 1200,
    height: 800,
    color: '#e0b080',
    description: 'a slice of cake on a plate',
    user: { username: 'joao.p', name: 'João Pereira' },
  },
  {
    id: 'bAkEry03',
    tags: ['bakery', 'bread', 'sourdough'],
    width: 900,
    height: 900,
    color: '#8a5a30',
    description: 'sourdough bread cut in half',
    user: { username: 'anna_bakes', name: 'Anna Lima' },
  },
  {
    id: 'bAkEry04',
    tags: ['bakery', 'coffee', 'cafe'],
    width: 800,
    height: 1200,
    color: '#4a3020',
    description: 'a cup of coffee next to a croissant',
    user: { username: 'mei', name: 'Mei Tan' },
  },
  {
    id: 'vEt00001',
    tags: ['vet', 'veterinary', 'dog', 'pet'],
    width: 1200,
    height: 800,
    color: '#3070a0',
    description: 'a veterinarian holding a puppy',
    user: { username: 'paws', name: 'Sam Okafor' },
  },
  {
    id: 'wEdding01',
    tags: ['wedding', 'venue', 'garden'],
    width: 1200,
    height: 800,
    color: '#a0c080',
    description: 'a garden set for a wedding',
    user: { username: 'vows', name: 'Lea Braun' },
  },
];

const photoJson = (base: string, photo: FakeUnsplashPhoto) => {
  const ixid = `M3w${photo.id}`;
  const raw = `${base}/images/${photo.id}?ixid=${ixid}&ixlib=rb-4.0.3`;
  return {
    id: photo.id,
    slug: `${photo.tags.join('-')}-${photo.id}`,
    created_at: '2024-05-01T10:00:00Z',
    width: photo.width,
    height: photo.height,
    color: photo.color,
    blur_hash: 'LKO2?U%2Tw=w]~RBVZRi};RPxuwH',
    likes: 12,
    description: null,
    alt_description: photo.description,
    urls: {
      raw,
      full: `${raw}&q=85&fm=jpg&crop=entropy&cs=srgb`,
      regular: `${raw}&q=80&w=1080`,
      small: `${raw}&q=80&w=400`,
      thumb: `${raw}&q=80&w=200`,
    },
    links: {
      self: `${base}/photos/${photo.id}`,
      html: `https://unsplash.com/photos/${photo.id}`,
      download: `https://unsplash.com/photos/${photo.id}/download?ixid=${ixid}`,
      download_location: `${base}/photos/${photo.id}/download?ixid=${ixid}`,
    },
    user: {
      id: `u-${photo.user.username}`,
      username: photo.user.username,
      name: photo.user.name,
      links: { html: `https://unsplash.com/@${photo.user.username}` },
    },
  };
};

function orientationOf(photo: FakeUnsplashPhoto): string {
  if (photo.width === photo.height) return 'squarish';
  return photo.width > photo.height ? 'landscape' : 'portrait';
}

export async function startUnsplashStandIn(accessKey = 'unsplash-test-access-key'): Promise<UnsplashStandIn> {
  const photos = DEFAULT_PHOTOS.map((photo) => ({ ...photo, tags: [...photo.tags] }));
  const downloads: UnsplashStandIn['downloads'] = [];
  const requests: UnsplashStandIn['requests'] = [];
  let failures = { count: 0, status: 500 as 500 | 403 };
  let base = '';

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://unsplash.test');
    requests.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'X-Ratelimit-Limit': '50', 'X-Ratelimit-Remaining': '49' });
      res.end(JSON.stringify(payload));
    };
    if (req.method !== 'GET') return send(405, { errors: ['Method not allowed'] });

    const image = /^\/images\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (image) {
      const photo = photos.find((candidate) => candidate.id === image[1]);
      if (!photo) return send(404, { errors: ["Couldn't find Photo"] });
      const asked = Number(url.searchParams.get('w') ?? photo.width);
      const width = url.searchParams.get('fit') === 'max' ? Math.min(asked, photo.width) : asked;
      const height = Math.round((width * photo.height) / photo.width);
      const bytes = await sharp({ create: { width, height, channels: 3, background: photo.color } })
        .jpeg({ quality: 80 })
        .toBuffer();
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': String(bytes.length) });
      res.end(bytes);
      return;
    }

    if (req.headers.authorization !== `Client-ID ${accessKey}`) return send(401, { errors: ['OAuth error: The access token is invalid'] });
    if (failures.count > 0) {
      failures.count -= 1;
      return failures.status === 403 ? send(403, { errors: ['Rate Limit Exceeded'] }) : send(500, { errors: ['Internal server error'] });
    }

    if (url.pathname === '/search/photos') {
      const query = (url.searchParams.get('query') ?? '').trim();
      if (!query) return send(400, { errors: ['query is missing'] });
      const words = query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const orientation = url.searchParams.get('orientation');
      const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 10) || 10, 1), 30);
      const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
      const matches = photos.filter(
        (photo) => words.some((word) => photo.tags.includes(word)) && (!orientation || orientationOf(photo) === orientation),
      );
      return send(200, {
        total: matches.length,
        total_pages: Math.ceil(matches.length / perPage),
        results: matches.slice((page - 1) * perPage, page * perPage).map((photo) => photoJson(base, photo)),
      });
    }
    const single = /^\/photos\/([A-Za-z0-9_-]+)(\/download)?$/.exec(url.pathname);
    if (single) {
      const photo = photos.find((candidate) => candidate.id === single[1]);
      if (!photo) return send(404, { errors: ["Couldn't find Photo"] });
      if (single[2]) {
        downloads.push({ id: photo.id, ixid: url.searchParams.get('ixid') });
        return send(200, { url: `${base}/images/${photo.id}?ixid=M3w${photo.id}&fm=jpg` });
      }
      return send(200, photoJson(base, photo));
    }
    send(404, { errors: ['Not found'] });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    accessKey,
    photos,
    downloads,
    requests,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
