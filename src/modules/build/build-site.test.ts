import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '@/lib/errors';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { sectionTypes } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { listUsedSectionTypes } from '@/modules/render/list-used-section-types';
import { renderCss } from '@/modules/render/render-css';
import { buildSite } from './build-site';
import { hasBlockingErrors } from './has-blocking-errors';
import { sha256Hex } from './sha256-hex';
import { findPath, textOf } from './testing/build-test-helpers';

const BASE = 'https://padaria.pagemagic.site';
const build = (document: SiteDocument = veganBakery) => buildSite(document, { baseUrl: BASE });

afterEach(() => {
  vi.useRealTimers();
});

describe('buildSite', () => {
  it('writes every page × locale plus the site files, sorted by path', () => {
    const paths = build().files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    const named = paths.map((path) => path.replace(/\.[0-9a-f]{10}\./, '.<hash>.'));
    expect(named).toEqual([
      '404.html',
      'assets/icon.<hash>.svg',
      'assets/site-script.<hash>.js',
      'assets/site.<hash>.css',
      'blog/index.html',
      'blog/sourdough-without-eggs/index.html',
      'index.html',
      'manifest.webmanifest',
      'offline.html',
      'pt-BR/blog/index.html',
      'pt-BR/blog/sourdough-without-eggs/index.html',
      'pt-BR/index.html',
      'robots.txt',
      'sitemap.xml',
      'sw.js',
    ]);
  });

  it('is deterministic: same document and baseUrl → byte-identical files and manifest, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const first = build();
    vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
    const second = build();
    expect(JSON.stringify(second.manifest)).toBe(JSON.stringify(first.manifest));
    expect(second.files.map((file) => Buffer.from(file.body).toString('base64'))).toEqual(
      first.files.map((file) => Buffer.from(file.body).toString('base64')),
    );
  });

  it('describes each file truthfully in the manifest', () => {
    const { files, manifest } = build();
    expect(Object.keys(manifest.files)).toEqual(files.map((file) => file.path));
    for (const file of files) {
      expect(file.sha256).toBe(sha256Hex(file.body));
      expect(file.size).toBe(file.body.byteLength);
      expect(file.isImmutable).toBe(file.path.startsWith('assets/'));
      expect(manifest.files[file.path]).toEqual({
        sha256: file.sha256,
        size: file.size,
        contentType: file.contentType,
        immutable: file.isImmutable,
        ...(file.styleHashes ? { styleHashes: file.styleHashes } : {}),
      });
      if (file.isImmutable) expect(file.path).toContain(`.${file.sha256.slice(0, 10)}.`);
    }
    expect(manifest.totalBytes).toBe(files.reduce((sum, file) => sum + file.size, 0));
    expect(manifest).toMatchObject({ version: 1, locales: ['en', 'pt-BR'], defaultLocale: 'en' });
  });

  it('ships one stylesheet with the CSS of the section types used anywhere on the site, and nothing more', () => {
    const { files } = build();
    const css = textOf(files, findPath(files, /^assets\/site\./));
    expect(css).toBe(renderCss(veganBakery, listUsedSectionTypes(veganBakery)));
    expect(css.length).toBeLessThan(renderCss(veganBakery, sectionTypes).length);
  });

  it('links the hashed assets from every page, with the registration script external and deferred', () => {
    const { files } = build();
    const icon = findPath(files, /^assets\/icon\./);
    const register = findPath(files, /^assets\/site-script\./);
    for (const file of files.filter((candidate) => /(^|\/)index\.html$/.test(candidate.path))) {
      const html = textOf(files, file.path);
      expect(html).toContain(`<link rel="icon" href="/${icon}">`);
      expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"></head>');
      expect(html.endsWith(`<script src="/${register}" defer></script></body></html>\n`)).toBe(true);
      // CSP: the only scripts are the JSON-LD data block and the external registration.
      const scripts = html.match(/<script[^>]*>/g) ?? [];
      expect(scripts).toEqual(['<script type="application/ld+json">', `<script src="/${register}" defer>`]);
      // The one inline style is the site's stylesheet (hashed for the CSP: see the next test); no style attributes, no handlers.
      expect(html.match(/<style/g)).toHaveLength(1);
      expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="${BASE}/`));
    }
  });

  it('embeds the stylesheet in every page and fallback page, allowed by the hash of its exact text: nothing render-blocking', () => {
    const { files, manifest } = build();
    const cssText = textOf(files, findPath(files, /^assets\/site\./));
    for (const file of files.filter((candidate) => candidate.path.endsWith('.html'))) {
      const html = textOf(files, file.path);
      const head = html.slice(0, html.indexOf('</head>'));
      // No external stylesheet anywhere in the page (a <link rel=stylesheet> in <head> blocks the first paint).
      expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
      const open = head.indexOf('<style>');
      expect(open).toBeGreaterThan(0);
      const text = head.slice(open + '<style>'.length, head.indexOf('</style>', open));
      expect(text).toBe(cssText.replace(/</g, '\\3c '));
      const hash = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
      expect(file.styleHashes).toEqual([hash]);
      expect(manifest.files[file.path]?.styleHashes).toEqual([hash]);
    }
    // Files without an inline style carry no hashes.
    expect(manifest.files['robots.txt']?.styleHashes).toBeUndefined();
  });

  it('keeps the home page small: HTML (with its CSS) + registration script under 30 KB gzipped', () => {
    const { files } = build();
    const parts = ['index.html', findPath(files, /^assets\/site-script\./)].map((path) => {
      const file = files.find((candidate) => candidate.path === path);
      return { path, raw: file?.size ?? 0, gzipped: gzipSync(file?.body ?? new Uint8Array()).byteLength };
    });
    const total = parts.reduce((sum, part) => sum + part.gzipped, 0);
    console.info(
      `vegan-bakery home: ${parts.map((part) => `${part.path} ${part.raw} B raw / ${part.gzipped} B gzip`).join('; ')}; total ${total} B gzip`,
    );
    expect(total).toBeLessThan(30 * 1024);
  });

  it('passes its own checks for the fixtures', () => {
    expect(hasBlockingErrors(build().checks)).toBe(false);
    expect(hasBlockingErrors(build(allSectionsDocument).checks)).toBe(false);
    expect(build().checks.map((check) => check.id)).toEqual([
      'broken-links',
      'alt-text',
      'heading-order',
      'contrast',
      'page-weight',
      'translations',
      'samples',
    ]);
  });

  it('writes a sitemap with every page × locale and its hreflang alternates, and a robots.txt pointing at it', () => {
    const { files } = build();
    const sitemap = textOf(files, 'sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([
      `${BASE}/`,
      `${BASE}/pt-BR/`,
      `${BASE}/blog/`,
      `${BASE}/pt-BR/blog/`,
      `${BASE}/blog/sourdough-without-eggs/`,
      `${BASE}/pt-BR/blog/sourdough-without-eggs/`,
    ]);
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemap.match(/<url>/g)).toHaveLength(6);
    expect(sitemap.match(/hreflang="pt-BR" href="https:\/\/padaria\.pagemagic\.site\/pt-BR\/blog\/"/g)).toHaveLength(2);
    expect(sitemap.match(/hreflang="x-default"/g)).toHaveLength(6);
    expect(textOf(files, 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}/sitemap.xml\n`);
  });

  it('adds neutral 404 and offline pages in the default locale, styled by the site CSS', () => {
    const portuguese = structuredClone(veganBakery);
    portuguese.i18n.defaultLocale = 'pt-BR';
    const { files } = build(portuguese);
    const notFound = textOf(files, '404.html');
    expect(notFound).toContain('<html lang="pt-BR" dir="ltr">');
    expect(notFound).toContain('<h1>Página não encontrada</h1>');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).toContain(`<style>${textOf(files, findPath(files, /^assets\/site\./)).replace(/</g, '\\3c ')}</style></head>`);
    expect(textOf(files, 'offline.html')).toContain('<h1>Você está offline</h1>');
    expect(textOf(build().files, 'offline.html')).toContain('<h1>You are offline</h1>');
  });

  it('writes a web manifest for installing the site', () => {
    const { files } = build();
    const manifest: unknown = JSON.parse(textOf(files, 'manifest.webmanifest'));
    expect(manifest).toMatchObject({
      name: 'Green Crumb',
      short_name: 'Green Crumb',
      start_url: '/',
      display: 'standalone',
      background_color: '#fffaf3',
      theme_color: '#fffaf3',
      icons: [{ src: `/${findPath(files, /^assets\/icon\./)}`, type: 'image/svg+xml', sizes: 'any' }],
    });
  });

  it('gives sw.js a new cache version when a precached asset changes, but not when only a page does', () => {
    const sw = (document: SiteDocument) => textOf(build(document).files, 'sw.js');
    const textOnly = structuredClone(veganBakery);
    textOnly.i18n.strings.en['hero.title'] = 'Something else entirely';
    expect(sw(textOnly)).toBe(sw(veganBakery));
    const recoloured = structuredClone(veganBakery);
    recoloured.theme.palette.colors.primary = '#1d4ed8';
    expect(sw(recoloured)).not.toBe(sw(veganBakery));
    const { files } = build();
    const precache = JSON.parse(/var PRECACHE=(\[.*\]);/.exec(sw(veganBakery))?.[1] ?? '[]') as string[];
    expect(precache.sort()).toEqual(
      [
        '/offline.html',
        `/${findPath(files, /^assets\/site\./)}`,
        `/${findPath(files, /^assets\/icon\./)}`,
        `/${findPath(files, /^assets\/site-script\./)}`,
      ].sort(),
    );
  });

  it('accepts an origin with a trailing slash and refuses anything that is not a bare http(s) origin', () => {
    expect(textOf(buildSite(veganBakery, { baseUrl: `${BASE}/` }).files, 'robots.txt')).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    for (const baseUrl of [
      'padaria.pagemagic.site',
      'ftp://x.example',
      'https://x.example/sub/',
      'https://x.example/?a=1',
      'javascript:alert(1)',
    ]) {
      const error: unknown = (() => {
        try {
          buildSite(veganBakery, { baseUrl });
          return undefined;
        } catch (caught) {
          return caught;
        }
      })();
      expect(isAppError(error) && error.code, baseUrl).toBe('VALIDATION');
    }
  });

  it('refuses a page whose address would clash with a locale', () => {
    const clash = structuredClone(veganBakery);
    clash.pages.push({ slug: 'pt-br', kind: 'page', titleKey: 'blog.title', sections: [] });
    expect(() => build(clash)).not.toThrow();
    const german = structuredClone(veganBakery);
    german.i18n.locales.push('de');
    german.i18n.strings.de = { ...german.i18n.strings.en };
    german.pages.push({ slug: 'de', kind: 'page', titleKey: 'blog.title', sections: [] });
    expect(() => build(german)).toThrow(/same address: de\/index\.html/);
  });
});
