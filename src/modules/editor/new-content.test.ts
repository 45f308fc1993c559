import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { sectionTypes } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import type { EditOperation } from './edit-operation';
import { addTextOp, blankSectionOp, imageOp, newLinkOp, newListItemOp } from './new-content';

const doc = veganBakery;
const home = (document: SiteDocument) => document.pages.find((page) => page.slug === '')!;

function applyAndUndo(op: EditOperation | null, from: SiteDocument = doc): SiteDocument {
  if (!op) throw new Error('no operation');
  const result = applyEdit(from, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason ?? result.refusal.key}`);
  const back = applyEdit(result.document, result.inverse);
  if (!back.ok) throw new Error('inverse refused');
  expect(back.document).toEqual(from);
  return result.document;
}

describe('blankSectionOp', () => {
  it.each(sectionTypes.filter((type) => type !== 'footer'))('adds a valid blank %s section with a text in every language', (type) => {
    const next = applyAndUndo(blankSectionOp(doc, '', type, 1));
    const added = home(next).sections[1]!;
    expect(added.type).toBe(type);
    expect(home(doc).sections.map((section) => section.id)).not.toContain(added.id);
    const keys = JSON.stringify(added).match(/"[a-zA-Z]+Key":"[^"]+"/g) ?? [];
    for (const locale of next.i18n.locales) {
      for (const match of keys) {
        const key = match.split('":"')[1]!.slice(0, -1);
        expect(next.i18n.strings[locale]?.[key], `${locale} ${key}`).toBeTruthy();
      }
    }
  });

  it('gives a second section of a type a fresh id and fresh keys', () => {
    const op = blankSectionOp(doc, '', 'menu', 0)!;
    expect(op.op === 'insert-section' && op.section.id).toBe('menu-2');
    const next = applyAndUndo(op);
    expect(next.i18n.strings.en!['menu.title']).toBe(doc.i18n.strings.en!['menu.title']);
    expect(next.i18n.strings.en!['menu-2.title']).toBe('Title');
  });
});

describe('newListItemOp', () => {
  it('appends an item shaped like the last one, with placeholders under fresh keys', () => {
    const sampled = structuredClone(doc);
    const menu = home(sampled).sections.find((section) => section.type === 'menu')!;
    const before = (menu as { items: { isSample?: boolean }[] }).items.length;
    (menu as { items: { isSample?: boolean }[] }).items.at(-1)!.isSample = true;
    const next = applyAndUndo(newListItemOp(sampled, '', menu.id, ['items']), sampled);
    const items = (home(next).sections.find((section) => section.id === menu.id) as { items: Record<string, unknown>[] }).items;
    expect(items).toHaveLength(before + 1);
    const added = items.at(-1)!;
    expect(added.isSample).toBeUndefined();
    expect(next.i18n.strings.en![added.nameKey as string]).toBe('Name');
    expect(next.i18n.strings['pt-BR']![added.priceKey as string]).toBe('Price');
    expect(Object.values(items.at(-2)!)).not.toContain(added.nameKey);
  });

  it('has nothing to add to an empty or missing list', () => {
    expect(newListItemOp(doc, '', 'hero', ['items'])).toBeNull();
  });
});

describe('newLinkOp', () => {
  it('adds a button that was not there, and undo removes it and its label', () => {
    const without = structuredClone(doc);
    const hero = home(without).sections.find((section) => section.type === 'hero')!;
    if ('secondaryCta' in hero) delete hero.secondaryCta;
    const next = applyAndUndo(newLinkOp(without, '', hero.id, ['secondaryCta']), without);
    const link = (home(next).sections.find((section) => section.id === hero.id) as { secondaryCta: { labelKey: string; href: string } })
      .secondaryCta;
    expect(link.href).toBe('#');
    expect(next.i18n.strings.en![link.labelKey]).toBe('Label');
  });
});

describe('imageOp', () => {
  const picked = { fileId: '0b6f1c2e-4a51-4c8e-9f7a-2d3e4f5a6b7c', width: 1600, height: 900, alt: 'Sourdough on the counter' };

  it('replaces a photo keeping its alt key, with the alt text in the language being edited', () => {
    const about = home(doc).sections.find((section) => 'image' in section && section.image)!;
    const before = (about as { image: { altKey: string } }).image.altKey;
    const next = applyAndUndo(imageOp(doc, { pageSlug: '', sectionId: about.id, path: ['image'], locale: 'en' }, picked));
    const image = (home(next).sections.find((section) => section.id === about.id) as { image: Record<string, unknown> }).image;
    expect(image).toEqual({ src: `file:${picked.fileId}`, altKey: before, width: 1600, height: 900 });
    expect(next.i18n.strings.en![before]).toBe(picked.alt);
  });

  it('fills an empty slot with a fresh alt key holding the alt in every language', () => {
    const without = structuredClone(doc);
    const hero = home(without).sections.find((section) => section.type === 'hero')!;
    if ('image' in hero) delete hero.image;
    const next = applyAndUndo(imageOp(without, { pageSlug: '', sectionId: hero.id, path: ['image'], locale: 'en' }, picked), without);
    const image = (home(next).sections.find((section) => section.id === hero.id) as { image: { altKey: string } }).image;
    for (const locale of next.i18n.locales) expect(next.i18n.strings[locale]![image.altKey]).toBe(picked.alt);
  });
});

describe('addTextOp', () => {
  it('gives a menu item a price it did not have, with a placeholder in every language, undone in one step', () => {
    const without = structuredClone(doc);
    const menu = home(without).sections.find((section) => section.type === 'menu') as { id: string; items: { priceKey?: string }[] };
    delete menu.items[0]!.priceKey;
    const next = applyAndUndo(addTextOp(without, '', menu.id, ['items', 0, 'priceKey']), without);
    const item = (home(next).sections.find((section) => section.id === menu.id) as typeof menu).items[0]!;
    expect(item.priceKey).toMatch(/^menu\.items\.0\.price/);
    for (const locale of next.i18n.locales) expect(next.i18n.strings[locale]![item.priceKey!]).toBe('Price');
    expect(home(next).sections.map((section) => section.id)).toEqual(home(without).sections.map((section) => section.id));
  });

  it('never re-points a text that is already there', () => {
    const menu = home(doc).sections.find((section) => section.type === 'menu')!;
    expect(addTextOp(doc, '', menu.id, ['titleKey'])).toBeNull();
  });
});
