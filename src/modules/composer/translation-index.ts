import type { SiteDocument } from '@/modules/document/site-document-schema';
import { derivedCopy, navLabels, sectionHeadings, uiCopy } from './headings';
import { peoplePools } from './people';
import { rankTaxonomy, taxonomy } from '@/modules/brief/taxonomy';
import {
  addressText,
  askForDetailsText,
  givenPriceText,
  hoursRows,
  hoursText,
  periodTexts,
  personName,
  priceText,
  shortName,
} from './derived-text';
import { starterPosts } from './blog-posts';
import { ADJECTIVE_HINTS, hintDefs } from '@/modules/brief/hints';
import { phraseIn } from './lang-packs';
import { textLangs, type TextLang } from '@/modules/brief/languages';
import { allCopies } from './kind-copy';
import { siteKind } from './site-kind';
import { templateVars, type LangVars } from './template-vars';
import { stableWordsTexts, wordsText, type WordsVars } from './words-copy';
import { fill, placeholdersIn, Text } from '@/modules/brief/text';
import type { Brief } from './types';
import type { Bi, KindDef } from '@/modules/brief/kind-types';

/** Every text the offline composer can write for a business, in each language, keyed by its text in each. */
export type TranslationIndex = Record<TextLang, Map<string, Text>>;

// Placeholders whose value does not depend on the kind or the adjective hints.
const STABLE = new Set(['name', 'place', 'thePlace', 'inPlace', 'ofPlace']);

function isBi(value: unknown): value is Bi {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';
}

/**
 * Every `[en, pt]` pair inside the phrase banks. Offers' RegExps and numbers are skipped, and so
 * are brand `names`: a business name is the same in every language.
 */
export function collectPhrases(value: unknown, into: Bi[]): Bi[] {
  if (isBi(value)) into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectPhrases(item, into);
  else if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const [name, child] of Object.entries(value)) if (name !== 'names') collectPhrases(child, into);
  }
  return into;
}

function collectPrices(value: unknown, into: number[]): number[] {
  if (Array.isArray(value)) for (const item of value) collectPrices(item, into);
  else if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const [name, child] of Object.entries(value)) {
      if (name === 'price' && typeof child === 'number') into.push(child);
      else collectPrices(child, into);
    }
  }
  return into;
}

/**
 * Kinds the document may have been written for: its best guesses plus those of its schema type.
 * Kinds that would fill the bank's placeholders the same way (same bank, same noun) count once.
 */
