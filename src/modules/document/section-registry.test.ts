import { describe, expect, it } from 'vitest';
import { sectionExamples, sectionExampleStrings } from './fixtures/section-examples';
import { veganBakery } from './fixtures/vegan-bakery';
import { parseSiteDocument } from './parse-site-document';
import { sectionRegistry, sectionSchema, sectionTypes, type Section } from './section-registry';

/** A copy of `section` whose first `…Key` field holds prose instead of a key. */
function withTextInsteadOfKey(section: Section): { broken: unknown; path: string } {
  const copy: unknown = structuredClone(section);
  const visit = (node: unknown, path: string): string | undefined => {
    if (node === null || typeof node !== 'object') return undefined;
    for (const [name, value] of Object.entries(node)) {
      const here = Array.isArray(node) ? `${path}[${name}]` : path ? `${path}.${name}` : name;
      if (name.endsWith('Key') && typeof value === 'string') {
        (node as Record<string, unknown>)[name] = 'Hello, world!';
        return here;
      }
      const found = visit(value, here);
      if (found) return found;
    }
    return undefined;
  };
  const path = visit(copy, '');
  if (!path) throw new Error(`no key field in ${section.type}`);
  return { broken: copy, path };
}

function documentWith(section: unknown): unknown {
  const doc = structuredClone(veganBakery);
  (doc.pages[0].sections as unknown[]).splice(1, 0, section);
  return doc;
}

describe('section library', () => {
  it('registers every section type the product promises', () => {
    expect(sectionTypes).toEqual([
      'hero',
      'features',
      'about',
      'services',
      'menu',
      'pricing',
      'testimonials',
      'gallery',
      'team',
      'stats',
      'faq',
      'cta',
      'contact',
      'blog-list',
      'hours',
      'newsletter',
      'donate',
      'footer',
    ]);
    for (const type of sectionTypes) {
      const entry = sectionRegistry[type];
      expect(entry.label.en).not.toBe('');
      expect(entry.label['pt-BR']).not.toBe('');
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  describe.each(sectionTypes)('%s', (type) => {
    const example = sectionExamples[type];

    it('accepts a valid example, alone and inside a document', () => {
      expect(sectionRegistry[type].schema.safeParse(example).success).toBe(true);
      expect(sectionSchema.safeParse(example).success).toBe(true);
      const id = `x-${type}`;
      const result = parseSiteDocument(documentWith({ ...example, id }));
      expect(result.ok).toBe(true);
    });

    it('lists the keys it uses, all of which the example strings define', () => {
      const keys = sectionRegistry[type].stringKeys(example as never);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(sectionExampleStrings).toHaveProperty([key]);
    });

    it('rejects prose where a key belongs, naming the field', () => {
      const { broken, path } = withTextInsteadOfKey(example);
      const result = parseSiteDocument(documentWith(broken));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const issue = result.issues.find((candidate) => candidate.path.endsWith(path));
      expect(issue?.message).toContain('i18n key');
      expect(issue?.message).toContain(`(in ${type} "${example.id}")`);
    });

    it('rejects an id that is not a slug', () => {
      const result = sectionSchema.safeParse({ ...example, id: 'Not a slug!' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toContain('slug');
    });

    it('rejects an unknown variant', () => {
      expect(sectionSchema.safeParse({ ...example, variant: 'carousel-3d' }).success).toBe(false);
    });
  });

  it('names the allowed types when the type is unknown', () => {
    const result = parseSiteDocument(documentWith({ id: 'spinner', type: 'carousel' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].message).toContain('unknown section type "carousel"');
    expect(result.issues[0].message).toContain('hero, features');
  });

  it('requires a contactable lead form (email or phone) with unique fields', () => {
    const contact = sectionExamples.contact;
    const onlyName = {
      ...contact,
      form: { submitKey: 'contact.form.submit', fields: [{ name: 'name', labelKey: 'a.b', isRequired: true }] },
    };
    expect(sectionSchema.safeParse(onlyName).success).toBe(false);
    const twice = { ...contact, form: { submitKey: 'contact.form.submit', fields: [contact.form!.fields[0], contact.form!.fields[0]] } };
    const result = sectionSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('only once');
  });
});
