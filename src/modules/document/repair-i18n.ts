import { i18nKeySchema, localeSchema } from './primitives';
import type { I18n } from './site-document-schema';

const MAX_LOCALES = 12;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** 'pt_br' → 'pt-BR', 'EN' → 'en', 'zh-hant-tw' → 'zh-Hant-TW'; undefined when not a locale. */
export function normalizeLocale(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.trim().replace(/_/g, '-').split('-');
  const normalized = parts
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 4) return part[0].toUpperCase() + part.slice(1).toLowerCase();
      return part.toUpperCase();
    })
    .join('-');
  return localeSchema.safeParse(normalized).success ? normalized : undefined;
}

/** Flattens `{ hero: { title: "Hi" } }` into `{ "hero.title": "Hi" }`, keeping only valid keys. */
function flattenTable(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (!isRecord(value)) return into;
  for (const [name, child] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof child === 'string' || typeof child === 'number') {
      if (i18nKeySchema.safeParse(key).success) into[key] = String(child);
    } else flattenTable(child, key, into);
  }
  return into;
}

/** Accepts `{locale: {key: text}}`, the inverted `{key: {locale: text}}` or a flat `{key: text}`. */
function readTables(raw: unknown, fallbackLocale: string): Map<string, Record<string, string>> {
  const tables = new Map<string, Record<string, string>>();
  if (!isRecord(raw)) return tables;
  const entries = Object.entries(raw);
  const byLocale = entries.filter(([name]) => normalizeLocale(name) !== undefined);
  if (byLocale.length > 0) {
    for (const [name, table] of byLocale) {
      const locale = normalizeLocale(name) as string;
      tables.set(locale, { ...tables.get(locale), ...flattenTable(table) });
    }
    return tables;
  }
  const isInverted =
    entries.length > 0 &&
    entries.every(([, value]) => isRecord(value) && Object.keys(value).every((name) => normalizeLocale(name) !== undefined));
  if (isInverted) {
    for (const [key, texts] of entries) {
      for (const [name, text] of Object.entries(texts as Record<string, unknown>)) {
        const locale = normalizeLocale(name) as string;
        if (typeof text === 'string' && i18nKeySchema.safeParse(key).success) {
          tables.set(locale, { ...tables.get(locale), [key]: text });
        }
      }
    }
    return tables;
  }
  tables.set(fallbackLocale, flattenTable(raw));
  return tables;
}

/** Best-effort i18n block: valid locales, a default among them, flat string tables. */
export function repairI18n(raw: unknown, repairs: string[]): I18n {
  const source = isRecord(raw) ? raw : {};
  const listed = Array.isArray(source.locales) ? source.locales.map(normalizeLocale) : [];
  const locales = [...new Set(listed.filter((locale): locale is string => locale !== undefined))];
  const defaultLocale = normalizeLocale(source.defaultLocale) ?? locales[0] ?? 'en';
  if (defaultLocale !== source.defaultLocale) repairs.push(`i18n.defaultLocale: set to "${defaultLocale}"`);
  if (!locales.includes(defaultLocale)) locales.unshift(defaultLocale);

  const tables = readTables(source.strings, defaultLocale);
  for (const locale of tables.keys()) {
    if (!locales.includes(locale)) {
      locales.push(locale);
      repairs.push(`i18n.locales: added "${locale}", which has strings`);
    }
  }
  if (locales.length > MAX_LOCALES) {
    repairs.push(`i18n.locales: kept the first ${MAX_LOCALES} locales`);
    locales.length = MAX_LOCALES;
  }
  const strings: Record<string, Record<string, string>> = {};
  for (const locale of locales) strings[locale] = tables.get(locale) ?? {};
  return { defaultLocale, locales, strings };
}
