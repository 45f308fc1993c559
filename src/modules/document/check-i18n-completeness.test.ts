import { describe, expect, it } from 'vitest';
import { checkI18nCompleteness } from './check-i18n-completeness';
import { collectStringKeys } from './collect-string-keys';
import { allSectionsDocument } from './fixtures/all-sections';
import { veganBakery } from './fixtures/vegan-bakery';

describe('collectStringKeys', () => {
  it('finds keys of the site, SEO, navigation, pages, posts and sections, once each', () => {
    const keys = collectStringKeys(veganBakery);
    expect(keys).toEqual(
      expect.arrayContaining([
        'site.name',
        'seo.title',
        'nav.menu',
        'home.title',
        'post1.author',
        'hero.image.alt',
        'contact.form.fields.2.label',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not treat the string table as references', () => {
    const doc = structuredClone(veganBakery);
    doc.i18n.strings.en['unused.key'] = 'x';
    expect(collectStringKeys(doc)).not.toContain('unused.key');
  });
});

describe('checkI18nCompleteness', () => {
  it('reports the fixtures as complete', () => {
    expect(checkI18nCompleteness(veganBakery)).toEqual({ isComplete: true, missing: {} });
    expect(checkI18nCompleteness(allSectionsDocument).isComplete).toBe(true);
  });

  it('detects a removed translation, per locale', () => {
    const doc = structuredClone(veganBakery);
    delete doc.i18n.strings['pt-BR']['menu.items.3.price'];
    expect(checkI18nCompleteness(doc)).toEqual({ isComplete: false, missing: { 'pt-BR': ['menu.items.3.price'] } });
  });

  it('counts blank texts and missing locale tables as missing', () => {
    const doc = structuredClone(veganBakery);
    doc.i18n.strings.en['hero.title'] = '   ';
    delete doc.i18n.strings['pt-BR'];
    const result = checkI18nCompleteness(doc);
    expect(result.missing.en).toEqual(['hero.title']);
    expect(result.missing['pt-BR']).toEqual(collectStringKeys(doc));
  });
});
