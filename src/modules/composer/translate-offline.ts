import { collectStringKeys } from '@/modules/document/collect-string-keys';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { parseSiteDocument } from '@/modules/document/parse-site-document';
import { normalizeLocale } from '@/modules/document/repair-i18n';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { briefFromDocument } from './brief-from-document';
import { buildTranslationIndex } from './translation-index';
import { textLangOf } from '@/modules/brief/languages';

export type AddLocaleOfflineResult = {
  document: SiteDocument;
  /** Keys whose text in the new locale is a copy of another locale's, not a translation. */
  untranslatedKeys: string[];
};

/** The locale to translate from: the default when the composer writes its language, else the first one it does. */
function sourceLocale(document: SiteDocument): string | undefined {
  const { defaultLocale, locales } = document.i18n;
  return textLangOf(defaultLocale) ? defaultLocale : locales.find((locale) => textLangOf(locale) !== undefined);
}

/** Same written language: en-GB next to en, es-MX next to es; fr-CA next to fr (none we write). */
function isSameLanguage(a: string, b: string): boolean {
  const langA = textLangOf(a);
  const langB = textLangOf(b);
  return langA || langB ? langA === langB : a.split('-')[0] === b.split('-')[0];
}

/**
 * Adds a locale without a model. Between the languages the composer writes (en, pt-BR, pt-PT,
 * es), texts it wrote are swapped for their phrase-bank counterpart; a locale of the same written
 * language as an existing one (en-GB next to en) copies it. Everything else (edits, a model's
 * texts, a language we do not write) copies the source text and is listed in `untranslatedKeys`;
 * the pre-publish translation check refuses a page that mixes languages that way. The input is
 * not modified.
 */
export function addLocaleOffline(document: SiteDocument, locale: string): AddLocaleOfflineResult {
  const target = normalizeLocale(locale);
  if (!target) throw new RangeError(`"${locale}" is not a locale like "es" or "pt-BR"`);
  if (document.i18n.locales.includes(target)) return { document: structuredClone(document), untranslatedKeys: [] };
  if (document.i18n.locales.length >= 12) throw new RangeError('a site can have at most 12 locales');

  const { defaultLocale, strings } = document.i18n;
  const sameLanguage = document.i18n.locales.find((existing) => isSameLanguage(existing, target));
  const targetLang = textLangOf(target);
  const source = sameLanguage ?? sourceLocale(document) ?? defaultLocale;
  const sourceLang = textLangOf(source);

  let index: ReturnType<typeof buildTranslationIndex> | undefined;
  if (!sameLanguage && targetLang && sourceLang) {
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
    if (counterpart && targetLang) table[key] = counterpart.in(targetLang);
    else {
      table[key] = text;
      untranslatedKeys.push(key);
    }
  }

  const next: SiteDocument = {
    ...structuredClone(document),
    i18n: {
      ...structuredClone(document.i18n),
      locales: [...document.i18n.locales, target],
      strings: { ...structuredClone(strings), [target]: table },
    },
  };
  const parsed = parseSiteDocument(next);
  if (!parsed.ok) throw new Error(`addLocaleOffline built an invalid document: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return { document: parsed.document, untranslatedKeys };
}
