import { AppError } from '@/lib/errors';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listSiteFiles } from '@/modules/render/list-site-files';
import { listUsedSectionTypes } from '@/modules/render/list-used-section-types';
import { renderCss } from '@/modules/render/render-css';
import { renderPage } from '@/modules/render/render-page';
import { listStockArt, renderStockArt } from '@/modules/render/stock-art';
import { buildDeploymentManifest } from './build-deployment-manifest';
import { checkSite } from './check-site';
import { CONTENT_TYPES } from './content-types';
import { hashedAssetPath } from './hashed-asset-path';
import { injectAssetTags } from './inject-asset-tags';
import { makeBuiltFile } from './make-built-file';
import { normalizeBaseUrl } from './normalize-base-url';
import { renderFallbackPage } from './render-fallback-page';
import { renderFaviconSvg } from './render-favicon-svg';
import { renderRobotsTxt } from './render-robots-txt';
import { renderServiceWorker } from './render-service-worker';
import { renderSitemapXml } from './render-sitemap-xml';
import { renderSwRegister } from './render-sw-register';
import { renderWebManifest } from './render-web-manifest';
import { sha256Hex } from './sha256-hex';
import type { BuiltFile, CheckResult, DeploymentManifest } from './types';

export type BuildSiteOptions = {
  /** Public origin of the site, e.g. 'https://padaria.pagemagic.site'; canonical, hreflang and sitemap URLs use it. */
  baseUrl: string;
};

export type BuildSiteResult = { files: BuiltFile[]; manifest: DeploymentManifest; checks: CheckResult[] };

/**
 * A page slug can coincide with a locale tag ('de' page on a site with a 'de' locale) and then
 * both would be written to the same file. The schema cannot see this, so the build refuses.
 */
function assertUniquePaths(files: readonly BuiltFile[]): void {
  const clashes = files.filter((file, index) => index > 0 && files[index - 1].path === file.path).map((file) => file.path);
  if (clashes.length > 0) {
    throw new AppError('VALIDATION', 'errors.build.duplicatePaths', { values: { paths: clashes.join(', ') }, details: { paths: clashes } });
  }
}

/** A content-hashed file under /assets/ and the root-relative URL pages use for it. */
function hashedAsset(name: string, extension: string, contentType: string, content: string) {
  const file = makeBuiltFile(hashedAssetPath(name, extension, content), contentType, content, true);
  return { file, url: `/${file.path}` };
}

/**
 * Document → every static file of the published site, its manifest and the pre-publish
 * checks. Pure and deterministic: no clock, no randomness, no I/O, files sorted by path, so
 * the same document and baseUrl always give byte-identical output — which is what lets the
 * blob store skip everything an earlier deployment already uploaded.
 */
export function buildSite(document: SiteDocument, options: BuildSiteOptions): BuildSiteResult {
  const origin = normalizeBaseUrl(options.baseUrl);

  // One stylesheet for the whole site (section types used on any page), so a visitor's second
  // page costs no CSS at all.
  const css = hashedAsset('site', 'css', CONTENT_TYPES.css, renderCss(document, listUsedSectionTypes(document)));
  const icon = hashedAsset('icon', 'svg', CONTENT_TYPES.svg, renderFaviconSvg(document));
  const swRegister = hashedAsset('sw-register', 'js', CONTENT_TYPES.js, renderSwRegister());
  const webManifest = makeBuiltFile('manifest.webmanifest', CONTENT_TYPES.webmanifest, renderWebManifest(document, icon.url));
  // Stock art (pictures until the owner uploads photos): one immutable asset per image the document uses.
  const stock = listStockArt(document).map((name) => ({
    src: `/stock/${name}.svg`,
    asset: hashedAsset(`stock-${name}`, 'svg', CONTENT_TYPES.svg, renderStockArt(document, name)),
  }));
  const files = Object.fromEntries(stock.map(({ src, asset }) => [src, asset.url]));

  // renderPage has asset options for the stylesheet and icon only; the manifest link and the
  // registration script are added here (see injectAssetTags).
  const extraTags = {
    head: `<link rel="manifest" href="/${webManifest.path}">`,
    bodyEnd: `<script src="${swRegister.url}" defer></script>`,
  };
  const pages = listSiteFiles(document).map(({ pageSlug, locale, filePath }) => {
    const html = renderPage(document, {
      pageSlug,
      locale,
      mode: 'publish',
      baseUrl: origin,
      assetUrls: { css: css.url, icon: icon.url, files },
    });
    return makeBuiltFile(filePath, CONTENT_TYPES.html, injectAssetTags(html, extraTags));
  });

  const fallbackAssets = { css: css.url, icon: icon.url, files };
  const offline = makeBuiltFile('offline.html', CONTENT_TYPES.html, renderFallbackPage(document, 'offline', fallbackAssets));
  const notFound = makeBuiltFile('404.html', CONTENT_TYPES.html, renderFallbackPage(document, 'not-found', fallbackAssets));

  // The worker's cache name is derived from what it precaches, so any change there changes
  // sw.js by at least one byte, which is what makes browsers install the new worker.
  const precached = [offline, css.file, icon.file, swRegister.file];
  const version = sha256Hex(precached.map((file) => `${file.path}:${file.sha256}`).join('\n')).slice(0, 10);
  const serviceWorker = makeBuiltFile(
    'sw.js',
    CONTENT_TYPES.js,
    renderServiceWorker({ precache: precached.map((file) => `/${file.path}`), version }),
  );

  const built = [
    ...pages,
    ...stock.map(({ asset }) => asset.file),
    offline,
    notFound,
    css.file,
    icon.file,
    swRegister.file,
    webManifest,
    serviceWorker,
    makeBuiltFile('robots.txt', CONTENT_TYPES.txt, renderRobotsTxt(origin)),
    makeBuiltFile('sitemap.xml', CONTENT_TYPES.xml, renderSitemapXml(document, origin)),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  assertUniquePaths(built);

  return { files: built, manifest: buildDeploymentManifest(document, built), checks: checkSite(document, built) };
}
