import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { peekSiteHost, resolveSiteHost, type LiveSite } from './resolve-site-host';
import { recordSiteTraffic } from './site-traffic-meter';
import { neutralPage } from './neutral-page';
import type { SiteRequest, SiteResponse } from './site-response';

const cspWithStyles = (styleSources: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styleSources}`,
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * Strict CSP for published sites: no inline script at all (the JSON-LD data
 * block is not executed), scripts only from the site itself, styles from the
 * site itself or — on a page — the inline styles the build hashed (siteCspFor).
 */
export const SITE_CSP = cspWithStyles('');

/**
 * The CSP of one published file: SITE_CSP with the file's own inline-style hashes (the build's
 * `styleHashes`: its one <style>, so nothing blocks the first paint). Never 'unsafe-inline': a
 * style injected into the page, whatever its route, has another hash and is not applied.
 */
export function siteCspFor(entry: { styleHashes?: readonly string[] }): string {
  const hashes = (entry.styleHashes ?? []).filter((hash) => /^sha256-[A-Za-z0-9+/]+={0,2}$/.test(hash));
  return hashes.length ? cspWithStyles(hashes.map((hash) => ` '${hash}'`).join('')) : SITE_CSP;
}

const compressedCache = new Map<string, Uint8Array>();
// Blobs are content-addressed and never change, so a hit never goes stale.
// Bounded by bytes; cleared wholesale when full (the working set of live sites is small).
const blobCache = new Map<string, Uint8Array>();
const BLOB_CACHE_BYTES = 32 * 1024 * 1024;
let blobCacheBytes = 0;

/** The blob when this process holds it (no I/O). */
function peekBlob(sha256: string): Uint8Array | undefined {
  return blobCache.get(sha256);
}

/** Reads a blob into the cache; false when the store does not have it. */
async function loadBlob(sha256: string): Promise<boolean> {
  if (blobCache.has(sha256)) return true;
  const blob = await getBlobStore().get(blobKeyFor(sha256));
  if (!blob) return false;
  cacheBlob(sha256, blob.body);
  return true;
}
/**
 * A file of a live site as text, through this process's blob cache: the host's own pages (the
 * form's answer) embed the site's stylesheet with it. Null when the site has no such file or the
 * store does not have its bytes.
 */
export async function readSiteFileText(
  site: { manifest: { files: Record<string, { sha256: string }> } },
  path: string,
): Promise<string | null> {
  if (!Object.hasOwn(site.manifest.files, path)) return null;
  const sha256 = site.manifest.files[path]!.sha256;
  if (!(await loadBlob(sha256))) return null;
  const body = peekBlob(sha256) ?? (await getBlobStore().get(blobKeyFor(sha256)))?.body;
  return body ? new TextDecoder().decode(body) : null;
}

/** Puts blobs this process holds already (the publish that just stored them) into the blob cache. */
function cacheBlob(sha256: string, body: Uint8Array): void {
  if (blobCache.has(sha256)) return;
  if (blobCacheBytes + body.byteLength > BLOB_CACHE_BYTES) {
    blobCache.clear();
    blobCacheBytes = 0;
  }
  blobCache.set(sha256, body);
  blobCacheBytes += body.byteLength;
}

/**
 * Reads these files of a deployment into this process's blob cache (the ones missing there), so
 * their first request needs no I/O: the publish job warms a site's home pages as it makes the site
 * live. Best effort — a blob that can't be read now is read by the request, as always.
 */
export async function warmSiteFiles(
  manifest: { files: Record<string, { sha256: string }> },
  paths: readonly string[],
  inHand: readonly { sha256: string; body: Uint8Array }[] = [],
): Promise<void> {
  const wanted = paths.flatMap((path) => (Object.hasOwn(manifest.files, path) ? [manifest.files[path]!.sha256] : []));
  // Bytes the caller holds (the build it just stored, hashes verified by storeBuiltFiles) are
  // cached as they are instead of being read back from the store.
  const held = new Map(inHand.map((file) => [file.sha256, file.body]));
  await Promise.all(
    wanted.map(async (sha256) => {
      const body = held.get(sha256);
      if (body) cacheBlob(sha256, body);
      else await loadBlob(sha256).catch(() => false);
    }),
  );
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

const BASE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': SITE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});
const BASE_HEADERS_HTTPS: Readonly<Record<string, string>> = Object.freeze({
  ...BASE_HEADERS,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
});

/** Security headers of every answer on a site host (files, 304s, 404s, the neutral page, the form's answer). */
export function baseSiteHeaders(isHttps: boolean): Record<string, string> {
  return { ...(isHttps ? BASE_HEADERS_HTTPS : BASE_HEADERS) };
}

/** URL path → manifest path: `/` → index.html, `/pt-BR/` → pt-BR/index.html, `/about` → about/index.html. */
export function manifestPathFor(site: LiveSite, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (p.includes('..') || p.includes('\0')) return null;
  p = p.replace(/^\/+/, '');
  const files = site.manifest.files;
  if (p === '' || p.endsWith('/')) p = `${p}index.html`;
  // Own keys only: `/valueOf` or `/constructor` must not find Object.prototype's members.
  if (Object.hasOwn(files, p)) return p;
  return null;
}

/** The encoding a file goes out in for this Accept-Encoding (br over gzip; none for small or binary files). */
function wantedEncoding(contentType: string, size: number, acceptEncoding: string | null): 'br' | 'gzip' | undefined {
  if (!COMPRESSIBLE.test(contentType) || size < 512) return undefined;
  const accept = acceptEncoding ?? '';
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
}

function encodeFor(body: Uint8Array, sha: string, encoding: 'br' | 'gzip' | undefined): { body: Uint8Array; encoding?: 'br' | 'gzip' } {
  if (!encoding) return { body };
  const key = `${sha}:${encoding}`;
  let out = compressedCache.get(key);
  if (!out) {
    out = encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
    if (compressedCache.size > 2000) compressedCache.clear();
    compressedCache.set(key, out);
  }
  return { body: out, encoding };
}

/**
 * Another address of a site whose primary custom domain is served (`<slug>.<ROOT_DOMAIN>`, the
 * apex of a `www` primary or the reverse): 301 to the same path and query there. The request's
 * port is kept (only development and tests use one).
 */
function redirectToPrimary(req: SiteRequest, primary: string, headers: Record<string, string>): SiteResponse {
  const [rawPath = '/', query] = req.path.split(/\?(.*)/s);
  // One leading slash, as the path was asked for on the other address.
  const path = `/${rawPath.replace(/^\/+/, '')}`;
  const port = req.host?.match(/:(\d+)$/)?.[1];
  const location = `${req.isHttps ? 'https' : 'http'}://${primary}${port ? `:${port}` : ''}${path}${query ? `?${query}` : ''}`;
  return { status: 301, headers: { ...headers, Location: location, 'Cache-Control': 'public, max-age=300' }, body: null };
}

