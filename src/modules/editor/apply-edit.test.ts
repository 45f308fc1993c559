import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import type { SectionOf } from '@/modules/document/section-registry';
import { siteDocumentSchema, type SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import { copyWithFreshKeys, freshSectionId } from './copy-with-fresh-keys';
import type { EditOperation } from './edit-operation';
import { editOperationSchema } from './edit-operation';

type MenuSection = SectionOf<'menu'>;

const doc = veganBakery;
const home = (document: SiteDocument) => document.pages.find((page) => page.slug === '')!;
const ids = (document: SiteDocument) => home(document).sections.map((section) => section.id);

/** Applies `op`, checks the result is valid, and that its inverse gives back the original exactly. */
function roundTrip(op: EditOperation): SiteDocument {
  expect(editOperationSchema.safeParse(op).success).toBe(true);
  const result = applyEdit(doc, op);
  if (!result.ok) throw new Error(`refused: ${result.refusal.reason ?? result.refusal.key}`);
  expect(siteDocumentSchema.safeParse(result.document).success).toBe(true);
  expect(result.document).not.toEqual(doc);
  const back = applyEdit(result.document, result.inverse);
  if (!back.ok) throw new Error(`inverse refused: ${back.refusal.reason ?? back.refusal.key}`);
  expect(back.document).toEqual(doc);
  return result.document;
}

describe('applyEdit, each operation and its inverse', () => {
  it('set-text changes one text in one language', () => {
    const next = roundTrip({ op: 'set-text', locale: 'en', key: 'hero.title', value: 'Bread, kindly' });
    expect(next.i18n.strings.en!['hero.title']).toBe('Bread, kindly');
    expect(next.i18n.strings['pt-BR']!['hero.title']).toBe(doc.i18n.strings['pt-BR']!['hero.title']);
  });

  it('set-text adds a missing text, and its inverse removes it', () => {
    const next = roundTrip({ op: 'set-text', locale: 'pt-BR', key: 'brand.new', value: 'Novo' });
    expect(next.i18n.strings['pt-BR']!['brand.new']).toBe('Novo');
  });

  it('set-field changes a variant, adds and removes an optional field', () => {
    expect(
      home(roundTrip({ op: 'set-field', page: '', sectionId: 'hero', path: ['variant'], value: 'centered' })).sections[0]!.variant,
    ).toBe('centered');
    expect(
      home(roundTrip({ op: 'set-field', page: '', sectionId: 'menu', path: ['hidden'], value: true })).sections.find(
        (s) => s.id === 'menu',
      )!.hidden,
    ).toBe(true);
    const noImage = roundTrip({ op: 'set-field', page: '', sectionId: 'hero', path: ['image'] });
    expect('image' in home(noImage).sections[0]!).toBe(false);
    roundTrip({ op: 'set-field', page: '', sectionId: 'hero', path: ['primaryCta', 'href'], value: '/blog' });
  });

  it('move-section moves by id', () => {
    const next = roundTrip({ op: 'move-section', page: '', sectionId: 'hero', toIndex: 2 });
    expect(ids(next).indexOf('hero')).toBe(2);
  });

  it('insert-section (a duplicate with its own texts) and remove-section', () => {
    const menu = home(doc).sections.find((section) => section.id === 'menu') as MenuSection;
    const copy = copyWithFreshKeys(doc, { ...menu, id: freshSectionId(ids(doc), menu.id) });
    const next = roundTrip({ op: 'insert-section', page: '', index: 3, section: copy.value, strings: copy.strings });
    const inserted = home(next).sections[3]! as typeof menu;
    expect(inserted.id).toBe('menu-2');
    expect(inserted.titleKey).not.toBe(menu.titleKey);
    expect(next.i18n.strings.en![inserted.titleKey]).toBe(doc.i18n.strings.en![menu.titleKey]);
    const removed = roundTrip({ op: 'remove-section', page: '', sectionId: 'menu' });
    expect(ids(removed)).not.toContain('menu');
  });

  it('insert-item, remove-item and move-item on a list', () => {
    const menu = home(doc).sections.find((section) => section.id === 'menu')! as Extract<
      SiteDocument['pages'][0]['sections'][0],
      { type: 'menu' }
    >;
    const copy = copyWithFreshKeys(doc, menu.items[0]);
    const next = roundTrip({
      op: 'insert-item',
      page: '',
      sectionId: 'menu',
      path: ['items'],
      index: 1,
      item: copy.value,
      strings: copy.strings,
    });
    expect((home(next).sections.find((s) => s.id === 'menu') as typeof menu).items).toHaveLength(menu.items.length + 1);
    roundTrip({ op: 'remove-item', page: '', sectionId: 'menu', path: ['items'], index: 0 });
    const moved = roundTrip({ op: 'move-item', page: '', sectionId: 'menu', path: ['items'], from: 0, to: 2 });
    expect((home(moved).sections.find((s) => s.id === 'menu') as typeof menu).items[2]).toEqual(menu.items[0]);
  });

  it('set-theme replaces the theme', () => {
    roundTrip({ op: 'set-theme', theme: { ...doc.theme, radius: 'none', palette: { ...doc.theme.palette, preset: 'custom' } } });
  });

  it('a batch is one step with one inverse', () => {
    roundTrip({
      op: 'batch',
      ops: [
        { op: 'set-text', locale: 'en', key: 'hero.title', value: 'One' },
        { op: 'move-section', page: '', sectionId: 'hero', toIndex: 1 },
        { op: 'set-text', locale: 'en', key: 'hero.title', value: 'Two' },
      ],
    });
  });
});

describe('applyEdit refuses bad operations and changes nothing', () => {
  const refusals: [string, EditOperation, string][] = [
    [
      'an unknown section',
      { op: 'set-field', page: '', sectionId: 'nope', path: ['variant'], value: 'split' },
      'errors.editor.targetMissing',
    ],
    ['an unknown page', { op: 'move-section', page: 'nope', sectionId: 'hero', toIndex: 0 }, 'errors.editor.targetMissing'],
    [
      'a variant the section does not have',
      { op: 'set-field', page: '', sectionId: 'hero', path: ['variant'], value: 'zigzag' },
      'errors.editor.invalidEdit',
    ],
    [
      'an unsafe link',
      { op: 'set-field', page: '', sectionId: 'hero', path: ['primaryCta', 'href'], value: 'javascript:alert(1)' },
      'errors.editor.invalidEdit',
    ],
    [
      'a field the schema does not know',
      { op: 'set-field', page: '', sectionId: 'hero', path: ['onclick'], value: 'x' },
      'errors.editor.invalidEdit',
    ],
    [
      're-pointing a text key',
      { op: 'set-field', page: '', sectionId: 'hero', path: ['titleKey'], value: 'seo.title' },
      'errors.editor.protectedField',
    ],
    ['changing a section id', { op: 'set-field', page: '', sectionId: 'hero', path: ['id'], value: 'top' }, 'errors.editor.protectedField'],
    ['removing a required field', { op: 'set-field', page: '', sectionId: 'hero', path: ['titleKey'] }, 'errors.editor.protectedField'],
    ['a text that is too long', { op: 'set-text', locale: 'en', key: 'hero.title', value: 'x'.repeat(5001) }, 'errors.editor.invalidEdit'],
    [
      'a text in a language the site does not have',
      { op: 'set-text', locale: 'fr', key: 'hero.title', value: 'Pain' },
      'errors.editor.invalidEdit',
    ],
    [
      'a section id used twice',
      { op: 'insert-section', page: '', index: 0, section: { id: 'hero', type: 'cta', titleKey: 'hero.title' }, strings: {} },
      'errors.editor.invalidEdit',
    ],
    [
      'a text key that already exists',
      {
        op: 'insert-section',
        page: '',
        index: 0,
        section: { id: 'x', type: 'cta', titleKey: 'hero.title' },
        strings: { en: { 'hero.title': 'Hi' } },
      },
      'errors.editor.invalidEdit',
    ],
    ['a move past the end', { op: 'move-section', page: '', sectionId: 'hero', toIndex: 99 }, 'errors.editor.targetMissing'],
    [
      'removing the last menu item',
      {
        op: 'batch',
        ops: Array.from(
          { length: 30 },
          () => ({ op: 'remove-item', page: '', sectionId: 'menu', path: ['items'], index: 0 }) as EditOperation,
        ),
      },
      'errors.editor.targetMissing',
    ],
  ];
  it.each(refusals)('%s', (_name, op, key) => {
    const before = structuredClone(doc);
    const result = applyEdit(doc, op);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.key).toBe(key);
    expect(doc).toEqual(before);
  });

  it('an empty list that the schema requires to have items is refused', () => {
    const menu = home(doc).sections.find((section) => section.id === 'menu') as { items: unknown[] };
    const ops: EditOperation[] = menu.items.map(() => ({ op: 'remove-item', page: '', sectionId: 'menu', path: ['items'], index: 0 }));
    const result = applyEdit(doc, { op: 'batch', ops });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.key).toBe('errors.editor.invalidEdit');
  });
});
