import { findKeysIn } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation } from './edit-operation';
import { getAt } from './json-path';
import { keyMaker } from './new-content';

type Path = (string | number)[];

// Texts a section points at through `…Key` fields and `…Keys` lists (an optional introduction,
// a plan's features). apply-edit.ts refuses re-pointing those fields directly (only the editor
// hands out keys), so each of these puts the section back whole, changed: one undo step with an
// exact inverse, like addTextOp.

function sectionAt(document: SiteDocument, pageSlug: string, sectionId: string) {
  const sections = document.pages.find((page) => page.slug === pageSlug)?.sections ?? [];
  const index = sections.findIndex((section) => section.id === sectionId);
  return index < 0 ? null : { index, copy: structuredClone(sections[index]!) as Record<string, unknown> };
}

function rewrite(
  pageSlug: string,
  sectionId: string,
  index: number,
  copy: Record<string, unknown>,
  strings: Record<string, Record<string, string>>,
) {
  return [
    { op: 'remove-section', page: pageSlug, sectionId },
    { op: 'insert-section', page: pageSlug, index, section: copy, strings },
  ] satisfies EditOperation[];
}

/** Whether `key` is shown anywhere else than once, at the place being removed. */
function isUsedElsewhere(document: SiteDocument, key: string): boolean {
  return findKeysIn({ ...document, i18n: undefined }).filter((candidate) => candidate === key).length > 1;
}

/**
 * Removes an optional text (`…Key` field) or one entry of a text list (`…Keys`, e.g. a plan's
 * features): the section without it, and its text in every language unless shown elsewhere.
 */
export function removeTextOp(document: SiteDocument, pageSlug: string, sectionId: string, path: Path): EditOperation | null {
  const found = sectionAt(document, pageSlug, sectionId);
  const last = path.at(-1);
  if (!found || last === undefined) return null;
  const key = getAt(found.copy, path);
  const parent = getAt(found.copy, path.slice(0, -1));
  if (typeof key !== 'string' || parent === null || typeof parent !== 'object') return null;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (!Array.isArray(parent) && typeof last === 'string') delete (parent as Record<string, unknown>)[last];
  else return null;
  const dropTexts: EditOperation[] = isUsedElsewhere(document, key)
    ? []
    : Object.entries(document.i18n.strings)
        .filter(([, table]) => Object.hasOwn(table, key))
        .map(([locale]) => ({ op: 'set-text', locale, key, value: null }));
  return { op: 'batch', ops: [...rewrite(pageSlug, sectionId, found.index, found.copy, {}), ...dropTexts] };
}

/** Adds an entry to a text list (`…Keys`) at `index`, with a fresh key and a placeholder in every language. */
export function addListTextOp(
  document: SiteDocument,
  pageSlug: string,
  sectionId: string,
  path: Path,
  index: number,
): EditOperation | null {
  const found = sectionAt(document, pageSlug, sectionId);
  const list = found ? getAt(found.copy, path) : undefined;
  if (!found || !Array.isArray(list) || index > list.length) return null;
  const { make, strings } = keyMaker(document);
  const name = String(path.at(-1)).replace(/Keys$/, '');
  list.splice(index, 0, make([sectionId, ...path.slice(0, -1), name, list.length + 1].join('.')));
  return { op: 'batch', ops: rewrite(pageSlug, sectionId, found.index, found.copy, strings) };
}

/** Moves an entry of a text list (`…Keys`) from one place to another. */
export function moveListTextOp(document: SiteDocument, pageSlug: string, sectionId: string, path: Path, from: number, to: number) {
  const found = sectionAt(document, pageSlug, sectionId);
  const list = found ? getAt(found.copy, path) : undefined;
  if (!found || !Array.isArray(list) || from >= list.length || to >= list.length || from === to) return null;
  const [entry] = list.splice(from, 1);
  list.splice(to, 0, entry);
  return { op: 'batch', ops: rewrite(pageSlug, sectionId, found.index, found.copy, {}) } satisfies EditOperation;
}
