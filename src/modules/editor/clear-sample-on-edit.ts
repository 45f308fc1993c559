import { findKeysIn } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import type { EditOperation } from './edit-operation';
import { getAt, type JsonPath } from './json-path';

// Sample content (a made-up person, price, testimonial, opening hours) blocks publishing until
// the person replaces it. Typing over its words *is* replacing it: the flag goes with the first
// changed keystroke, in the same undo step as the text, so undo brings both back. Without this a
// new user retypes every sample person and still cannot publish, with nothing telling them why.

type Path = (string | number)[];

/** Where `key` sits inside `value` (the path to the `…Key` field or `…Keys` entry), or null. */
function pathToKey(value: unknown, key: string, path: Path = []): Path | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (item === key && path.length > 0 && String(path.at(-1)).endsWith('Keys')) return [...path, index];
      const found = pathToKey(item, key, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [name, child] of Object.entries(value)) {
    if (child === key && name.endsWith('Key')) return [...path, name];
    const found = pathToKey(child, key, [...path, name]);
    if (found) return found;
  }
  return null;
}

/** The innermost object around `path` flagged `isSample: true` (the item before its section), or null. */
function flaggedOwner(section: unknown, path: JsonPath): Path | null {
  for (let length = path.length - 1; length >= 0; length--) {
    const owner = path.slice(0, length);
    const value = getAt(section, owner);
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { isSample?: unknown }).isSample === true)
      return [...owner];
  }
  return null;
}

/** The operations that clear the sample flag of whatever shows the text `key`. */
export function clearSampleOpsFor(document: SiteDocument, key: string): EditOperation[] {
  const ops: EditOperation[] = [];
  if (document.site.isNameSample === true && document.site.nameKey === key)
    ops.push({ op: 'set-site-field', path: ['site', 'isNameSample'] });
  // The person wrote a name over the descriptive one: it is theirs now.
  if (document.site.isNameDescriptive === true && document.site.nameKey === key)
    ops.push({ op: 'set-site-field', path: ['site', 'isNameDescriptive'] });
  for (const page of document.pages) {
    // A starter post is rewritten through its title, excerpt or body (the post's own texts).
    if (page.post?.isSample === true && findKeysIn({ ...page, sections: [] }).includes(key))
      ops.push({ op: 'set-page-field', page: page.slug, path: ['post', 'isSample'] });
    for (const section of page.sections) {
      const path = pathToKey(section, key);
      const owner = path ? flaggedOwner(section, path) : null;
      if (owner) ops.push({ op: 'set-field', page: page.slug, sectionId: section.id, path: [...owner, 'isSample'] });
    }
  }
  return ops;
}

/**
 * `op`, plus clearing the sample flag of every item (or sample section, post, site name) whose
 * text it changes, as one operation. Texts set to what they already say, or removed, leave the
 * flag alone: only writing real words makes content real.
 */
export function clearSampleOnEdit(document: SiteDocument, op: EditOperation): EditOperation {
  if (op.op === 'batch') {
    const ops = op.ops.map((inner) => clearSampleOnEdit(document, inner));
    return ops.every((inner, index) => inner === op.ops[index]) ? op : { op: 'batch', ops };
  }
  if (op.op !== 'set-text' || op.value === null) return op;
  const current = document.i18n.strings[op.locale]?.[op.key];
  if (current === op.value) return op;
  const clears = clearSampleOpsFor(document, op.key);
  // The text comes first so a merged run of keystrokes can swap in its latest text (edit-history.ts).
  return clears.length === 0 ? op : { op: 'batch', ops: [op, ...clears] };
}

/** The item or section at `path` is real as it stands (its words are already right): one undoable step. */
export function markRealOp(pageSlug: string, sectionId: string, path: Path): EditOperation {
  return { op: 'set-field', page: pageSlug, sectionId, path: [...path, 'isSample'] };
}
