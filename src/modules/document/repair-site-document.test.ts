import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from './check-i18n-completeness';
import { veganBakery } from './fixtures/vegan-bakery';
import { parseSiteDocument } from './parse-site-document';
import { repairSiteDocument } from './repair-site-document';

/** Repair must never throw; when it returns a document, that document must be valid. */
function expectSafeRepair(input: unknown) {
  let result: ReturnType<typeof repairSiteDocument> = null;
  expect(() => {
    result = repairSiteDocument(input);
  }).not.toThrow();
  if (result !== null) {
    const { document } = result as NonNullable<ReturnType<typeof repairSiteDocument>>;
    expect(parseSiteDocument(document).ok).toBe(true);
    expect(checkI18nCompleteness(document).isComplete).toBe(true);
  }
  return result as ReturnType<typeof repairSiteDocument>;
}

describe('repairSiteDocument', () => {
  it('leaves a valid document untouched', () => {
    expect(repairSiteDocument(veganBakery)).toEqual({ document: veganBakery, repairs: [] });
    expect(repairSiteDocument(JSON.stringify(veganBakery))?.document).toEqual(veganBakery);
  });

  it.each([
    null,
    undefined,
    42,
    'hello',
    '',
    '[]',
    [],
    {},
    { pages: 'x' },
    { pages: [null, 1, 'a'] },
    { pages: [{ sections: 'no' }] },
    '{"pages": [{"sections": [{"type":',
  ])('returns null or a valid document for garbage %j', (input) => {
    expectSafeRepair(input);
  });

  it('never throws on hostile shapes', () => {
    const throwing = {
      get pages(): unknown[] {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = { version: 1 };
    cyclic.pages = [{ slug: '', sections: [cyclic] }];
    const deep = JSON.parse('{"pages":' + '['.repeat(5000) + ']'.repeat(5000) + '}');
    for (const input of [throwing, cyclic, deep]) expectSafeRepair(input);
  });

  it('recovers truncated model output at any cut point', () => {
    const text = '```json\n' + JSON.stringify(veganBakery, null, 1);
    let recovered = 0;
    for (let end = 0; end < text.length; end += 97) {
      if (expectSafeRepair(text.slice(0, end))) recovered += 1;
    }
    // Once the pages start streaming (they come last), every cut yields a usable site.
    expect(recovered).toBeGreaterThan(10);
    const nearlyComplete = expectSafeRepair(text.slice(0, -40));
    expect(nearlyComplete?.document.pages[0].sections.map((section) => section.type)).toContain('contact');
  });

  it('drops unknown section types and sections it cannot save, maps common aliases', () => {
    const input = structuredClone(veganBakery) as unknown as { pages: { sections: Record<string, unknown>[] }[] };
    input.pages[0].sections.splice(
      1,
      0,
      { id: 'spin', type: 'carousel' },
      { id: 'call', type: 'Call to action', titleKey: 'x.t', primary: { labelKey: 'x.l', href: 'javascript:alert(1)' } },
    );
    input.pages[0].sections.push(
      { id: 'news', type: 'newsletter' },
      { id: 'quotes', type: 'Testimonial', titleKey: 'q.t', items: [{ quoteKey: 'q.q', authorKey: 'q.a' }] },
    );
    const result = expectSafeRepair(input);
    const types = result?.document.pages[0].sections.map((section) => section.type);
    expect(types).not.toContain('carousel');
    expect(types).not.toContain('cta');
    expect(types?.filter((type) => type === 'testimonials')).toHaveLength(2);
    expect(result?.repairs).toContain('pages[0].sections[1]: dropped unknown section type "carousel"');
    expect(result?.repairs).toContain('pages[0].sections[2]: dropped cta section that could not be repaired');
  });

  it('fills missing ids and dedupes clashing ones', () => {
    const input = structuredClone(veganBakery) as unknown as { pages: { sections: Record<string, unknown>[] }[] };
    delete input.pages[0].sections[1].id;
    input.pages[0].sections[2].id = 'hero';
    input.pages[0].sections[3].id = 'Our Menu!';
    const ids = expectSafeRepair(input)?.document.pages[0].sections.map((section) => section.id);
    expect(ids?.slice(0, 4)).toEqual(['hero', 'features', 'hero-2', 'our-menu']);
  });

  it('drops invalid URLs (optional image gone, rest kept)', () => {
    const input = structuredClone(veganBakery);
    input.pages[0].sections[0] = {
      ...input.pages[0].sections[0],
      image: { src: 'java\tscript:alert(1)', altKey: 'hero.image.alt', width: 1, height: 1 },
    } as never;
    input.seo.socialImage = 'data:image/png;base64,AAAA';
    const result = expectSafeRepair(input);
    const hero = result?.document.pages[0].sections[0];
    expect(hero).not.toHaveProperty('image');
    expect(hero).toHaveProperty('titleKey', 'hero.title');
    expect(result?.document.seo.socialImage).toBeUndefined();
    expect(JSON.stringify(result?.document)).not.toMatch(/script:|data:/i);
  });

  it('moves text found where keys belong into the string table and fills other locales', () => {
    const input = {
      i18n: { defaultLocale: 'en', locales: ['en', 'pt_br'] },
      sections: [
        { type: 'hero', title: 'Fresh bread daily', subtitle: { en: 'Since 1999', 'pt-BR': 'Desde 1999' } },
        { type: 'about', titleKey: 'about.title', bodyKey: 'We bake.', image: { src: 'img/oven.jpg', altKey: 'about.img' } },
      ],
    };
    const result = expectSafeRepair(input);
    const document = result?.document;
    expect(document?.i18n.locales).toEqual(['en', 'pt-BR']);
    expect(document?.pages[0].sections[0]).toMatchObject({ titleKey: 'hero.title', subtitleKey: 'hero.subtitle' });
    expect(document?.i18n.strings.en['hero.title']).toBe('Fresh bread daily');
    expect(document?.i18n.strings['pt-BR']['hero.title']).toBe('Fresh bread daily');
    expect(document?.i18n.strings['pt-BR']['hero.subtitle']).toBe('Desde 1999');
    expect(document?.pages[0].sections[1]).toMatchObject({
      bodyKey: 'about.body',
      image: { src: '/img/oven.jpg', width: 1200, height: 800 },
    });
    expect(document?.i18n.strings.en['about.title']).toBe('Title');
  });

  it('adds missing translations from the default locale and removes unused strings', () => {
    const input = structuredClone(veganBakery);
    delete input.i18n.strings['pt-BR']['hero.title'];
    input.i18n.strings.en['left.over'] = 'unused';
    const result = expectSafeRepair(input);
    expect(result?.document.i18n.strings['pt-BR']['hero.title']).toBe(veganBakery.i18n.strings.en['hero.title']);
    expect(result?.document.i18n.strings.en['left.over']).toBeUndefined();
    expect(result?.repairs).toEqual(['i18n.strings.en: removed 1 unused string(s)', 'i18n.strings.pt-BR: filled 1 missing string(s)']);
  });

  it('accepts nested and inverted string tables', () => {
    const nested = repairSiteDocument({
      sections: [{ type: 'cta', titleKey: 'cta.title', primary: { labelKey: 'cta.go', href: '#contact' } }],
      i18n: { strings: { en: { cta: { title: 'Hi', go: 'Go' } } } },
    });
    expect(nested?.document.i18n.strings.en).toMatchObject({ 'cta.title': 'Hi', 'cta.go': 'Go' });
    const inverted = repairSiteDocument({
      sections: [{ type: 'cta', titleKey: 'cta.title', primary: { labelKey: 'cta.go', href: '#x' } }],
      i18n: { locales: ['en', 'de'], strings: { 'cta.title': { en: 'Hi', de: 'Hallo' } } },
    });
    expect(inverted?.document.i18n.strings.de['cta.title']).toBe('Hallo');
  });

  it('repairs the theme from its preset and makes the first page home', () => {
    const result = expectSafeRepair({
      theme: {
        palette: { preset: 'Forest', colors: { primary: 'url(javascript:alert(1))', accent: 'abcdef' } },
        fonts: 'Comic Sans',
        radius: 'LG',
      },
      pages: [{ slug: '/about/', titleKey: 'about.t', sections: [{ type: 'stats', items: [{ valueKey: '12', labelKey: 'years' }] }] }],
    });
    expect(result?.document.theme.palette.colors).toMatchObject({ primary: '#2f6b3a', accent: '#abcdef' });
    expect(result?.document.theme).toMatchObject({ fonts: 'modern-sans', radius: 'lg' });
    expect(result?.document.pages[0].slug).toBe('');
  });

  it('returns null when there is no page or section at all', () => {
    expect(repairSiteDocument({ version: 1, site: { nameKey: 'site.name' } })).toBeNull();
  });
});
