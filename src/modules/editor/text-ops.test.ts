import { describe, expect, it } from 'vitest';
import { allSectionsDocument } from '@/modules/document/fixtures/all-sections';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { applyEdit } from './apply-edit';
import type { EditOperation } from './edit-operation';
import { getAt } from './json-path';
import { addTextOp } from './new-content';
import { addListTextOp, moveListTextOp, removeTextOp } from './text-ops';

const page = allSectionsDocument.pages[0]!;
const pricing = page.sections.find((section) => section.type === 'pricing')!;
const features = ['plans', 0, 'featureKeys'];

function apply(document: SiteDocument, op: EditOperation | null) {
  if (!op) throw new Error('no operation');
  const result = applyEdit(document, op);
  if (!result.ok) throw new Error(JSON.stringify(result.refusal));
  // Every one of these is one undo step that gives back exactly what was there.
  const undone = applyEdit(result.document, result.inverse);
  expect(undone.ok && undone.document).toEqual(document);
  return result.document;
}

const sectionOf = (document: SiteDocument) =>
  document.pages[0]!.sections.find((section) => section.id === pricing.id)! as unknown as Record<string, unknown>;

describe("a plan's feature list", () => {
  it('gets a new feature with a placeholder in every language, which can be moved and removed again', () => {
    const added = apply(allSectionsDocument, addListTextOp(allSectionsDocument, page.slug, pricing.id, features, 1));
    const keys = getAt(sectionOf(added), features) as string[];
    expect(keys).toHaveLength(2);
    for (const locale of added.i18n.locales) expect(added.i18n.strings[locale]![keys[1]!]).toBeTypeOf('string');
    const moved = apply(added, moveListTextOp(added, page.slug, pricing.id, features, 1, 0));
    expect(getAt(sectionOf(moved), features)).toEqual([keys[1], keys[0]]);
    const removed = apply(moved, removeTextOp(moved, page.slug, pricing.id, [...features, 1]));
    expect(getAt(sectionOf(removed), features)).toEqual([keys[1]]);
    // The removed feature's text is gone from every language: nothing is left unused.
    for (const locale of removed.i18n.locales) expect(Object.hasOwn(removed.i18n.strings[locale]!, keys[0]!)).toBe(false);
  });

  it('refuses what is not a text list or a place in it', () => {
    expect(addListTextOp(allSectionsDocument, page.slug, pricing.id, ['plans'], 9)).toBeNull();
    expect(moveListTextOp(allSectionsDocument, page.slug, pricing.id, features, 0, 3)).toBeNull();
    expect(removeTextOp(allSectionsDocument, page.slug, 'nope', [...features, 0])).toBeNull();
  });
});

describe('an optional text', () => {
  it('added, can be removed again, and undo brings it back with its text', () => {
    const added = apply(allSectionsDocument, addTextOp(allSectionsDocument, page.slug, pricing.id, ['introKey']));
    const key = sectionOf(added).introKey as string;
    expect(key).toBeTypeOf('string');
    const removed = apply(added, removeTextOp(added, page.slug, pricing.id, ['introKey']));
    expect(sectionOf(removed).introKey).toBeUndefined();
    expect(Object.hasOwn(removed.i18n.strings.en!, key)).toBe(false);
  });

  it('keeps the text when another place still shows it', () => {
    const shared = structuredClone(allSectionsDocument);
    const section = shared.pages[0]!.sections.find((s) => s.id === pricing.id)! as { introKey?: string; titleKey: string };
    section.introKey = section.titleKey;
    const removed = apply(shared, removeTextOp(shared, page.slug, pricing.id, ['introKey']));
    expect(removed.i18n.strings.en![section.titleKey]).toBe(shared.i18n.strings.en![section.titleKey]);
  });
});
