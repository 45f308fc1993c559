/**
 * Checks that the bench's in-memory server (site-file-server.ts, used by the Lighthouse bench and
 * as the throughput reference) answers exactly like production's `serveSiteFile` for a published
 * site: same status, headers and body bytes. A difference means one of them changed and the
 * Lighthouse numbers no longer describe production.
 */
import { ensurePrivacyPage } from '@/modules/document/ensure-privacy-page';
import { buildSite } from '@/modules/build/build-site';
import { loadWebFonts } from '@/modules/build/load-web-fonts';
import type { BuiltFile } from '@/modules/build/types';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { siteOrigin } from '@/modules/host/site-url';
import { SITE_ROOT_DOMAIN } from './publish-pipeline';
import { respondLikeProduction, siteFilesFrom } from './site-file-server';

const equalBytes = (a: Uint8Array | null, b: Uint8Array | null) =>
  a === null || b === null ? a === b : Buffer.from(a).equals(Buffer.from(b));

/**
 * The files a publish of `document` stores for `slug`, built as the publish job builds them (its
 * web fonts included: without them the CSS, every page's preload and the hashes differ, and the
 * bench would serve another site than the one it measures). No photos: the bench's sites have
 * none uploaded.
 */
export async function publishedFilesFor(document: SiteDocument, slug: string): Promise<BuiltFile[]> {
  // As publishing does (host/publish-deployment.ts): a site with lead forms gains its privacy page.
  const published = ensurePrivacyPage(document);
  return buildSite(published, { baseUrl: siteOrigin(slug), fonts: await loadWebFonts(published.theme) }).files;
}

export async function compareWithProduction(slug: string, files: readonly BuiltFile[]): Promise<string[]> {
  const site = siteFilesFrom(files);
  const css = files.find((file) => file.path.endsWith('.css'))!;
  const requests: { path: string; acceptEncoding: string | null }[] = [
    { path: '/', acceptEncoding: 'gzip, deflate, br, zstd' },
    { path: '/', acceptEncoding: 'gzip' },
    { path: '/pt-BR/', acceptEncoding: null },
    { path: '/blog', acceptEncoding: 'br' },
    { path: `/${css.path}`, acceptEncoding: 'br' },
    { path: '/sw.js', acceptEncoding: 'gzip' },
    { path: '/manifest.webmanifest', acceptEncoding: null },
    { path: '/no-such-page', acceptEncoding: 'gzip' },
  ];
  const differences: string[] = [];
  for (const { path, acceptEncoding } of requests) {
    const production = await serveSiteFile({
      host: `${slug}.${SITE_ROOT_DOMAIN}`,
      path,
      method: 'GET',
      acceptEncoding,
      ifNoneMatch: null,
      isHttps: false,
    });
    const bench = respondLikeProduction(site, { path, method: 'GET', acceptEncoding, ifNoneMatch: null });
    const where = `${path} [${acceptEncoding ?? 'identity'}]`;
    if (production.status !== bench.status) differences.push(`${where}: status ${production.status} vs ${bench.status}`);
    for (const name of new Set([...Object.keys(production.headers), ...Object.keys(bench.headers)])) {
      if (production.headers[name] !== bench.headers[name])
        differences.push(`${where}: ${name} ${JSON.stringify(production.headers[name])} vs ${JSON.stringify(bench.headers[name])}`);
    }
    if (!equalBytes(production.body, bench.body)) differences.push(`${where}: body differs`);
  }
  return differences;
}