/** The answer, or which blob it needs first (the only I/O left once the site is resolved). */
type Planned = SiteResponse | { needsBlob: string };

/**
 * Serves one request on a site host from the live deployment's manifest and blobs: the host's live
 * site (cached per process, see resolveSiteHost), then the answer from memory once the file's
 * bytes are held.
 */
export async function serveSiteFile(req: SiteRequest): Promise<SiteResponse> {
  const site = await resolveSiteHost(req.host);
  const planned = answerForSite(req, site);
  if (!('needsBlob' in planned)) return planned;
  if (!(await loadBlob(planned.needsBlob))) return neutralPage(503, baseSiteHeaders(req.isHttps));
  const answer = answerForSite(req, site);
  return 'needsBlob' in answer ? neutralPage(503, baseSiteHeaders(req.isHttps)) : answer;
}

/**
 * The same answer as serveSiteFile, synchronously, when everything it needs is already in this
 * process's caches (the host's live site while its cache entries are fresh, the file's bytes);
 * null otherwise — then the caller takes serveSiteFile's path, which fills them. The site server's
 * hot path: no promise, no I/O, no per-request header objects (prepared per file, see below).
 */
export function serveSiteFileFromMemory(req: SiteRequest): SiteResponse | null {
  const site = peekSiteHost(req.host);
  if (site === undefined) return null;
  const answer = answerForSite(req, site);
  return 'needsBlob' in answer ? null : answer;
}

/**
 * The 200/404 answers of one file, prepared once per (file, served path, encoding, scheme, HEAD):
 * frozen header objects and the wire body, so a request that finds its file allocates nothing but
 * the response. Bounded by count and bytes; entries never go stale (keyed by content hash).
 */
const preparedCache = new Map<string, SiteResponse>();
const PREPARED_CACHE_BYTES = 32 * 1024 * 1024;
let preparedBytes = 0;

