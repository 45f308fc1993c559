import { findKeysIn } from '@/modules/document/find-keys-in';
import { i18nKeySchema } from '@/modules/document/primitives';
import { formatIssues } from '@/modules/document/format-issues';
import { siteDocumentSchema, type SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation, EditRefusal } from './edit-operation';
import { getAt, isSameJson, setAt, type JsonPath } from './json-path';

export type EditResult = { ok: true; document: SiteDocument; inverse: EditOperation } | { ok: false; refusal: EditRefusal };

/** The schema's limit for one text (i18nSchema). */
const MAX_TEXT_LENGTH = 5000;

type Strings = Record<string, Record<string, string>>;
type DraftPage = { slug: string; sections: Record<string, unknown>[] } & Record<string, unknown>;
type Draft = { pages: DraftPage[]; theme: unknown; i18n: { strings: Strings }; site: unknown; seo: unknown };

class Refused extends Error {
  constructor(readonly refusal: EditRefusal) {
    super(refusal.key);
  }
}

const missing = (reason: string) => new Refused({ code: 'NOT_FOUND', key: 'errors.editor.targetMissing', reason });
const invalid = (reason: string) => new Refused({ code: 'VALIDATION', key: 'errors.editor.invalidEdit', reason });

// Which text a field shows is the editor's business (it makes fresh keys for new items); an
// edit that re-points a `…Key` field, or changes a section's id or type, is refused.
function isProtectedPath(path: JsonPath): boolean {
  const first = path[0];
  if (path.length === 1 && (first === 'id' || first === 'type')) return true;
  return path.some((segment) => typeof segment === 'string' && /Keys?$/.test(segment));
}

function pageOf(draft: Draft, slug: string): DraftPage {
  const page = draft.pages.find((candidate) => candidate.slug === slug);
  if (!page) throw missing(`no page "${slug}"`);
  return page;
}

function sectionsOf(draft: Draft, slug: string) {
  return pageOf(draft, slug).sections;
}

// Pages and the site's settings: a `…Key` field may be added (absent before, a fresh key) or
// removed, never re-pointed from one text to another — so undo and merging stay exact. The
// sections of a page are edited by the section operations only.
function setMetaField(root: unknown, path: JsonPath, value: unknown, where: string): unknown {
  if (path[0] === 'sections') throw new Refused({ code: 'VALIDATION', key: 'errors.editor.protectedField' });
  const previous = getAt(root, path);
  if (previous !== undefined && value !== undefined) {
    const kept = new Set(findKeysIn(value));
    const isRepointed = isProtectedPath(path) ? !isSameJson(previous, value) : findKeysIn(previous).some((key) => !kept.has(key));
    if (isRepointed) throw new Refused({ code: 'VALIDATION', key: 'errors.editor.protectedField' });
  }
  if (!setAt(root, path, structuredClone(value))) throw missing(`no field ${where}${path.join('.')}`);
  return previous;
}

function sectionIndex(sections: Record<string, unknown>[], id: string): number {
  const index = sections.findIndex((section) => section.id === id);
  if (index < 0) throw missing(`no section "${id}"`);
  return index;
}

function listAt(section: unknown, path: JsonPath): unknown[] {
  if (isProtectedPath(path)) throw new Refused({ code: 'VALIDATION', key: 'errors.editor.protectedField' });
  const list = getAt(section, path);
  if (!Array.isArray(list)) throw missing(`no list at ${path.join('.')}`);
  return list;
}

/** Adds texts for new keys; a key that already has a text is refused so the inverse stays exact. */
function addStrings(draft: Draft, strings: Strings): string[] {
  const added = new Set<string>();
  for (const [locale, table] of Object.entries(strings)) {
    const target = (draft.i18n.strings[locale] ??= {});
    for (const [key, value] of Object.entries(table)) {
      if (!i18nKeySchema.safeParse(key).success) throw invalid(`"${key}" is not a text key`);
      if (Object.hasOwn(target, key)) throw invalid(`the text key "${key}" is already in use`);
      target[key] = value;
      added.add(key);
    }
  }
  return [...added];
}

/** Removes texts of `keys` from every locale and returns them (for the inverse). */
function dropStrings(draft: Draft, keys: readonly string[]): Strings {
  const dropped: Strings = {};
  for (const [locale, table] of Object.entries(draft.i18n.strings)) {
    for (const key of keys) {
      if (!Object.hasOwn(table, key)) continue;
      (dropped[locale] ??= {})[key] = table[key]!;
      delete table[key];
    }
  }
  return dropped;
}

/** Keys of `value` that nothing else in the document refers to once `value` is gone. */
function keysOnlyIn(draft: Draft, value: unknown): string[] {
  const own = new Set(findKeysIn(value));
  const elsewhere = new Set(findKeysIn({ ...draft, i18n: undefined }));
  return [...own].filter((key) => !elsewhere.has(key));
}

