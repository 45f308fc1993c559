import { AppError } from '@/lib/errors';
import { inSpanSync } from '@/lib/telemetry/with-span';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listSiteFiles } from '@/modules/render/list-site-files';
import { listUsedSectionTypes } from '@/modules/render/list-used-section-types';
import { renderCss } from '@/modules/render/render-css';
import { renderPage } from '@/modules/render/render-page';
import { buildDeploymentManifest } from './build-deployment-manifest';
import { checkSite } from './check-site';
import { CONTENT_TYPES } from './content-types';
import { hashedAssetPath } from './hashed-asset-path';
import { injectAssetTags } from './inject-asset-tags';
import { inlineStyleHashes } from './inline-style-hashes';
import { makeBuiltFile } from './make-built-file';
import { normalizeBaseUrl } from './normalize-base-url';
import { renderFallbackPage } from './render-fallback-page';
import { renderFaviconSvg } from './render-favicon-svg';
import { renderRobotsTxt } from './render-robots-txt';
import { renderServiceWorker } from './render-service-worker';
import { renderSitemapXml } from './render-sitemap-xml';
import { renderSwRegister } from './render-sw-register';
import { headerMenuScript } from '@/modules/render/render-header';
import { renderWebManifest } from './render-web-manifest';
import { sha256Hex } from './sha256-hex';
import { webFontFacesFor } from '@/modules/render/web-fonts';
import type { BuiltFile, CheckResult, DeploymentManifest } from './types';
import type { PreparedPhotos } from './prepare-site-photos';
import { withBlogIndex } from './with-blog-index';
import { withPhotoEntries } from './with-photo-entries';

