import { findKeysIn, isKeyField, isKeyListField } from '@/modules/document/find-keys-in';
import type { SiteDocument } from '@/modules/document/site-document-schema';

type Strings = Record<string, Record<string, string>>;

/** Every key the document uses or has a text for: a new key must be none of them. */
function usedKeys(document: SiteDocument): Set<string> {
  const used = new Set(findKeysIn(document));
  for (const table of Object.values(document.i18n.strings)) for (const key of Object.keys(table)) used.add(key);
  return used;
}

function freshKey(key: string, used: Set<string>): string {
  const base = key.replace(/-\d+$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (candidate.length <= 120 && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
    if (candidate.length > 120) return freshKey(`k${n}`, used);
  }
}

function rekey(value: unknown, renamed: Map<string, string>, used: Set<string>): unknown {
  const rename = (key: unknown) => {
    if (typeof key !== 'string') return key;
    if (!renamed.has(key)) renamed.set(key, freshKey(key, used));
    return renamed.get(key);
  };
  if (Array.isArray(value)) return value.map((item) => rekey(item, renamed, used));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, child]) => {
      if (isKeyField(name)) return [name, rename(child)];
      if (isKeyListField(name) && Array.isArray(child)) return [name, child.map(rename)];
      return [name, rekey(child, renamed, used)];
    }),
  );
}

/**
 * A copy of a section or list item whose texts are copies too: every `…Key` gets a new, unused
 * key holding the same text in every locale — editing the copy never changes the original.
 */
export function copyWithFreshKeys<T>(
  document: SiteDocument,
  value: T,
  /** Where the texts come from: the document's own (a copy), or a section written elsewhere. */
  sourceStrings: Strings = document.i18n.strings,
): { value: T; strings: Strings } {
  const renamed = new Map<string, string>();
  const copy = rekey(value, renamed, usedKeys(document)) as T;
  const strings: Strings = {};
  for (const [locale, table] of Object.entries(sourceStrings)) {
    if (!document.i18n.locales.includes(locale)) continue;
    for (const [from, to] of renamed) {
      if (Object.hasOwn(table, from)) (strings[locale] ??= {})[to] = table[from]!;
    }
  }
  return { value: copy, strings };
}

/** A section id like `menu-2` that no section of the page has yet. */
export function freshSectionId(taken: readonly string[], id: string): string {
  const base = id.replace(/-\d+$/, '').slice(0, 36);
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}
