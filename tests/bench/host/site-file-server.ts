/**
 * A tiny static server for built site files that answers the way production does
 * (`serveSiteFile`): same path mapping (`/` → index.html, `/about` → 308 `/about/`, unknown →
 * 404.html), same security headers (CSP from `SITE_CSP`, with a page's inline-style hashes), cache rules, ETag and br/gzip
 * negotiation — but from memory, without the database and the blob store. The serve bench
 * compares its answers with `serveSiteFile`'s to catch drift (see `compareWithProduction`).
 *
 * For the Lighthouse bench it can also answer any `/images/…` path with a placeholder (see
 * placeholder-image.ts): the fixtures reference images that are not part of a build.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { BuiltFile } from '@/modules/build/types';
import { SITE_CSP, siteCspFor } from '@/modules/host/serve-site-file';

export type StaticRequest = { path: string; method: string; acceptEncoding: string | null; ifNoneMatch: string | null };
export type StaticResponse = { status: number; headers: Record<string, string>; body: Uint8Array | null };

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/** The headers every production response carries (plain http: no HSTS). */
export const PRODUCTION_BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': SITE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export function cacheControlFor(file: BuiltFile): string {
  if (file.isImmutable) return 'public, max-age=31536000, immutable';
  return file.path === 'sw.js' ? 'no-cache' : 'public, max-age=0, s-maxage=60, must-revalidate';
}

export type SiteFiles = { byPath: ReadonlyMap<string, BuiltFile>; compressed: Map<string, Uint8Array> };

export function siteFilesFrom(files: readonly BuiltFile[]): SiteFiles {
  return { byPath: new Map(files.map((file) => [file.path, file])), compressed: new Map() };
}

function encode(site: SiteFiles, file: BuiltFile, acceptEncoding: string | null): { body: Uint8Array; encoding?: 'br' | 'gzip' } {
  if (!COMPRESSIBLE.test(file.contentType) || file.size < 512) return { body: file.body };
  const accept = acceptEncoding ?? '';
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!encoding) return { body: file.body };
  const key = `${file.sha256}:${encoding}`;
  let body = site.compressed.get(key);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(file.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(file.body, { level: 9 });
    site.compressed.set(key, body);
  }
  return { body, encoding };
}

/** One request against the built files, answered like `serveSiteFile` answers it. */
export function respondLikeProduction(site: SiteFiles, req: StaticRequest): StaticResponse {
  const headers = { ...PRODUCTION_BASE_HEADERS };
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, headers: { ...headers, Allow: 'GET, HEAD' }, body: null };
  const bare = req.path.split('?')[0] ?? '/';
  let wanted: string;
  try {
    wanted = decodeURIComponent(bare).replace(/^\/+/, '');
  } catch {
    wanted = '\0';
  }
  if (wanted === '' || wanted.endsWith('/')) wanted = `${wanted}index.html`;
  const entry = wanted.includes('..') || wanted.includes('\0') ? undefined : site.byPath.get(wanted);
  if (!entry && !bare.endsWith('/') && site.byPath.has(`${bare.replace(/^\/+/, '')}/index.html`)) {
    return { status: 308, headers: { ...headers, Location: `${bare}/`, 'Cache-Control': 'public, max-age=300' }, body: null };
  }
  const served = entry ?? site.byPath.get('404.html');
  if (!served) return { status: 404, headers: { ...headers, 'Cache-Control': 'no-store' }, body: null };
  const etag = `"${served.sha256.slice(0, 32)}"`;
  const common = {
    ...headers,
    ...(served.styleHashes?.length ? { 'Content-Security-Policy': siteCspFor(served) } : {}),
    ETag: etag,
    'Cache-Control': entry ? cacheControlFor(served) : 'no-store',
    'Content-Type': served.contentType,
    Vary: 'Accept-Encoding',
  };
  if (
    entry &&
    req.ifNoneMatch
      ?.split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .includes(etag)
  ) {
    return { status: 304, headers: common, body: null };
  }
  const encoded = encode(site, served, req.acceptEncoding);
  return {
    status: entry ? 200 : 404,
    headers: {
      ...common,
      'Content-Length': String(encoded.body.byteLength),
      ...(encoded.encoding ? { 'Content-Encoding': encoded.encoding } : {}),
      'X-Site-Path': served.path,
    },
    body: req.method === 'HEAD' ? null : encoded.body,
  };
}

export type StaticSiteServer = {
  origin: string;
  /**
   * Replaces the files served (the origin stays, so a document can be built for this origin
   * first) and, optionally, the answer for `/images/…` paths.
   */
  setFiles(files: readonly BuiltFile[], placeholder?: Placeholder): void;
  /** Accept-Encoding headers seen on HTML requests, e.g. to tell whether Chromium asked for br. */
  acceptEncodings: Set<string>;
  close(): Promise<void>;
};

export type Placeholder = (path: string) => { contentType: string; body: Uint8Array } | null;

export async function startStaticSiteServer(): Promise<StaticSiteServer> {
  let site = siteFilesFrom([]);
  let placeholder: Placeholder | undefined;
  const acceptEncodings = new Set<string>();
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const image = path.startsWith('/images/') ? placeholder?.(path.split('?')[0]!) : null;
    if (image) {
      response.writeHead(200, {
        ...PRODUCTION_BASE_HEADERS,
        'Content-Type': image.contentType,
        'Content-Length': String(image.body.byteLength),
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      response.end(request.method === 'HEAD' ? undefined : image.body);
      return;
    }
    const acceptEncoding = request.headers['accept-encoding'] ?? null;
    const ifNoneMatch = request.headers['if-none-match'] ?? null;
    const answer = respondLikeProduction(site, { path, method: request.method ?? 'GET', acceptEncoding, ifNoneMatch });
    if (answer.headers['Content-Type']?.startsWith('text/html')) acceptEncodings.add(acceptEncoding ?? '(none)');
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body ?? undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setFiles(files, images) {
      site = siteFilesFrom(files);
      placeholder = images;
    },
    acceptEncodings,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