function answerForSite(req: SiteRequest, site: LiveSite | null): Planned {
  const base = req.isHttps ? BASE_HEADERS_HTTPS : BASE_HEADERS;
  if (!site) return neutralPage(404, { ...base });
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return { status: 405, headers: { ...base, Allow: req.allow ?? 'GET, HEAD' }, body: null };
  if (site.redirectTo) return redirectToPrimary(req, site.redirectTo, { ...base });
  const path = manifestPathFor(site, req.path);
  // `/about` → `/about/` so relative links on that page resolve (one canonical URL per page).
  if (!path) {
    const [rawPath = '/', query] = req.path.split(/\?(.*)/s);
    // One leading slash: `//evil.example/` as a Location is another host (an open redirect).
    const bare = `/${rawPath.replace(/^\/+/, '')}`;
    if (!bare.endsWith('/') && site.manifest.files[`${bare.slice(1)}/index.html`]) {
      return {
        status: 308,
        headers: { ...base, Location: `${bare}/${query ? `?${query}` : ''}`, 'Cache-Control': 'public, max-age=300' },
        body: null,
      };
    }
  }
  const entry = path ? site.manifest.files[path] : undefined;
  const notFound = !entry;
  const servedPath = entry ? path! : '404.html';
  const served = entry ?? site.manifest.files['404.html'];
  if (!served) return neutralPage(404, { ...base });
  const etag = `"${served.sha256.slice(0, 32)}"`;
  if (!notFound && req.ifNoneMatch && matchesEtag(req.ifNoneMatch, etag)) {
    return { status: 304, headers: fileHeaders(base, served, servedPath, notFound, etag), body: null };
  }
  // What goes on the wire: our compressed body, or — when Next compresses (gzip only) — the gzip of
  // the same body from the same cache, which is what bandwidth is metered by. A HEAD sends none.
  const wireEncoding = wantedEncoding(
    served.contentType,
    served.size,
    req.compress === false ? (/\bgzip\b/.test(req.acceptEncoding ?? '') ? 'gzip' : null) : req.acceptEncoding,
  );
  const isHead = req.method === 'HEAD';
  const key = `${served.sha256}|${servedPath}|${notFound ? '404' : ''}|${wireEncoding ?? ''}|${req.compress === false ? 'n' : 'c'}|${req.isHttps ? 's' : ''}|${isHead ? 'h' : ''}`;
  let prepared = preparedCache.get(key);
  let wireBytes: number;
  if (prepared) {
    wireBytes = preparedWireBytes.get(prepared)!;
  } else {
    const body = peekBlob(served.sha256);
    if (!body) return { needsBlob: served.sha256 };
    const wire = encodeFor(body, served.sha256, wireEncoding);
    const encoded = req.compress === false ? { body } : wire;
    wireBytes = wire.body.byteLength;
    prepared = {
      status: notFound ? 404 : 200,
      headers: Object.freeze({
        ...fileHeaders(base, served, servedPath, notFound, etag),
        'Content-Length': String(encoded.body.byteLength),
        ...('encoding' in encoded && encoded.encoding ? { 'Content-Encoding': encoded.encoding } : {}),
        'X-Site-Path': servedPath,
      }) as Record<string, string>,
      body: isHead ? null : encoded.body,
    };
    // Bounded by count and by the bytes it keeps alive (a body outlives the blob cache's clear).
    const bytes = prepared.body?.byteLength ?? 0;
    if (preparedCache.size >= 4000 || preparedBytes + bytes > PREPARED_CACHE_BYTES) {
      preparedCache.clear();
      preparedBytes = 0;
    }
    preparedCache.set(key, prepared);
    preparedBytes += bytes;
    preparedWireBytes.set(prepared, wireBytes);
  }
  if (!isHead) recordSiteTraffic(site.projectId, wireBytes);
  return prepared;
}
const preparedWireBytes = new WeakMap<SiteResponse, number>();

/**
 * The bytes a file's answer puts on the wire — for the route handler, whose body Next gzips
 * itself: the gzip size the meter bills. Other answers: their body's size.
 */
export function wireBytesOf(answer: SiteResponse): number {
  return preparedWireBytes.get(answer) ?? answer.body?.byteLength ?? 0;
}

function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .includes(etag);
}

function fileHeaders(
  base: Readonly<Record<string, string>>,
  served: { immutable?: boolean; contentType: string; styleHashes?: readonly string[] },
  servedPath: string,
  notFound: boolean,
  etag: string,
): Record<string, string> {
  const cache = served.immutable
    ? 'public, max-age=31536000, immutable'
    : servedPath === 'sw.js'
      ? 'no-cache'
      : 'public, max-age=0, s-maxage=60, must-revalidate';
  return {
    ...base,
    ...(served.styleHashes?.length ? { 'Content-Security-Policy': siteCspFor(served) } : {}),
    ETag: etag,
    'Cache-Control': notFound ? 'no-store' : cache,
    'Content-Type': served.contentType,
    Vary: 'Accept-Encoding',
  };
}
