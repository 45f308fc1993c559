import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { fontPairingNames, type Theme } from '@/modules/document/theme';
import { renderPage } from '@/modules/render/render-page';
import { previewFontUrls } from '@/modules/render/preview-font-urls';
import { allWebFontFiles, webFontFacesFor } from '@/modules/render/web-fonts';
import { openTags } from '@/modules/render/testing/inspect-html';
import { buildSite } from './build-site';
import { loadWebFonts, readWebFontFile } from './load-web-fonts';
import { findPath, textOf } from './testing/build-test-helpers';

const STYLES: Theme['style'][] = ['minimal', 'bold', 'elegant', 'playful'];
const withTheme = (fonts: Theme['fonts'], style: Theme['style']): SiteDocument => ({
  ...veganBakery,
  theme: { ...veganBakery.theme, fonts, style },
});

describe('self-hosted web fonts', () => {
  it('every pairing in every style stays under 60 KB of fonts, and every file it names exists', async () => {
    for (const fonts of fontPairingNames) {
      for (const style of STYLES) {
        const files = await loadWebFonts({ fonts, style });
        const total = [...files.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0);
        // Three faces; one file when the heading and the bold body text are the same font and weight.
        expect(files.size, `${fonts}/${style}`).toBeGreaterThanOrEqual(2);
        expect(new Set(webFontFacesFor({ fonts, style }).map((face) => face.file))).toEqual(new Set(files.keys()));
        expect(total, `${fonts}/${style}: ${total} bytes`).toBeLessThanOrEqual(60 * 1024);
        for (const bytes of files.values()) expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('wOF2');
      }
    }
  });

  it('the heading face follows the style: a bold site gets a heavier headline than an elegant one', () => {
    const heading = (style: Theme['style']) =>
      webFontFacesFor({ fonts: 'modern-sans', style }).find((face) => face.role === 'heading')!.file;
    expect(heading('bold')).toBe('dm-sans-latin-800-normal.woff2');
    expect(heading('elegant')).toBe('dm-sans-latin-500-normal.woff2');
  });

  it('reads only files on the allow-list: no path reaches anything else', () => {
    expect(readWebFontFile('../../package.json')).toBeNull();
    expect(readWebFontFile('dm-sans-latin-400-normal.woff2/../../../package.json')).toBeNull();
    expect(readWebFontFile('constructor')).toBeNull();
    expect(allWebFontFiles().has('dm-sans-latin-400-normal.woff2')).toBe(true);
  });

  it('publishes the fonts as immutable assets of the site, declared with swap and the headline font preloaded', async () => {
    const document = withTheme('classic-serif', 'elegant');
    const { files } = buildSite(document, { baseUrl: 'https://padaria.pagemagic.site', fonts: await loadWebFonts(document.theme) });
    const fonts = files.filter((file) => file.path.endsWith('.woff2'));
    expect(fonts.map((file) => file.path.replace(/\.[0-9a-f]{10}\./, '.<hash>.')).sort()).toEqual([
      'assets/font-lora-latin-500-normal.<hash>.woff2',
      'assets/font-source-sans-3-latin-400-normal.<hash>.woff2',
      'assets/font-source-sans-3-latin-600-normal.<hash>.woff2',
    ]);
    expect(fonts.every((file) => file.isImmutable && file.contentType === 'font/woff2')).toBe(true);

    const css = textOf(files, findPath(files, /\.css$/));
    for (const font of fonts) expect(css).toContain(`url(/${font.path}) format("woff2")`);
    // Three web font faces and two resized local fallbacks (heading, body).
    expect(css.match(/@font-face\{/g)).toHaveLength(5);
    expect(css).toMatch(/@font-face\{font-family:pm-heading-fb;src:local\("Times New Roman"\),[^}]*size-adjust:[\d.]+%/);
    expect(css).toMatch(/@font-face\{font-family:pm-body-fb;src:local\("Arial"\),[^}]*local\("Liberation Sans"\)[^}]*ascent-override:/);
    expect(css).toContain('font-display:swap');
    expect(css).toMatch(/--fh:pm-heading,pm-heading-fb,/);
    expect(css).toMatch(/--fb:pm-body,pm-body-fb,/);

    const html = textOf(files, 'index.html');
    const preloads = openTags(html, 'link').filter((tag) => tag.attributes.rel === 'preload');
    expect(preloads.map((tag) => tag.attributes.href)).toEqual([`/${fonts.find((font) => font.path.includes('lora'))!.path}`]);
    expect(
      preloads.every((tag) => tag.attributes.as === 'font' && tag.attributes.type === 'font/woff2' && 'crossorigin' in tag.attributes),
    ).toBe(true);
  });

  it('one asset for a file two faces share (headline and bold text in one family and weight)', async () => {
    const document = withTheme('modern-sans', 'minimal');
    const faces = webFontFacesFor(document.theme);
    expect(faces.find((face) => face.role === 'heading')!.file).toBe(faces.find((face) => face.role === 'strong')!.file);
    const { files } = buildSite(document, { baseUrl: 'https://padaria.pagemagic.site', fonts: await loadWebFonts(document.theme) });
    expect(files.filter((file) => file.path.endsWith('.woff2'))).toHaveLength(2);
  });

  it('without font files the site still builds, on the fallback stacks alone', () => {
    const { files } = buildSite(veganBakery, { baseUrl: 'https://padaria.pagemagic.site' });
    expect(files.some((file) => file.path.endsWith('.woff2'))).toBe(false);
    const css = textOf(files, findPath(files, /\.css$/));
    expect(css).not.toContain('@font-face');
    expect(css).not.toContain('pm-heading');
  });

  it('the studio preview loads the same faces from the app’s font route', () => {
    const html = renderPage(veganBakery, {
      pageSlug: '',
      locale: 'en',
      mode: 'preview',
      assetUrls: { fonts: previewFontUrls(veganBakery.theme) },
    });
    for (const face of webFontFacesFor(veganBakery.theme)) expect(html).toContain(`url(/site-fonts/${face.file}) format("woff2")`);
  });
});
