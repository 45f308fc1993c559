import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { getBlobStore } from '@/lib/storage/get-blob-store';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { resolveSiteHost, type LiveSite } from './resolve-site-host';
import { recordSiteTraffic } from './site-traffic-meter';
import { neutralPage } from './neutral-page';
import type { SiteRequest, SiteResponse } from './site-response';

/**
 * Strict CSP for published sites: no inline script at all (the JSON-LD data
 * block is not executed), styles and scripts only from the site itself.
 */
export const SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const compressedCache = new Map<string, Uint8Array>();
// Blobs are content-addressed and never change, so a hit never goes stale.
// Bounded by bytes; cleared wholesale when full (the working set of live sites is small).
const blobCache = new Map<string, Uint8Array>();
const BLOB_CACHE_BYTES = 32 * 1024 * 1024;
let blobCacheBytes = 0;

async function readBlob(sha256: string): Promise<Uint8Array | null> {
  const hit = blobCache.get(sha256);
  if (hit) return hit;
  const blob = await getBlobStore().get(blobKeyFor(sha256));
  if (!blob) return null;
  if (blobCacheBytes + blob.body.byteLength > BLOB_CACHE_BYTES) {
    blobCache.clear();
    blobCacheBytes = 0;
  }
  blobCache.set(sha256, blob.body);
  blobCacheBytes += blob.body.byteLength;
  return blob.body;
}
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/** Security headers of every answer on a site host (files, 304s, 404s, the neutral page, the form's answer). */
export function baseSiteHeaders(isHttps: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': SITE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    ...(isHttps ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
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

function encodeFor(
  body: Uint8Array,
  sha: string,
  contentType: string,
  acceptEncoding: string | null,
): { body: Uint8Array; encoding?: 'br' | 'gzip' } {
  if (!COMPRESSIBLE.test(contentType) || body.byteLength < 512) return { body };
  const accept = acceptEncoding ?? '';
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
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

/** Serves one request on a site host from the live deployment's manifest and blobs. */
export async function serveSiteFile(req: SiteRequest): Promise<SiteResponse> {
  const headers = baseSiteHeaders(req.isHttps);
  const site = await resolveSiteHost(req.host);
  if (!site) return neutralPage(404, headers);
  if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, headers: { ...headers, Allow: 'GET, HEAD' }, body: null };
  if (site.redirectTo) return redirectToPrimary(req, site.redirectTo, headers);
  const path = manifestPathFor(site, req.path);
  // `/about` → `/about/` so relative links on that page resolve (one canonical URL per page).
  if (!path) {
    const [rawPath = '/', query] = req.path.split(/\?(.*)/s);
    // One leading slash: `//evil.example/` as a Location is another host (an open redirect).
    const bare = `/${rawPath.replace(/^\/+/, '')}`;
    if (!bare.endsWith('/') && site.manifest.files[`${bare.slice(1)}/index.html`]) {
      return {
        status: 308,
        headers: { ...headers, Location: `${bare}/${query ? `?${query}` : ''}`, 'Cache-Control': 'public, max-age=300' },
        body: null,
      };
    }
  }
  const entry = path ? site.manifest.files[path] : undefined;
  const notFound = !entry;
  const servedPath = entry ? path! : '404.html';
  const served = entry ?? site.manifest.files['404.html'];
  if (!served) return neutralPage(404, headers);
  const etag = `"${served.sha256.slice(0, 32)}"`;
  const cache = served.immutable
    ? 'public, max-age=31536000, immutable'
    : servedPath === 'sw.js'
      ? 'no-cache'
      : 'public, max-age=0, s-maxage=60, must-revalidate';
  const common = {
    ...headers,
    ETag: etag,
    'Cache-Control': notFound ? 'no-store' : cache,
    'Content-Type': served.contentType,
    Vary: 'Accept-Encoding',
  };
  if (
    !notFound &&
    req.ifNoneMatch &&
    req.ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .includes(etag)
  ) {
    return { status: 304, headers: common, body: null };
  }
  const body = await readBlob(served.sha256);
  if (!body) return neutralPage(503, headers);
  // What goes on the wire: our compressed body, or — when Next compresses (gzip only) — the gzip of
  // the same body from the same cache, which is what bandwidth is metered by. A HEAD sends none.
  const wire = encodeFor(
    body,
    served.sha256,
    served.contentType,
    req.compress === false ? (/\bgzip\b/.test(req.acceptEncoding ?? '') ? 'gzip' : null) : req.acceptEncoding,
  );
  const encoded = req.compress === false ? { body } : wire;
  if (req.method !== 'HEAD') recordSiteTraffic(site.projectId, wire.body.byteLength);
  return {
    status: notFound ? 404 : 200,
    headers: {
      ...common,
      'Content-Length': String(encoded.body.byteLength),
      ...('encoding' in encoded && encoded.encoding ? { 'Content-Encoding': encoded.encoding } : {}),
      'X-Site-Path': servedPath,
    },
    body: req.method === 'HEAD' ? null : encoded.body,
  };
}
