import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { renderWebManifest } from './render-web-manifest';

const withName = (name: string) => {
  const document = structuredClone(veganBakery);
  document.i18n.strings.en['site.name'] = name;
  return JSON.parse(renderWebManifest(document, '/assets/icon.0123456789.svg')) as { name: string; short_name: string };
};

describe('renderWebManifest', () => {
  it('describes the installed app from the document', () => {
    expect(JSON.parse(renderWebManifest(veganBakery, '/assets/icon.0123456789.svg'))).toEqual({
      id: '/',
      name: 'Green Crumb',
      short_name: 'Green Crumb',
      lang: 'en',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fffaf3',
      theme_color: '#fffaf3',
      icons: [{ src: '/assets/icon.0123456789.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    });
  });

  it('shortens long names for launchers, at a word boundary when there is one', () => {
    expect(withName('Green Crumb Vegan Bakery').short_name).toBe('Green Crumb');
    expect(withName('Supercalifragilistic').short_name).toBe('Supercalifra');
    expect(withName('Green Crumb Vegan Bakery').name).toBe('Green Crumb Vegan Bakery');
  });

  it('keeps quotes and angle brackets as data (JSON), never as markup', () => {
    expect(withName('"Pão" <&> Cia').name).toBe('"Pão" <&> Cia');
  });
});
