import { checkI18nCompleteness } from '@/modules/document/check-i18n-completeness';
import { collectStringKeys } from '@/modules/document/collect-string-keys';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { plural } from './plural';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const SAMPLE = 5;

const WORDS = /\p{L}[\p{L}'’-]*/gu;

/**
 * Whether a text is prose someone would translate, rather than a name, an address, a price or a
 * label that reads the same in every language ("Sousa Ferreira & Associados", "Pizza
 * Margherita", "Rua da Aurora, 120"): three words or more, one of them an ordinary lower-case
 * word of four letters or more.
 */
function isProse(text: string): boolean {
  const words = text.match(WORDS) ?? [];
  return (
    words.length >= 3 && words.some((word) => word.length >= 4 && word === word.toLocaleLowerCase() && word !== word.toLocaleUpperCase())
  );
}

const language = (locale: string) => locale.split('-')[0].toLowerCase();

/** The text's sentences that are prose, the business name taken out ("© Padaria Lisboa" is none). */
function proseSentences(text: string, siteName: string | undefined): string[] {
  const named = siteName ? text.split(siteName).join(' ') : text;
  return named
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(isProse);
}

/**
 * Texts of one locale that are word-for-word the text of a locale in another language: what a
 * language added without a translator leaves behind (the offline composer copies what it cannot
 * translate, such as the person's own edits). Published, the page would read half in one
 * language and half in another without anyone having decided so. pt-BR next to pt-PT (or en-GB
 * next to en) may share texts; only different languages count.
 */
export function findUntranslatedCopies(document: SiteDocument): Record<string, { from: string; keys: string[] }> {
  const { locales, strings } = document.i18n;
  const siteName = strings[document.i18n.defaultLocale]?.[document.site.nameKey];
  const keys = collectStringKeys(document);
  const found: Record<string, { from: string; keys: string[] }> = {};
  // Locales are listed default first and added ones after, so of two equal texts the later
  // locale's is the copy: each copy is reported once, on the language that received it.
  locales.forEach((locale, position) => {
    const table = strings[locale] ?? {};
    for (const key of keys) {
      const text = table[key];
      // The business name reads the same in every language, wherever it appears ("© Padaria Lisboa").
      if (!text) continue;
      const copied = proseSentences(text, siteName);
      if (copied.length === 0) continue;
      // A whole text copied, or one of its sentences: an offline edit written in one language
      // ("mention free parking") and appended on every language's page is as mixed as a copy.
      const from = locales.slice(0, position).find((other) => {
        if (language(other) === language(locale) || !strings[other]?.[key]) return false;
        const theirs = new Set(proseSentences(strings[other][key], siteName));
        return copied.some((sentence) => theirs.has(sentence));
      });
      if (from) (found[locale] ??= { from, keys: [] }).keys.push(key);
    }
  });
  return found;
}

/**
 * Texts missing in a locale: the renderer falls back to the default locale's text. For a name, a
 * price or a label that reads the same everywhere that is fine (a warning); for prose it is a
 * page silently in two languages — what the editor marks as untranslated — so it blocks, like
 * texts copied untranslated from another language.
 */
export function checkTranslations(document: SiteDocument): CheckResult[] {
  const { missing } = checkI18nCompleteness(document);
  const { defaultLocale, strings } = document.i18n;
  const siteName = strings[defaultLocale]?.[document.site.nameKey];
  const sampleOf = (keys: string[]) => keys.slice(0, SAMPLE).join(', ') + (keys.length > SAMPLE ? ', …' : '');
  const warnings: string[] = [];
  const mixed: string[] = [];
  for (const [locale, keys] of Object.entries(missing)) {
    const shownInDefault = keys.filter((key) => {
      const fallback = strings[locale]?.[key] === undefined ? strings[defaultLocale]?.[key] : undefined;
      return locale !== defaultLocale && fallback !== undefined && proseSentences(fallback, siteName).length > 0;
    });
    const rest = keys.filter((key) => !shownInDefault.includes(key));
    if (rest.length > 0) warnings.push(`${locale}: ${plural(rest.length, 'text')} missing (${sampleOf(rest)})`);
    if (shownInDefault.length > 0)
      mixed.push(`${locale}: ${plural(shownInDefault.length, 'text')} missing, shown in ${defaultLocale} (${sampleOf(shownInDefault)})`);
  }
  const errors = [
    ...mixed,
    ...Object.entries(findUntranslatedCopies(document)).map(
      ([locale, { from, keys }]) => `${locale}: ${plural(keys.length, 'text')} still in ${from}, not translated (${sampleOf(keys)})`,
    ),
  ];
  return summarizeCheck(
    'translations',
    { errors, warnings },
    {
      error: (count) =>
        `${count === 1 ? 'One language has' : `${count} languages have`} texts still in another language, not translated (added without the AI, or edited in one language only): translate them, or remove that language, before publishing.`,
      warning: (count) =>
        `${count === 1 ? 'One language is' : `${count} languages are`} missing some texts; visitors see the default language there.`,
      ok: 'Every text is written in every language.',
    },
  );
}
