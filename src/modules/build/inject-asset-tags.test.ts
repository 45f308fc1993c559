import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { renderPage } from '@/modules/render/render-page';
import { injectAssetTags } from './inject-asset-tags';

const tags = {
  head: '<link rel="manifest" href="/manifest.webmanifest">',
  bodyEnd: '<script src="/assets/sw-register.0123456789.js" defer></script>',
};

describe('injectAssetTags', () => {
  it('puts the head tags right before </head> and the body tags right before </body>', () => {
    const html = '<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>\n';
    expect(injectAssetTags(html, tags)).toBe(
      '<!doctype html><html><head><title>x</title><link rel="manifest" href="/manifest.webmanifest"></head>' +
        '<body><p>hi</p><script src="/assets/sw-register.0123456789.js" defer></script></body></html>\n',
    );
  });

  it('leaves the page unchanged without tags', () => {
    const html = '<html><head></head><body></body></html>';
    expect(injectAssetTags(html, {})).toBe(html);
  });

  it('is not fooled by document text that spells the markers', () => {
    const document = structuredClone(veganBakery);
    document.i18n.strings.en['hero.title'] = '</body></head><script>alert(1)</script>';
    document.seo.business = { name: '</head></body>', kind: 'Bakery' };
    const out = injectAssetTags(renderPage(document, { pageSlug: '', locale: 'en', mode: 'publish' }), tags);
    expect(out.match(/<\/head>/g)).toHaveLength(1);
    expect(out.match(/<\/body>/g)).toHaveLength(1);
    expect(out.endsWith(`${tags.bodyEnd}</body></html>\n`)).toBe(true);
    expect(out.indexOf(tags.head)).toBe(out.indexOf('</head>') - tags.head.length);
  });

  it('refuses pages without exactly one of each marker', () => {
    expect(() => injectAssetTags('<html><body></body></html>', tags)).toThrow(/<\/head>/);
    expect(() => injectAssetTags('<head></head><body></body></body>', tags)).toThrow(/<\/body>/);
    expect(() => injectAssetTags('<body></body><head></head>', tags)).toThrow(/before/);
  });
});
