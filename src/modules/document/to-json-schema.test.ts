import { describe, expect, it } from 'vitest';
import { isKeyField, isKeyListField, inlineFieldName } from './find-keys-in';
import { sectionExamples, sectionExampleStrings } from './fixtures/section-examples';
import { veganBakery } from './fixtures/vegan-bakery';
import { generatedSectionSchema } from './generated-section-schema';
import { mergeGeneratedSection } from './merge-generated-section';
import { sectionTypes, type Section } from './section-registry';
import { toGeneratedSectionJsonSchema, toSiteDocumentJsonSchema } from './to-json-schema';

/** What a model would answer for `section`: every key replaced by `{ en, pt-BR }` texts inline. */
function inlineExample(section: Section): unknown {
  const localized = (key: string) => ({ en: sectionExampleStrings[key], 'pt-BR': `${sectionExampleStrings[key]} (pt)` });
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([name, value]) => {
        if (isKeyField(name) && typeof value === 'string') return [inlineFieldName(name), localized(value)];
        if (isKeyListField(name) && Array.isArray(value)) return [inlineFieldName(name), value.map((key: string) => localized(key))];
        return [name, visit(value)];
      }),
    );
  };
  return visit(section);
}

function collectKeywords(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((child) => collectKeywords(child, into));
  else if (node !== null && typeof node === 'object') {
    for (const [name, child] of Object.entries(node)) {
      into.add(name);
      collectKeywords(child, into);
    }
  }
  return into;
}

describe('toSiteDocumentJsonSchema', () => {
  const schema = toSiteDocumentJsonSchema();

  it('describes the whole document with closed objects and no unsupported keywords', () => {
    const text = JSON.stringify(schema);
    for (const type of sectionTypes) expect(text).toContain(`"const":"${type}"`);
    const keywords = collectKeywords(schema);
    expect(keywords.has('oneOf')).toBe(false);
    expect(keywords.has('propertyNames')).toBe(false);
    expect(keywords.has('anyOf')).toBe(true);
    expect(text).toContain('"additionalProperties":false');
    expect(schema).toMatchObject({ type: 'object', required: expect.arrayContaining(['version', 'pages', 'i18n', 'theme', 'seo']) });
  });
});

describe('generatedSectionSchema', () => {
  it.each(sectionTypes)('%s: inlines texts for every locale and round-trips through merge', (type) => {
    const json = toGeneratedSectionJsonSchema(type, ['en', 'pt-BR']);
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/Key"/);
    expect(text).toContain('"required":["en","pt-BR"]');

    const generated = inlineExample(sectionExamples[type]);
    expect(generatedSectionSchema(type, ['en', 'pt-BR']).safeParse(generated).success).toBe(true);

    const blank = { ...structuredClone(veganBakery), pages: [{ slug: '', kind: 'page' as const, titleKey: 'home.title', sections: [] }] };
    const merged = mergeGeneratedSection(blank, generated, { pageSlug: '' });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    // Keys are derived from id + path, which is exactly the convention the examples follow.
    expect(merged.document.pages[0].sections[0]).toEqual(sectionExamples[type]);
    for (const [key, english] of Object.entries(sectionExampleStrings)) {
      if (!key.startsWith(`${sectionExamples[type].id}.`)) continue;
      expect(merged.document.i18n.strings.en[key]).toBe(english);
      expect(merged.document.i18n.strings['pt-BR'][key]).toBe(`${english} (pt)`);
    }
  });

  it('rejects a missing locale and a key where text belongs', () => {
    const schema = generatedSectionSchema('cta', ['en', 'pt-BR']);
    expect(
      schema.safeParse({ id: 'cta', type: 'cta', title: { en: 'Hi' }, primary: { label: { en: 'Go', 'pt-BR': 'Vai' }, href: '#x' } })
        .success,
    ).toBe(false);
    expect(schema.safeParse({ id: 'cta', type: 'cta', titleKey: 'cta.title', primary: { labelKey: 'cta.go', href: '#x' } }).success).toBe(
      false,
    );
  });

  it('refuses to build a schema without a valid locale', () => {
    expect(() => generatedSectionSchema('hero', ['not a locale'])).toThrow(RangeError);
  });
});