export type BuildSiteOptions = {
  /** Public origin of the site, e.g. 'https://padaria.pagemagic.site'; canonical, hreflang and sitemap URLs use it. */
  baseUrl: string;
  /** The document's uploaded photos, already turned into stored variants (prepareSitePhotos). */
  photos?: PreparedPhotos;
  /**
   * The theme's web font files by name (loadWebFonts). Without them the site uses the fallback
   * stacks; buildSite stays free of I/O, so the bytes come in from the caller.
   */
  fonts?: ReadonlyMap<string, Uint8Array>;
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

/** The PNG icons' tags (the SVG icon is render-head's): a 32 px tab icon and the Apple touch icon. */
function pngIconLinks(icons: PreparedPhotos['icons']): string {
  return (
    (icons[32] ? `<link rel="icon" type="image/png" sizes="32x32" href="${icons[32]}">` : '') +
    (icons[180] ? `<link rel="apple-touch-icon" href="${icons[180]}">` : '')
  );
}

/** A content-hashed file under /assets/ and the root-relative URL pages use for it. */
function hashedAsset(name: string, extension: string, contentType: string, content: string | Uint8Array) {
  const file = makeBuiltFile(hashedAssetPath(name, extension, content), contentType, content, true);
  return { file, url: `/${file.path}` };
}

/** An HTML file with the CSP hashes of its inline styles (the host serves them in its CSP). */
function makeHtmlFile(path: string, html: string): BuiltFile {
  const styleHashes = inlineStyleHashes(html);
  return { ...makeBuiltFile(path, CONTENT_TYPES.html, html), ...(styleHashes.length ? { styleHashes } : {}) };
}

/**
 * Document → every static file of the published site, its manifest and the pre-publish
 * checks. Pure and deterministic: no clock, no randomness, no I/O, files sorted by path, so
 * the same document and baseUrl always give byte-identical output — which is what lets the
 * blob store skip everything an earlier deployment already uploaded.
 */
export function buildSite(input: SiteDocument, options: BuildSiteOptions): BuildSiteResult {
  const { files, manifest, document } = buildSiteFiles(input, options);
  const photoEntries = options.photos?.entries ?? {};
  return { files, manifest, checks: inSpanSync('build.checks', () => checkSite(document, files, Object.keys(photoEntries))) };
}

/**
 * buildSite without the checks: the files and their manifest, and the document the checks read
 * (`checkSite(document, files, Object.keys(options.photos?.entries ?? {}))` gives buildSite's
 * checks). For the publish, which checks while it stores.
 */
export function buildSiteFiles(
  input: SiteDocument,
  options: BuildSiteOptions,
): Omit<BuildSiteResult, 'checks'> & { document: SiteDocument } {
  const document = withBlogIndex(input);
  const origin = normalizeBaseUrl(options.baseUrl);

  // Web fonts as immutable assets of the site itself: no third-party request, and CSP keeps font-src 'self'.
  // One asset per file: the headline and the bold text can share one (same family and weight).
  const fontFiles = [...new Set(webFontFacesFor(document.theme).map((face) => face.file))];
  const fonts = fontFiles.flatMap((file) => {
    const bytes = options.fonts?.get(file);
    return bytes ? [{ file, asset: hashedAsset(`font-${file.replace(/\.woff2$/, '')}`, 'woff2', CONTENT_TYPES.woff2, bytes) }] : [];
  });
  const fontUrls = Object.fromEntries(fonts.map(({ file, asset }) => [file, asset.url]));
  // One stylesheet for the whole site (section types used on any page). Every page embeds it in a
  // <style> allowed by its hash (inline-style-hashes.ts), so nothing blocks the first paint: at
  // 3–5 KB gzipped it costs a page less than the round trip a linked stylesheet would, and is
  // never missing a rule (a page without a footer shows the home page's, for one). The file is
  // still published for the host's own pages (the form's answer) and the offline cache.
  const cssText = renderCss(document, listUsedSectionTypes(document), fontUrls);
  const css = hashedAsset('site', 'css', CONTENT_TYPES.css, cssText);
  const icon = hashedAsset('icon', 'svg', CONTENT_TYPES.svg, renderFaviconSvg(document));
  // The site's one script, external (no inline script under the CSP) and deferred: the service
  // worker's registration and the header menu's closing. Everything works without it.
  const siteScript = hashedAsset('site-script', 'js', CONTENT_TYPES.js, renderSwRegister() + headerMenuScript());
  const pngIcons = options.photos?.icons ?? {};
  const webManifest = makeBuiltFile('manifest.webmanifest', CONTENT_TYPES.webmanifest, renderWebManifest(document, icon.url, pngIcons));
  // Photo placeholders (`/stock/…`) are not published at all: the renderer lays pages out without them.
  const files = { ...options.photos?.urls };
  const pictures = options.photos?.pictures;

  // renderPage has asset options for the stylesheet and icon only; the manifest link and the
  // registration script are added here (see injectAssetTags).
  const extraTags = {
    head: `<link rel="manifest" href="/${webManifest.path}">${pngIconLinks(pngIcons)}`,
    bodyEnd: `<script src="${siteScript.url}" defer></script>`,
  };
  const pages = inSpanSync('build.render-pages', () =>
    listSiteFiles(document).map(({ pageSlug, locale, filePath }) => {
      const html = renderPage(document, {
        pageSlug,
        locale,
        mode: 'publish',
        baseUrl: origin,
        assetUrls: { css: css.url, icon: icon.url, files, fonts: fontUrls, pictures },
        inlineCss: cssText,
      });
      return makeHtmlFile(filePath, injectAssetTags(html, extraTags));
    }),
  );

  const fallbackAssets = { css: { inline: cssText }, icon: icon.url };
  const offline = makeHtmlFile('offline.html', renderFallbackPage(document, 'offline', fallbackAssets));
  const notFound = makeHtmlFile('404.html', renderFallbackPage(document, 'not-found', fallbackAssets));

  // The worker's cache name is derived from what it precaches, so any change there changes
  // sw.js by at least one byte, which is what makes browsers install the new worker.
  const precached = [offline, css.file, icon.file, siteScript.file];
  const version = sha256Hex(precached.map((file) => `${file.path}:${file.sha256}`).join('\n')).slice(0, 10);
  const serviceWorker = makeBuiltFile(
    'sw.js',
    CONTENT_TYPES.js,
    renderServiceWorker({ precache: precached.map((file) => `/${file.path}`), version }),
  );

  const built = [
    ...pages,
    ...fonts.map(({ asset }) => asset.file),
    offline,
    notFound,
    css.file,
    icon.file,
    siteScript.file,
    webManifest,
    serviceWorker,
    makeBuiltFile('robots.txt', CONTENT_TYPES.txt, renderRobotsTxt(origin)),
    makeBuiltFile('sitemap.xml', CONTENT_TYPES.xml, renderSitemapXml(document, origin)),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  assertUniquePaths(built);

  return { files: built, manifest: withPhotoEntries(buildDeploymentManifest(document, built), options.photos?.entries ?? {}), document };
}