function candidateKinds(brief: Brief, summary: string): KindDef[] {
  const guesses = rankTaxonomy(summary)
    .slice(0, 3)
    .map((match) => siteKind(match.kind));
  const sameSchema = taxonomy.filter((kind) => kind.schemaKind === brief.kind.schemaKind).map(siteKind);
  const seen = new Set<string>();
  return [brief.kind, ...guesses, ...sameSchema].filter((kind) => {
    const key = `${kind.copyId ?? kind.id}|${kind.noun.en}|${kind.noun.pt}|${kind.noun.es}|${kind.nameWord.en}|${kind.nameWord.pt}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The reverse index behind `addLocaleOffline`: re-fills the whole phrase bank with what the
 * document says about the business (name, place, kind) and records both languages of each
 * phrase. A text the composer wrote is found exactly; anything else (edits, model output) is not.
 */
export function buildTranslationIndex(brief: Brief, document: SiteDocument, summary: string): TranslationIndex {
  const index = Object.fromEntries(textLangs.map((lang) => [lang, new Map<string, Text>()])) as TranslationIndex;
  // First entry wins, so the business name (never translated) goes in before any phrase.
  const add = (text: Text) => {
    for (const lang of textLangs) if (!index[lang].has(text.in(lang))) index[lang].set(text.in(lang), text);
  };
  const isOurs = document.site.isNameSample === true || document.site.isNameDescriptive === true;
  if (!isOurs) add(Text.same(brief.name));
  const siteName = document.i18n.strings[document.i18n.defaultLocale]?.[document.site.nameKey];
  // A placeholder name ("Your business name") or a descriptive one ("Borracharia em Formiga") is
  // ours, and translated like the rest.
  if (siteName && !isOurs) add(Text.same(siteName));
  const { kinds, families } = allCopies();
  const sources = [
    kinds,
    families,
    sectionHeadings,
    navLabels,
    uiCopy,
    derivedCopy,
    starterPosts,
    hintDefs.map((hint) => [hint.feature, hint.faq]),
  ];
  const phrases = [...new Set(collectPhrases(sources, []))];

  const variants = candidateKinds(brief, summary).flatMap((kind) =>
    [[], ...ADJECTIVE_HINTS.map((hint) => [hint])].map((hints) => templateVars({ ...brief, kind, hints })),
  );
  const base = templateVars(brief);
  const filled = (phrase: Bi, vars: LangVars) => Text.from((lang) => fill(phraseIn(phrase, lang) ?? phrase[0], vars[lang]));
  // The words-first composer's connective texts (headings, buttons, steps, placeholders).
  const phone = brief.site?.facts.phones[0] ?? (brief.site?.facts.whatsapp ? `+${brief.site.facts.whatsapp}` : '');
  const wordsVars = (vars: LangVars) =>
    Object.fromEntries(
      textLangs.map((lang) => [
        lang,
        { inPlace: vars[lang].inPlace ?? '', place: vars[lang].place ?? '', name: brief.name, phone, what: vars[lang].label ?? '' },
      ]),
    ) as unknown as WordsVars;
  // A descriptive name ("Padaria vegana em Lisboa") is said in each language, and so is every
  // phrase naming the business ("© {name}"): those go in first, before the same phrases with the
  // name left as written.
  const defaultLang =
    textLangs.find((lang) => lang === document.i18n.defaultLocale) ??
    textLangs.find((lang) => document.i18n.defaultLocale.startsWith(lang));
  if (document.site.isNameDescriptive === true && siteName && defaultLang) {
    const titles = [...variants.map((vars) => wordsText('heroTitle', wordsVars(vars))), Text.same(siteName)];
    const title = titles.find((candidate) => candidate.in(defaultLang) === siteName)!;
    add(title);
    const named = Object.fromEntries(textLangs.map((lang) => [lang, { ...base[lang], name: title.in(lang) }])) as unknown as LangVars;
    for (const phrase of phrases) if (phrase.some((side) => placeholdersIn(side).includes('name'))) add(filled(phrase, named));
  }
  for (const phrase of phrases) {
    const isStable = phrase.every((side) => placeholdersIn(side).every((name) => STABLE.has(name)));
    for (const vars of isStable ? [base] : variants) add(filled(phrase, vars));
  }
  // The hero's eyebrow puts the place after the kind or an offer's title: "Labour law · São Paulo".
  if (brief.place) {
    for (const phrase of [uiCopy.eyebrow, ...kinds.flatMap((kind) => kind.offers.map((offer) => offer.title))])
      for (const vars of variants) add(filled(phrase, vars).map((value, lang) => `${value} · ${vars[lang].place}`));
  }

  // Texts computed from data, recomputed the way derived-text.ts computes them.
  const languages = brief.site?.languages ?? document.i18n.locales;
  for (const price of new Set(collectPrices([kinds, families], []))) {
    add(priceText(price, false, brief.currency, languages));
    add(priceText(price, true, brief.currency, languages));
  }
  if (brief.contact.openingHours) {
    add(hoursText(brief.contact.openingHours));
    for (const row of hoursRows(brief.contact.openingHours)) [row.days, row.times].forEach(add);
  }
  hoursRows(['Mo-Su 00:00-23:59']).forEach((row) => [row.days, row.times].forEach(add));
  add(askForDetailsText);
  Object.values(periodTexts).forEach(add);
  for (const price of brief.site?.facts.prices ?? []) add(givenPriceText(price, languages));
  stableWordsTexts(wordsVars(base)).forEach(add);
  // "What it is" in our own words for the kind ("Barbershop in Curitiba" / "Barbearia em Curitiba").
  for (const vars of variants) stableWordsTexts(wordsVars(vars), true).forEach(add);
  const address = addressText(brief);
  if (address) add(address);
  // The document's own kind first: a lawyer's "Ana Ribeiro" becomes "Dra. Ana Ribeiro".
  const titled: KindDef[] = [
    brief.kind,
    { ...brief.kind, honorific: 'doctor' },
    { ...brief.kind, honorific: 'counsel' },
    { ...brief.kind, honorific: undefined },
  ];
  for (const person of Object.values(peoplePools).flat()) {
    add(shortName(person));
    for (const kind of titled) add(personName(person, kind));
  }
  return index;
}
