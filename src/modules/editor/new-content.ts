import { z } from 'zod';
import { arrayBounds } from '@/modules/document/array-bounds';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { placeholderFor } from '@/modules/document/placeholder-for';
import { i18nKeySchema, imageSchema, linkSchema, type ImageCredit } from '@/modules/document/primitives';
import { sectionRegistry, type SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { copyWithFreshKeys, freshSectionId } from './copy-with-fresh-keys';
import type { EditOperation } from './edit-operation';
import { getAt } from './json-path';

// New content the editor adds without the AI: a blank section of a chosen type, a new list item,
// a button. Each comes as one operation (so it is one undo step) carrying its texts: a readable
// placeholder ("Title", "Price") in every language of the site, to be typed over.

type Strings = Record<string, Record<string, string>>;

function usedKeys(document: SiteDocument): Set<string> {
  const used = new Set(findKeysIn(document));
  for (const table of Object.values(document.i18n.strings)) for (const key of Object.keys(table)) used.add(key);
  return used;
}

/** Hands out unused keys under a prefix and records a placeholder text for each, per locale. */
export function keyMaker(document: SiteDocument) {
  const used = usedKeys(document);
  const strings: Strings = {};
  const make = (wanted: string, text = placeholderFor(wanted)) => {
    let key = wanted.slice(0, 110);
    for (let n = 2; used.has(key); n++) key = `${wanted.slice(0, 100)}-${n}`;
    used.add(key);
    for (const locale of document.i18n.locales) (strings[locale] ??= {})[key] = text;
    return key;
  };
  return { make, strings };
}

/** The smallest valid value of `schema`: required fields only, lists at their minimum length. */
function blankValue(
  schema: z.core.$ZodType,
  path: string,
  make: (key: string) => string,
  sectionId: string,
  images: { n: number },
): unknown {
  if (schema instanceof z.ZodOptional) return undefined;
  if (schema === i18nKeySchema) return make(path);
  if (schema === linkSchema) return { labelKey: make(`${path}.label`), href: '#' };
  if (schema === imageSchema) {
    images.n += 1;
    return { src: `/stock/${sectionId}-${images.n}.svg`, altKey: make(`${path}.alt`), width: 1200, height: 800 };
  }
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodNumber) return schema.minValue ?? 0;
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodArray) {
    const { min = 0 } = arrayBounds(schema);
    return Array.from({ length: min }, (_, index) => blankValue(schema.element, `${path}.${index}`, make, sectionId, images));
  }
  if (schema instanceof z.ZodObject) {
    const value: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(schema.shape)) {
      const child = blankValue(field, `${path}.${name.replace(/Keys?$/, '')}`, make, sectionId, images);
      if (child !== undefined) value[name] = child;
    }
    return value;
  }
  return '';
}

/** A blank section of `type` at `index` of the page: a fresh id, placeholder texts, stock art. */
export function blankSectionOp(document: SiteDocument, pageSlug: string, type: SectionType, index: number): EditOperation | null {
  const page = document.pages.find((candidate) => candidate.slug === pageSlug);
  if (!page) return null;
  const taken = page.sections.map((section) => section.id);
  const id = taken.includes(type) ? freshSectionId(taken, type) : type;
  const { make, strings } = keyMaker(document);
  const schema: z.ZodObject = sectionRegistry[type].schema;
  const fields = schema.omit({ id: true, type: true, variant: true, hidden: true });
  const value = blankValue(fields, id, make, id, { n: 0 }) as Record<string, unknown>;
  return { op: 'insert-section', page: pageSlug, index, section: { id, type, ...value }, strings };
}

/**
 * A new item at the end of a list: the same shape as the list's last item (so a menu item has a
 * price field when the others do), with fresh keys holding placeholders instead of the copied texts.
 */
export function newListItemOp(
  document: SiteDocument,
  pageSlug: string,
  sectionId: string,
  path: (string | number)[],
): EditOperation | null {
  const section = document.pages.find((page) => page.slug === pageSlug)?.sections.find((candidate) => candidate.id === sectionId);
  const list = getAt(section, path);
  if (!Array.isArray(list) || list.length === 0) return null;
  const last: unknown = list[list.length - 1];
  const { value, strings: copied } = copyWithFreshKeys(document, last);
  const originals = findKeysIn(last);
  const fresh = findKeysIn(value);
  const strings: Strings = {};
  for (const locale of document.i18n.locales) {
    for (const [index, key] of fresh.entries()) {
      if (copied[locale]?.[key] === undefined) continue;
      (strings[locale] ??= {})[key] = placeholderFor(originals[index] ?? key);
    }
  }
  // A new item is the person's own content, never an example to flag.
  const item = value !== null && typeof value === 'object' && 'isSample' in value ? { ...value, isSample: undefined } : value;
  return {
    op: 'insert-item',
    page: pageSlug,
    sectionId,
    path,
    index: list.length,
    item: JSON.parse(JSON.stringify(item)) as unknown,
    strings,
  };
}

