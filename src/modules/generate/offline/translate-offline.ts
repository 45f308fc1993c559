import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { normalizeLocale } from '@/modules/document/repair-i18n';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { briefFromDocument } from './brief-from-document';
import { buildTranslationIndex } from './translation-index';
import { langOf } from './text';

export type AddLocaleOfflineResult = {
  document: SiteDocument;
  /** Keys whose text in the new locale is a copy of another locale's, not a translation. */
  untranslatedKeys: string[];
};

const isEnglish = (locale: string) => /^en(-|$)/.test(locale);
const isPortuguese = (locale: string) => langOf(locale) === 'pt';

/** The locale to translate from: the default if it is in the other bank language, else one that is. */
function sourceLocale(document: SiteDocument, targetLang: 'en' | 'pt'): string {
  const { defaultLocale, locales } = document.i18n;
  const isWanted = targetLang === 'pt' ? isEnglish : isPortuguese;
  return isWanted(defaultLocale) ? defaultLocale : (locales.find(isWanted) ?? defaultLocale);
}

/**
 * Adds a locale without a model. Between English and Portuguese, texts the offline composer
 * wrote are swapped for their phrase-bank counterpart; a locale of the same language as an
 * existing one (en-GB next to en) copies it. Everything else copies the source text and is
 * listed in `untranslatedKeys`, so the editor can flag it. The input is not modified.
 */
export function addLocaleOffline(document: SiteDocument, locale: string): AddLocaleOfflineResult {
  const target = normalizeLocale(locale);
  if (!target) throw new RangeError(`"${locale}" is not a locale like "es" or "pt-BR"`);
  if (document.i18n.locales.includes(target)) return { document: structuredClone(document), untranslatedKeys: [] };
  if (document.i18n.locales.length >= 12) throw new RangeError('a site can have at most 12 locales');

  const { defaultLocale, strings } = document.i18n;
  const sameLanguage = document.i18n.locales.find((existing) => existing.split('-')[0] === target.split('-')[0]);
  const isBankLanguage = isEnglish(target) || isPortuguese(target);
  const source = sameLanguage ?? (isBankLanguage ? sourceLocale(document, langOf(target)) : defaultLocale);
  const sourceLang = isEnglish(source) ? 'en' : isPortuguese(source) ? 'pt' : undefined;

  const canTranslate = !sameLanguage && isBankLanguage && sourceLang !== undefined && sourceLang !== langOf(target);
  let index: ReturnType<typeof buildTranslationIndex> | undefined;
  if (canTranslate) {
    const brief = briefFromDocument(document);
    const home = document.pages.find((page) => page.slug === '');
    const summary = findKeysIn(home?.sections.find((section) => section.type === 'hero') ?? {})
      .concat([document.seo.titleKey, document.seo.descriptionKey])
      .map((key) => strings[defaultLocale]?.[key] ?? '')
      .join('\n');
    index = buildTranslationIndex(brief, document, summary);
  }

  const table: Record<string, string> = {};
  const untranslatedKeys: string[] = [];
  for (const key of collectStringKeys(document)) {
    const text = strings[source]?.[key] ?? strings[defaultLocale]?.[key] ?? '';
    if (sameLanguage) {
      table[key] = text;
      continue;
    }
    const counterpart = index && sourceLang ? index[sourceLang].get(text) : undefined;
    if (counterpart) table[key] = langOf(target) === 'pt' ? counterpart.pt : counterpart.en;
    else {
      table[key] = text;
      untranslatedKeys.push(key);
    }
  }

  const next: SiteDocument = {
    ...structuredClone(document),
    i18n: { ...structuredClone(document.i18n), locales: [...document.i18n.locales, target], strings: { ...structuredClone(strings), [target]: table } },
  };
  const parsed = parseSiteDocument(next);
  if (!parsed.ok) throw new Error(`addLocaleOffline built an invalid document: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return { document: parsed.document, untranslatedKeys };
}
