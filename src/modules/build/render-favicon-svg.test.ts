import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { renderFaviconSvg } from './render-favicon-svg';

function named(name: string, change: (document: SiteDocument) => void = () => {}): SiteDocument {
  const document = structuredClone(veganBakery);
  document.i18n.strings.en['site.name'] = name;
  change(document);
  return document;
}

const letterOf = (svg: string) => /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1];

describe('renderFaviconSvg', () => {
  it('draws the initial in readable ink on the primary colour', () => {
    const svg = renderFaviconSvg(veganBakery);
    expect(svg).toContain('fill="#b4410f"');
    expect(svg).toContain('fill="#ffffff"');
    expect(letterOf(svg)).toBe('G');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('uses dark ink on a light primary colour', () => {
    const svg = renderFaviconSvg(named('Sunny', (document) => (document.theme.palette.colors.primary = '#fde047')));
    expect(svg).toContain('fill="#111111"');
  });

  it('skips punctuation and lowercase, and keeps the letter whole', () => {
    expect(letterOf(renderFaviconSvg(named('  "élan" café')))).toBe('É');
    expect(letterOf(renderFaviconSvg(named('9 Lives')))).toBe('9');
    expect(letterOf(renderFaviconSvg(named('東京ベーカリー')))).toBe('東');
  });

  it('upper-cases for the default locale (Turkish dotted i)', () => {
    const turkish = named('istanbul fırın', (document) => {
      document.i18n.defaultLocale = 'tr';
      document.i18n.locales = ['tr'];
      document.i18n.strings = { tr: { ...document.i18n.strings.en, 'site.name': 'istanbul fırın' } };
    });
    expect(letterOf(renderFaviconSvg(turkish))).toBe('İ');
  });

  it('cannot be turned into markup by the name or the colours', () => {
    const hostile = named('<script>alert(1)</script>', (document) => {
      document.theme.palette.colors.primary = '"/><script>alert(1)</script>';
    });
    const svg = renderFaviconSvg(hostile);
    expect(svg).not.toContain('<script');
    expect(letterOf(svg)).toBe('S');
    expect(svg.match(/</g)).toHaveLength(5);
  });

  it('draws just the square when the name has no letter or digit', () => {
    const svg = renderFaviconSvg(named('🍞🥐'));
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<rect');
  });

  it('falls back to the business name when the site name is empty', () => {
    expect(letterOf(renderFaviconSvg(named('')))).toBe('G');
  });
});
