import { Text } from '@/modules/brief/text';

/**
 * A section (or any document part) being composed: the document's shape, except that visible
 * texts are `Text` values under their inline names (`title`, not `titleKey`). One draft becomes
 * either the generated-section shape (texts inline per locale) or keys plus a string table.
 */
export type DraftValue = Text | string | number | boolean | readonly DraftValue[] | DraftObject;
export type DraftObject = { readonly [name: string]: DraftValue | undefined };

export type StringTable = Record<string, Record<string, string>>;

function isTextList(value: DraftValue): value is readonly Text[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof Text);
}

/** `{ title: Text }` → `{ title: { en: "…", "pt-BR": "…" } }`, the `generatedSectionSchema` shape. */
export function toInline(value: DraftValue, locales: readonly string[]): unknown {
  if (value instanceof Text) return Object.fromEntries(locales.map((locale) => [locale, value.for(locale)]));
  if (Array.isArray(value)) return value.map((item: DraftValue) => toInline(item, locales));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value as DraftObject)) if (child !== undefined) out[name] = toInline(child, locales);
  return out;
}

/**
 * `{ title: Text }` under prefix `hero` → `{ titleKey: "hero.title" }` with the texts written to
 * `strings[locale]["hero.title"]`. Key paths follow `keyForPath` in document/repair-value, so a
 * composed document looks like one assembled by `mergeGeneratedSection`.
 */
export function toKeyed(value: DraftValue, prefix: string, locales: readonly string[], strings: StringTable): unknown {
  const put = (key: string, text: Text) => {
    for (const locale of locales) (strings[locale] ??= {})[key] = text.for(locale);
    return key;
  };
  if (value instanceof Text) return put(prefix, value);
  if (Array.isArray(value)) return value.map((item: DraftValue, index) => toKeyed(item, `${prefix}.${index}`, locales, strings));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value as DraftObject)) {
    if (child === undefined) continue;
    const path = `${prefix}.${name}`;
    if (child instanceof Text) out[`${name}Key`] = put(path, child);
    // Lists of texts (a plan's features) become `featureKeys`.
    else if (isTextList(child)) out[`${name.replace(/s$/, '')}Keys`] = child.map((text, index) => put(`${path}.${index}`, text));
    else out[name] = toKeyed(child, path, locales, strings);
  }
  return out;
}

/** Every text in a draft, depth first (used by rewrites such as "shorter"). */
export function mapTexts(value: DraftValue, change: (text: Text, path: string) => Text, path = ''): DraftValue {
  if (value instanceof Text) return change(value, path);
  if (Array.isArray(value)) return value.map((item: DraftValue, index) => mapTexts(item, change, `${path}.${index}`));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, DraftValue | undefined> = {};
  for (const [name, child] of Object.entries(value as DraftObject))
    out[name] = child === undefined ? undefined : mapTexts(child, change, `${path}.${name}`);
  return out;
}
