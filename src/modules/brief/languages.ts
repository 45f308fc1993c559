/**
 * The written languages the offline composer has a phrase bank for. A site locale reads one of
 * them (es-MX reads "es", pt-AO reads "pt-PT"); a locale that reads none of them (fr, de…) gets
 * no text from us and is reported as untranslated instead of silently filled with another language.
 *
 * Adding a language is data: a `LangPack` in `bank/lang/`, listed in `lang-packs.ts`, with the
 * phrase bank translated (a test fails until every phrase is).
 */
export const textLangs = ['en', 'pt-BR', 'pt-PT', 'es'] as const;
export type TextLang = (typeof textLangs)[number];

export type Gender = 'm' | 'f';

// Portuguese-speaking countries that write the European norm (Brazil writes its own).
const EUROPEAN_PORTUGUESE = /^pt-(PT|AO|MZ|CV|GW|ST|TL|MO)$/i;

/** The written language of a site locale, or undefined when the composer writes none for it. */
export function textLangOf(locale: string): TextLang | undefined {
  if (EUROPEAN_PORTUGUESE.test(locale)) return 'pt-PT';
  if (/^pt(-|$)/i.test(locale)) return 'pt-BR';
  if (/^es(-|$)/i.test(locale)) return 'es';
  if (/^en(-|$)/i.test(locale)) return 'en';
  return undefined;
}

/** Which of a place's names a language uses, first found wins ("Lisboa", "Oporto", "Nova Iorque"). */
export type PlaceForm = 'en' | 'pt' | 'ptPT' | 'es';

/** A Portuguese place's article ("o Porto", "a Ericeira"); 'none' for most places. */
export type PlaceArticle = 'none' | 'o' | 'a' | 'os' | 'as';

/**
 * Everything language-specific the composer needs besides the phrase bank's own two languages.
 * Templates are filled with `{place}`; see `template-vars.ts` for the placeholders.
 */
export type LangPack = {
  lang: TextLang;
  /** Intl locale for numbers, money and times when the site locale names no region ("es" → es-ES). */
  intl: string;
  /** Phrase-bank texts by their English source. Absent for en and pt-BR, which the bank holds itself. */
  phrases?: Readonly<Record<string, string>>;
  /** Placeholder values agreeing with the kind's gender ({o}/{do}/{no} in Portuguese, {el}/{del}/{al} in Spanish). */
  agreement: Readonly<Record<Gender, Readonly<Record<string, string>>>>;
  /** `{inPlace}`, `{ofPlace}`, `{thePlace}` by the place's article: " em {place}", " no {place}". */
  inPlace: Readonly<Record<PlaceArticle, string>>;
  ofPlace: Readonly<Record<PlaceArticle, string>>;
  thePlace: Readonly<Record<PlaceArticle, string>>;
  placeForms: readonly PlaceForm[];
  /**
   * Kind nouns by the kind's English noun, where this language's differs from what the kind
   * itself carries (its en, pt and es nouns): [noun, gender, word for composed names].
   */
  nouns?: Readonly<Record<string, readonly [noun: string, gender: Gender, nameWord?: string]>>;
  /** Adjectives of the label hints by hint id: [masculine, feminine]. */
  adjectives?: Readonly<Record<string, readonly [m: string, f: string]>>;
  /** "vegan bakery" (before the noun) or "padaria vegana" (after). */
  isAdjectiveFirst: boolean;
  /** Titles before a person's name where customers expect one ("Dra. Ana Ribeiro"): [m, f]. */
  titles: Readonly<Partial<Record<'doctor' | 'counsel', readonly [m: string, f: string]>>>;
  /** Short weekday names, Monday first. */
  days: readonly [string, string, string, string, string, string, string];
  /** How a time reads: 8am / 8h / 8:00. */
  clock: '12h' | 'h' | '24h';
};
