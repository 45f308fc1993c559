import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { questionFieldNames } from '@/modules/document/lead-forms';
import { sectionTypes } from '@/modules/document/section-registry';
import { checkValue, describeSectionFields, fieldName, findLinkPath, type FieldSpec } from './section-fields';

const byName = (specs: FieldSpec[], name: string) => specs.find((spec) => spec.name === name);

describe('describeSectionFields', () => {
  it('derives a form for every section type, without id, type, hidden or variant', () => {
    for (const type of sectionTypes) {
      const specs = describeSectionFields(type);
      expect(specs.length, type).toBeGreaterThan(0);
      for (const name of ['id', 'type', 'hidden', 'variant']) expect(byName(specs, name), `${type}.${name}`).toBeUndefined();
    }
  });

  it('reads texts, long texts, links, images, choices and lists from the menu and hero schemas', () => {
    const menu = describeSectionFields('menu');
    expect(byName(menu, 'titleKey')).toMatchObject({ kind: 'text', isOptional: false, isLong: false });
    expect(byName(menu, 'introKey')).toMatchObject({ kind: 'text', isOptional: true, isLong: true });
    const items = byName(menu, 'items');
    expect(items).toMatchObject({ kind: 'list', min: 1, max: 60 });
    if (items?.kind !== 'list') throw new Error('items is not a list');
    expect(items.item.map((spec) => [spec.name, spec.kind])).toEqual([
      ['nameKey', 'text'],
      ['descriptionKey', 'text'],
      ['priceKey', 'text'],
      ['isSample', 'boolean'],
    ]);
    const hero = describeSectionFields('hero');
    expect(byName(hero, 'primaryCta')).toMatchObject({ kind: 'link', isOptional: true });
    expect(byName(hero, 'image')).toMatchObject({ kind: 'image', isOptional: true });
    const features = describeSectionFields('features');
    const featureItems = byName(features, 'items');
    if (featureItems?.kind !== 'list') throw new Error('features items is not a list');
    expect(byName(featureItems.item, 'icon')).toMatchObject({ kind: 'choice', options: expect.arrayContaining(['leaf', 'star']) });
  });

  it('reads numbers with their bounds, plain values and nested groups', () => {
    expect(byName(describeSectionFields('blog-list'), 'limit')).toMatchObject({ kind: 'number', min: 1, max: 24, isOptional: true });
    const details = byName(describeSectionFields('contact'), 'details');
    if (details?.kind !== 'group') throw new Error('details is not a group');
    expect(byName(details.fields, 'phone')).toMatchObject({ kind: 'value' });
    expect(byName(details.fields, 'map')).toMatchObject({ kind: 'link' });
    const plans = byName(describeSectionFields('pricing'), 'plans');
    if (plans?.kind !== 'list') throw new Error('plans is not a list');
    expect(byName(plans.item, 'featureKeys')).toMatchObject({ kind: 'texts' });
  });
});

describe("a contact form's fields in the editor", () => {
  it("lists the person's own questions among the fields, each with an editable label like the others", () => {
    const form = byName(describeSectionFields('contact'), 'form');
    if (form?.kind !== 'group') throw new Error('form is not a group');
    const fields = byName(form.fields, 'fields');
    expect(fields).toMatchObject({ kind: 'list', min: 1, max: 8 });
    if (fields?.kind !== 'list') throw new Error('fields is not a list');
    expect(byName(fields.item, 'name')).toMatchObject({
      kind: 'choice',
      options: expect.arrayContaining([...questionFieldNames, 'email']),
    });
    expect(byName(fields.item, 'labelKey')).toMatchObject({ kind: 'text' });
  });
});

describe('checkValue', () => {
  const details = byName(describeSectionFields('contact'), 'details');
  const phone = details?.kind === 'group' ? byName(details.fields, 'phone')! : null;

  it('validates a plain value with its own schema as it is typed', () => {
    expect(checkValue(phone!, '+55 11 5555 0101')).toBeNull();
    expect(checkValue(phone!, 'call me')).toMatch(/phone number/);
    expect(checkValue(phone!, undefined)).toBeNull();
  });

  it('validates link targets: http(s), mailto, tel, #anchor and /page pass; scripts do not', () => {
    const link = byName(describeSectionFields('hero'), 'primaryCta')!;
    for (const href of ['https://example.com', 'mailto:a@b.co', 'tel:+5511', '#menu', '/about'])
      expect(checkValue(link, href), href).toBeNull();
    for (const href of ['javascript:alert(1)', 'ftp://x', 'menu page']) expect(checkValue(link, href), href).not.toBeNull();
  });

  it('validates numbers against their bounds', () => {
    const limit = byName(describeSectionFields('blog-list'), 'limit')!;
    expect(checkValue(limit, 6)).toBeNull();
    expect(checkValue(limit, 0)).not.toBeNull();
    expect(checkValue(limit, 2.5)).not.toBeNull();
  });
});

describe('fieldName and findLinkPath', () => {
  it('names fields without their Key suffix', () => {
    expect([fieldName('titleKey'), fieldName('featureKeys'), fieldName('primaryCta')]).toEqual(['title', 'features', 'primaryCta']);
  });

  it('finds the link a label belongs to, nested or in a list', () => {
    const hero = veganBakery.pages[0]!.sections.find((section) => section.type === 'hero')!;
    if (!('primaryCta' in hero) || !hero.primaryCta) throw new Error('fixture hero has no button');
    expect(findLinkPath(hero, hero.primaryCta.labelKey)).toEqual(['primaryCta']);
    expect(
      findLinkPath(
        {
          links: [
            { labelKey: 'a', href: '/' },
            { labelKey: 'b', href: '#x' },
          ],
        },
        'b',
      ),
    ).toEqual(['links', 1]);
    expect(findLinkPath(hero, 'nothing.here')).toBeNull();
  });
});
