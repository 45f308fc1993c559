import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { palettePresets, type PaletteColors } from '@/modules/document/theme';
import { contrastRatio } from './contrast';
import { listSiteFiles } from './list-site-files';
import { listUsedSectionTypes } from './list-used-section-types';
import { minifyCss, renderCss, themeVariables } from './render-css';
import { renderPage } from './render-page';

function withColors(colors: PaletteColors): SiteDocument {
  return { ...veganBakery, theme: { ...veganBakery.theme, palette: { preset: 'custom', colors } } };
}

function variables(doc: SiteDocument): Record<string, string> {
  const body = /^:root\{([^}]*)\}$/.exec(themeVariables(doc))?.[1] ?? '';
  return Object.fromEntries(body.split(';').map((declaration) => declaration.split(/:(.*)/s).slice(0, 2)));
}

function expectAaContrast(doc: SiteDocument): void {
  const v = variables(doc);
  for (const background of [v['--bg'], v['--sf']]) {
    for (const text of [v['--tx'], v['--mu'], v['--ln']]) expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  }
  expect(contrastRatio(v['--pt'], v['--pr'])).toBeGreaterThanOrEqual(4.5);
}

describe('renderCss', () => {
  it('ships base + theme + only the section types in use', () => {
    const heroOnly = renderCss(veganBakery, ['hero']);
    expect(heroOnly).toContain('.hero-in{');
    expect(heroOnly).not.toContain('.menu{');
    expect(renderCss(veganBakery, ['hero', 'menu'])).toContain('.menu{');
    expect(renderCss(veganBakery, ['menu', 'hero'])).toBe(renderCss(veganBakery, ['hero', 'menu', 'menu']));
  });

  it('stays within the transfer budget', () => {
    const css = renderCss(veganBakery, listUsedSectionTypes(veganBakery));
    expect(css.length).toBeLessThan(12 * 1024);
    for (const { pageSlug, locale } of listSiteFiles(veganBakery)) {
      const html = renderPage(veganBakery, { pageSlug, locale, mode: 'publish', baseUrl: 'https://greencrumb.example' });
      // Uncompressed, so the real (gzip/brotli) transfer is far lower than 30 KB.
      expect(html.length + css.length).toBeLessThan(30 * 1024);
    }
  });

  it('is minified and respects reduced motion and keyboard focus', () => {
    const css = renderCss(veganBakery, ['hero']);
    expect(css).not.toMatch(/\n|\s{2}|;\}/);
    expect(css).toContain('@media (prefers-reduced-motion:reduce)');
    expect(css).toContain(':focus-visible{');
  });

  it('maps theme choices to custom properties', () => {
    const bold = {
      ...veganBakery,
      theme: {
        ...veganBakery.theme,
        style: 'bold' as const,
        radius: 'full' as const,
        spacing: 'airy' as const,
        fonts: 'mono-accent' as const,
      },
    };
    const v = variables(bold);
    expect(v['--hw']).toBe('800');
    expect(v['--rb']).toBe('999px');
    expect(v['--sp']).toBe('clamp(4.5rem,11vw,8.5rem)');
    expect(v['--fh']).toContain('ui-monospace');
  });
});

describe('theme contrast', () => {
  it.each(Object.keys(palettePresets) as (keyof typeof palettePresets)[])('preset %s reaches WCAG AA', (preset) => {
    expectAaContrast(withColors(palettePresets[preset]));
  });

  it('repairs unreadable palettes instead of trusting them', () => {
    const unreadable = {
      background: '#ffffff',
      surface: '#fefefe',
      text: '#fafafa',
      muted: '#eeeeee',
      primary: '#ffff00',
      primaryText: '#ffffff',
      accent: '#ffff66',
    };
    expectAaContrast(withColors(unreadable));
    expectAaContrast(
      withColors({ ...unreadable, background: '#000000', surface: '#111111', text: '#050505', muted: '#222222', primary: '#000080' }),
    );
    expect(variables(withColors(unreadable))['--pt']).not.toBe('#ffffff');
  });

  it('holds for a few hundred random palettes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return `#${Math.floor((seed / 2147483648) * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`;
    };
    for (let run = 0; run < 300; run += 1) {
      expectAaContrast(
        withColors({
          background: random(),
          surface: random(),
          text: random(),
          muted: random(),
          primary: random(),
          primaryText: random(),
          accent: random(),
        }),
      );
    }
  });
});

describe('minifyCss', () => {
  it('removes comments and whitespace but keeps descendant combinators and calc spaces', () => {
    expect(minifyCss('/* c */ .a  .b > .c { color: red ; width: calc(1rem + 2vw) ; }\n')).toBe(
      '.a .b>.c{color:red;width:calc(1rem + 2vw)}',
    );
  });
});
