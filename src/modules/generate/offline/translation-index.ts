import type { SiteDocument } from '@/modules/document/site-document-schema';
import { navLabels, sectionHeadings, uiCopy } from './bank/headings';
import { peoplePools } from './bank/people';
import { rankKinds } from './detect-kind';
import { addressText, hoursText, personName, priceText, shortName } from './derived-text';
import { hintDefs } from './hints';
import { allCopies } from './kind-copy';
import { allKinds } from './kinds';
import { templateVars } from './template-vars';
import { fill, placeholdersIn, Text } from './text';
import type { Bi, Brief, KindDef } from './types';

/** Both sides of every text the offline composer can write for a business, keyed by each side. */
export type TranslationIndex = { en: Map<string, Text>; pt: Map<string, Text> };

// Placeholders whose value does not depend on the kind or the adjective hints.
const STABLE = new Set(['name', 'place', 'thePlace', 'inPlace', 'ofPlace']);
const ADJECTIVE_HINTS = ['vegan', 'vegetarian', 'organic', 'artisan', 'family', 'open24h'];

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

/** Kinds the document may have been written for: its best guesses plus those of its schema type. */
function candidateKinds(brief: Brief, summary: string): KindDef[] {
  const guesses = rankKinds(summary).slice(0, 3).map((match) => match.kind);
  const sameSchema = allKinds.filter((kind) => kind.schemaKind === brief.kind.schemaKind);
  return [...new Set([brief.kind, ...guesses, ...sameSchema])];
}

/**
 * The reverse index behind `addLocaleOffline`: re-fills the whole phrase bank with what the
 * document says about the business (name, place, kind) and records both languages of each
 * phrase. A text the composer wrote is found exactly; anything else (edits, model output) is not.
 */
export function buildTranslationIndex(brief: Brief, document: SiteDocument, summary: string): TranslationIndex {
  const index: TranslationIndex = { en: new Map(), pt: new Map() };
  // First entry wins, so the business name (never translated) goes in before any phrase.
  const add = (text: Text) => {
    if (!index.en.has(text.en)) index.en.set(text.en, text);
    if (!index.pt.has(text.pt)) index.pt.set(text.pt, text);
  };
  add(new Text(brief.name, brief.name));
  const siteName = document.i18n.strings[document.i18n.defaultLocale]?.[document.site.nameKey];
  if (siteName) add(new Text(siteName, siteName));
  const { kinds, families } = allCopies();
  const sources = [kinds, families, sectionHeadings, navLabels, uiCopy, hintDefs.map((hint) => [hint.feature, hint.faq])];
  const phrases = [...new Set(collectPhrases(sources, []))];
  for (const kind of kinds) for (const offer of kind.offers) phrases.push([`${offer.title[0]} · {place}`, `${offer.title[1]} · {place}`]);

  const variants = candidateKinds(brief, summary).flatMap((kind) =>
    [[], ...ADJECTIVE_HINTS.map((hint) => [hint])].map((hints) => templateVars({ ...brief, kind, hints })),
  );
  const base = templateVars(brief);
  for (const phrase of phrases) {
    const isStable = phrase.every((side) => placeholdersIn(side).every((name) => STABLE.has(name)));
    for (const vars of isStable ? [base] : variants) add(new Text(fill(phrase[0], vars.en), fill(phrase[1], vars.pt)));
  }

  // Texts computed from data, recomputed the way derived-text.ts computes them.
  for (const price of new Set(collectPrices([kinds, families], []))) {
    add(priceText(price, false, brief.currency));
    add(priceText(price, true, brief.currency));
  }
  if (brief.contact.openingHours) add(hoursText(brief.contact.openingHours));
  const address = addressText(brief);
  if (address) add(address);
  // The document's own kind first: a lawyer's "Ana Ribeiro" becomes "Dra. Ana Ribeiro".
  const titled: KindDef[] = [brief.kind, { ...brief.kind, honorific: 'doctor' }, { ...brief.kind, honorific: 'counsel' }, { ...brief.kind, honorific: undefined }];
  for (const person of Object.values(peoplePools).flat()) {
    add(shortName(person));
    for (const kind of titled) add(personName(person, kind));
  }
  return index;
}
