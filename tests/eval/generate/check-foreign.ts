import type { SiteDocument } from '../../../src/modules/document/site-document-schema';
import { taxonomy } from '../../../src/modules/brief/taxonomy';
import { allCopies, kindCopy } from '../../../src/modules/composer/kind-copy';
import { phraseIn } from '../../../src/modules/composer/lang-packs';
import { textLangOf, textLangs } from '../../../src/modules/brief/languages';
import type { Bi } from '@/modules/brief/kind-types';
import { fold } from './check-words';

/**
 * Sentences of the phrase banks written for one kind of business (a bakery's "slow-fermented
 * loaves", a clinic's "we accept most insurance plans"), found on a site about another kind —
 * and sentences of the generic bank ("every customer gets our full attention"), which fit no
 * business in particular. Only sentences of five words or more count: headings and button labels
 * ("Our menu", "Book now") are connective tissue any site may share.
 */
type BankSentence = { copy: string; pattern: RegExp; text: string };

function isBi(value: unknown): value is Bi {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string';
}

function phrases(value: unknown, into: Bi[] = []): Bi[] {
  if (isBi(value)) into.push(value);
  else if (Array.isArray(value)) for (const item of value) phrases(item, into);
  else if (value !== null && typeof value === 'object' && !(value instanceof RegExp))
    for (const [name, child] of Object.entries(value)) if (name !== 'names') phrases(child, into);
  return into;
}

function patternOf(template: string): RegExp | null {
  const folded = fold(template).trim();
  if (
    folded
      .replace(/\{\w+\}/g, ' ')
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word)).length < 5
  )
    return null;
  const source = folded
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.{0,60}?');
  return new RegExp(source);
}

let cache: BankSentence[] | null = null;

function bankSentences(): BankSentence[] {
  if (cache) return cache;
  const copies = new Set(taxonomy.map((kind) => kind.copy).filter((copy): copy is string => Boolean(copy)));
  copies.add('generic');
  const out: BankSentence[] = [];
  for (const copy of copies) {
    for (const phrase of phrases(kindCopy(copy))) {
      for (const lang of textLangs) {
        const text = phraseIn(phrase, lang);
        const pattern = text ? patternOf(text) : null;
        if (pattern && text) out.push({ copy, pattern, text });
      }
    }
  }
  // A family's shared texts (FAQ answers, statistics, calls to action) belong to no one business.
  for (const family of allCopies().families) {
    for (const phrase of phrases(family)) {
      for (const lang of textLangs) {
        const text = phraseIn(phrase, lang);
        const pattern = text ? patternOf(text) : null;
        if (pattern && text) out.push({ copy: 'generic', pattern, text });
      }
    }
  }
  cache = out;
  return out;
}

export type ForeignSentence = { copy: string; text: string };

/** Kind-bank sentences on the site whose kind is not one the case accepts, plus generic-bank ones. */
export function foreignSentences(
  document: SiteDocument,
  acceptableKinds: readonly string[],
): { foreign: ForeignSentence[]; generic: ForeignSentence[] } {
  const acceptable = new Set(taxonomy.filter((kind) => acceptableKinds.includes(kind.id)).map((kind) => kind.copy));
  const foreign: ForeignSentence[] = [];
  const generic: ForeignSentence[] = [];
  for (const locale of document.i18n.locales) {
    if (!textLangOf(locale)) continue;
    for (const text of Object.values(document.i18n.strings[locale] ?? {})) {
      const folded = fold(text);
      const hits = bankSentences().filter((sentence) => sentence.pattern.test(folded));
      if (hits.length === 0 || hits.some((hit) => acceptable.has(hit.copy))) continue;
      const kindHit = hits.find((hit) => hit.copy !== 'generic');
      if (kindHit) foreign.push({ copy: kindHit.copy, text });
      else generic.push({ copy: 'generic', text });
    }
  }
  return { foreign, generic };
}
