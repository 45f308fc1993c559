import { collectStringKeys } from './collect-string-keys';
import type { SiteDocument } from './site-document-schema';

export type I18nCompleteness = {
  isComplete: boolean;
  /** Locale → keys used by the document that have no (or only blank) text in that locale. */
  missing: Record<string, string[]>;
};

export function checkI18nCompleteness(document: SiteDocument): I18nCompleteness {
  const keys = collectStringKeys(document);
  const missing: Record<string, string[]> = {};
  for (const locale of document.i18n.locales) {
    const table = document.i18n.strings[locale] ?? {};
    const absent = keys.filter((key) => !Object.hasOwn(table, key) || table[key].trim() === '');
    if (absent.length > 0) missing[locale] = absent;
  }
  return { isComplete: Object.keys(missing).length === 0, missing };
}