/** Adds an optional button or link that is not there yet (`#` until the person sets a target). */
export function newLinkOp(document: SiteDocument, pageSlug: string, sectionId: string, path: (string | number)[]): EditOperation {
  const { make, strings } = keyMaker(document);
  const labelKey = make(`${sectionId}.${path.join('.')}.label`, placeholderFor('label'));
  const ops: EditOperation[] = Object.entries(strings).flatMap(([locale, table]) =>
    Object.entries(table).map(([key, value]) => ({ op: 'set-text' as const, locale, key, value })),
  );
  return { op: 'batch', ops: [...ops, { op: 'set-field', page: pageSlug, sectionId, path, value: { labelKey, href: '#' } }] };
}

/**
 * Puts one of the person's photos (`file:<id>`) at `path`, with its alt text in `locale`. A slot
 * that had a picture keeps its alt key (the text changes); an empty one gets a fresh key whose
 * text is the alt in every language until translated.
 */
export function imageOp(
  document: SiteDocument,
  target: { pageSlug: string; sectionId: string; path: (string | number)[]; locale: string },
  picked: { fileId: string; width: number; height: number; alt: string; credit?: ImageCredit },
): EditOperation {
  const section = document.pages
    .find((page) => page.slug === target.pageSlug)
    ?.sections.find((candidate) => candidate.id === target.sectionId);
  const current = getAt(section, target.path) as { altKey?: unknown } | undefined;
  const src = `file:${picked.fileId}`;
  const size = { width: Math.min(8000, Math.max(1, picked.width)), height: Math.min(8000, Math.max(1, picked.height)) };
  const field = (altKey: string): EditOperation => ({
    op: 'set-field',
    page: target.pageSlug,
    sectionId: target.sectionId,
    path: target.path,
    // A stock photo's credit goes with it; any other picture replaces the old one's credit with none.
    value: { src, altKey, ...size, ...(picked.credit ? { credit: picked.credit } : {}) },
  });
  if (typeof current?.altKey === 'string') {
    return { op: 'batch', ops: [{ op: 'set-text', locale: target.locale, key: current.altKey, value: picked.alt }, field(current.altKey)] };
  }
  const { make, strings } = keyMaker(document);
  const altKey = make(`${target.sectionId}.${target.path.join('.')}.alt`, picked.alt);
  const texts: EditOperation[] = Object.entries(strings).flatMap(([locale, table]) =>
    Object.entries(table).map(([key, value]) => ({ op: 'set-text' as const, locale, key, value })),
  );
  return { op: 'batch', ops: [...texts, field(altKey)] };
}

/**
 * Adds an optional text that is not there yet (a menu item's price, a section's introduction),
 * holding a placeholder in every language. Re-pointing a `…Key` field is refused by
 * apply-edit.ts (only the editor hands out keys), so the section is put back whole with the new
 * key: one step, one exact inverse, and the fresh key can never alias another text.
 */
export function addTextOp(document: SiteDocument, pageSlug: string, sectionId: string, path: (string | number)[]): EditOperation | null {
  const sections = document.pages.find((page) => page.slug === pageSlug)?.sections ?? [];
  const index = sections.findIndex((section) => section.id === sectionId);
  const last = path.at(-1);
  if (index < 0 || typeof last !== 'string' || getAt(sections[index], path) !== undefined) return null;
  const copy = structuredClone(sections[index]!) as Record<string, unknown>;
  const parent = getAt(copy, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return null;
  const { make, strings } = keyMaker(document);
  const wanted = [sectionId, ...path.slice(0, -1), last.replace(/Key$/, '')].join('.');
  (parent as Record<string, unknown>)[last] = make(wanted);
  return {
    op: 'batch',
    ops: [
      { op: 'remove-section', page: pageSlug, sectionId },
      { op: 'insert-section', page: pageSlug, index, section: copy, strings },
    ],
  };
}