function move<T>(list: T[], from: number, to: number) {
  if (from >= list.length || to >= list.length) throw missing(`position ${Math.max(from, to)} is past the end`);
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

/** Applies one operation to the private clone and returns its inverse. */
function applyTo(draft: Draft, op: EditOperation): EditOperation {
  switch (op.op) {
    case 'set-text': {
      const table = draft.i18n.strings[op.locale];
      const previous = table && Object.hasOwn(table, op.key) ? table[op.key]! : null;
      if (op.value === null) {
        if (table) delete table[op.key];
      } else {
        if (!i18nKeySchema.safeParse(op.key).success) throw invalid(`"${op.key}" is not a text key`);
        (draft.i18n.strings[op.locale] ??= {})[op.key] = op.value;
      }
      return { op: 'set-text', locale: op.locale, key: op.key, value: previous };
    }
    case 'set-field': {
      if (isProtectedPath(op.path)) throw new Refused({ code: 'VALIDATION', key: 'errors.editor.protectedField' });
      const sections = sectionsOf(draft, op.page);
      const section = sections[sectionIndex(sections, op.sectionId)];
      const previous = getAt(section, op.path);
      if (!setAt(section, op.path, structuredClone(op.value))) throw missing(`no field ${op.path.join('.')}`);
      return previous === undefined
        ? { op: 'set-field', page: op.page, sectionId: op.sectionId, path: op.path }
        : { op: 'set-field', page: op.page, sectionId: op.sectionId, path: op.path, value: previous };
    }
    case 'move-section': {
      const sections = sectionsOf(draft, op.page);
      const from = sectionIndex(sections, op.sectionId);
      move(sections, from, op.toIndex);
      return { op: 'move-section', page: op.page, sectionId: op.sectionId, toIndex: from };
    }
    case 'insert-section': {
      const sections = sectionsOf(draft, op.page);
      if (op.index > sections.length) throw missing(`position ${op.index} is past the end`);
      const added = addStrings(draft, op.strings);
      sections.splice(op.index, 0, structuredClone(op.section));
      const id = typeof op.section.id === 'string' ? op.section.id : '';
      return { op: 'remove-section', page: op.page, sectionId: id, dropStrings: added };
    }
    case 'remove-section': {
      const sections = sectionsOf(draft, op.page);
      const index = sectionIndex(sections, op.sectionId);
      const [section] = sections.splice(index, 1);
      const strings = dropStrings(
        draft,
        (op.dropStrings ?? []).filter((key) => keysOnlyIn(draft, section).includes(key)),
      );
      return { op: 'insert-section', page: op.page, index, section: section!, strings };
    }
    case 'insert-item': {
      const sections = sectionsOf(draft, op.page);
      const list = listAt(sections[sectionIndex(sections, op.sectionId)], op.path);
      if (op.index > list.length) throw missing(`position ${op.index} is past the end`);
      const added = addStrings(draft, op.strings);
      list.splice(op.index, 0, structuredClone(op.item));
      return { op: 'remove-item', page: op.page, sectionId: op.sectionId, path: op.path, index: op.index, dropStrings: added };
    }
    case 'remove-item': {
      const sections = sectionsOf(draft, op.page);
      const list = listAt(sections[sectionIndex(sections, op.sectionId)], op.path);
      if (op.index >= list.length) throw missing(`no item ${op.index}`);
      const [item] = list.splice(op.index, 1);
      const strings = dropStrings(
        draft,
        (op.dropStrings ?? []).filter((key) => keysOnlyIn(draft, item).includes(key)),
      );
      return { op: 'insert-item', page: op.page, sectionId: op.sectionId, path: op.path, index: op.index, item, strings };
    }
    case 'move-item': {
      const sections = sectionsOf(draft, op.page);
      move(listAt(sections[sectionIndex(sections, op.sectionId)], op.path), op.from, op.to);
      return { op: 'move-item', page: op.page, sectionId: op.sectionId, path: op.path, from: op.to, to: op.from };
    }
    case 'set-theme': {
      const previous = draft.theme as Extract<EditOperation, { op: 'set-theme' }>['theme'];
      draft.theme = structuredClone(op.theme);
      return { op: 'set-theme', theme: previous };
    }
    case 'insert-page': {
      if (op.index > draft.pages.length) throw missing(`position ${op.index} is past the end`);
      const slug = typeof op.page.slug === 'string' ? op.page.slug : '';
      if (draft.pages.some((page) => page.slug === slug)) throw invalid(`the address "/${slug}" is used by another page`);
      const added = addStrings(draft, op.strings);
      draft.pages.splice(op.index, 0, structuredClone(op.page) as DraftPage);
      return { op: 'remove-page', page: slug, dropStrings: added };
    }
    case 'remove-page': {
      const index = draft.pages.indexOf(pageOf(draft, op.page));
      const [page] = draft.pages.splice(index, 1);
      const strings = dropStrings(
        draft,
        (op.dropStrings ?? []).filter((key) => keysOnlyIn(draft, page).includes(key)),
      );
      return { op: 'insert-page', index, page: page!, strings };
    }
    case 'set-page-field': {
      const page = pageOf(draft, op.page);
      const previous = setMetaField(page, op.path, op.value, `/${op.page} `);
      // A renamed page is found under its new address from now on, and so is its inverse.
      const slug = op.path.length === 1 && op.path[0] === 'slug' && typeof op.value === 'string' ? op.value : op.page;
      return previous === undefined
        ? { op: 'set-page-field', page: slug, path: op.path }
        : { op: 'set-page-field', page: slug, path: op.path, value: previous };
    }
    case 'set-site-field': {
      if (op.path[0] !== 'site' && op.path[0] !== 'seo' && op.path[0] !== 'navigation')
        throw new Refused({ code: 'VALIDATION', key: 'errors.editor.protectedField' });
      const previous = setMetaField(draft, op.path, op.value, '');
      return previous === undefined ? { op: 'set-site-field', path: op.path } : { op: 'set-site-field', path: op.path, value: previous };
    }
    case 'replace-document': {
      // The draft is this function's private clone: swap its contents, keep the object.
      const previous = structuredClone(draft) as unknown as Record<string, unknown>;
      for (const key of Object.keys(draft)) delete (draft as unknown as Record<string, unknown>)[key];
      Object.assign(draft, structuredClone(op.document));
      return { op: 'replace-document', document: previous };
    }
    case 'batch': {
      const inverses = op.ops.map((inner) => applyTo(draft, inner));
      return { op: 'batch', ops: inverses.reverse() };
    }
  }
}

function invalidRefusal(reason: string | undefined): EditRefusal {
  return reason
    ? { code: 'VALIDATION', key: 'errors.editor.invalidEdit', reason }
    : { code: 'VALIDATION', key: 'errors.editor.invalidEditNoReason' };
}

/**
 * A keystroke's edit without copying and re-parsing the whole document (the canvas's hot path):
 * a text of a site language set to a valid string, or removed. Of everything the schema checks,
 * only the key, the length and "a site language" can change with it, so those are checked here
 * on a valid document; the new document shares every other part with the old one. Anything
 * else (or a refusal, which needs the schema's own reason) returns null for the full path.
 */
function setTextQuickly(document: SiteDocument, op: Extract<EditOperation, { op: 'set-text' }>): EditResult | null {
  const { strings, locales } = document.i18n;
  if (!locales.includes(op.locale) || !i18nKeySchema.safeParse(op.key).success) return null;
  if (op.value !== null && op.value.length > MAX_TEXT_LENGTH) return null;
  const table = strings[op.locale] ?? {};
  const previous = Object.hasOwn(table, op.key) ? table[op.key]! : null;
  const inverse: EditOperation = { op: 'set-text', locale: op.locale, key: op.key, value: previous };
  if (op.value === previous) return { ok: true, document, inverse };
  const next = { ...table };
  if (op.value === null) delete next[op.key];
  else next[op.key] = op.value;
  return {
    ok: true,
    document: { ...document, i18n: { ...document.i18n, strings: { ...strings, [op.locale]: next } } },
    inverse,
  };
}

/**
 * Applies an edit through the site-document schema: the result is a valid document and the
 * operation that undoes it, or a refusal (coded, with a reason) and the document untouched.
 * Pure: the input document (a valid one, as its type says) is never changed, so history can keep
 * every state it has seen.
 */
export function applyEdit(document: SiteDocument, op: EditOperation): EditResult {
  return (op.op === 'set-text' ? setTextQuickly(document, op) : null) ?? applyEditInFull(document, op);
}

/** applyEdit without the keystroke shortcut: clone, apply, parse the whole document. Exported for the test that compares both. */
export function applyEditInFull(document: SiteDocument, op: EditOperation): EditResult {
  const draft = structuredClone(document) as unknown as Draft;
  let inverse: EditOperation;
  try {
    inverse = applyTo(draft, op);
  } catch (err) {
    if (err instanceof Refused) return { ok: false, refusal: err.refusal };
    throw err;
  }
  const parsed = siteDocumentSchema.safeParse(draft);
  if (!parsed.success)
    return {
      ok: false,
      refusal: invalidRefusal(formatIssues(parsed.error, draft)[0]?.message),
    };
  // Parsing drops fields the schema does not know; an edit that only added such a field would
  // otherwise "succeed" while changing nothing the site shows.
  if (!isSameJson(parsed.data, draft))
    return { ok: false, refusal: { code: 'VALIDATION', key: 'errors.editor.invalidEdit', reason: 'unknown field' } };
  return { ok: true, document: parsed.data, inverse };
}
