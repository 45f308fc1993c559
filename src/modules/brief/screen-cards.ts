import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/card-screen.json';
import { isOnlyPaymentWords, opensWithPayment } from './read-payments';
import { isTownOf } from './places';
import { regionCountry } from './extract-place';
import { isDayWord, isNegationWord, namesAPersonOnly, readingCues } from './reading-cues';
import { isOnlyWorkWord, isPronounFragment } from './is-only-work-word';
import type { BriefItem, UnusedReason } from './site-brief-schema';
import { alternationOf, escapeRegExp, fold } from './text';
import { shapeOfPhrase } from './shape-of-phrase';
import { isClosedWord, wordLanguageOf } from './word-classes';

/**
 * The last look at what became a card (an offering or a topic), by where its words sit in the
 * prompt rather than by the words themselves:
 *  - **a heading**: a line or sentence that opens with it and ends in a colon a few words on, with
 *    no price on that line ("Atenção: apesar do nome…", "Trabalhos e preços:", "Aspeto: castanho…").
 *    It titles what follows; a priced one ("Meias-solas: desde 18€") is a thing sold and stays;
 *  - **ways to pay only** ("pix", "tarjeta", "e-transfer"): the contact details carry them;
 *  - **in a sentence a way to pay opens** ("Pagamento por Pix ou dinheiro, no fim do serviço",
 *    "MB Way, metade quando marca e o resto no fim"): terms of payment, not things sold;
 *  - **in a sentence that thanks us** ("thanks for having a go at this").
 * A told part (a detail) gets the same look for a heading, and is also set aside when it speaks of
 * the site's form to us ("a form would be handy for drop-offs") or is a short condition left alone
 * ("if you bring five or more"). Each is listed as not used, never lost.
 */
const list = z.array(z.string().min(1).max(40)).min(1);
const screenSchema = z.object({
  $comment: z.string().optional(),
  thanksWords: list,
  formNouns: list,
  conditionLeads: list,
  placeNouns: list,
  locativePrepositions: list,
  loneInterjections: list,
  /** "mais que bolos", "más que pan": a comparison, where the word after "que" is a thing named. */
  comparisonsBeforeThat: list,
});
const content = parseContent('src/modules/brief/content/card-screen.json', screenSchema, raw);
const LONE_INTERJECTIONS = new Set(content.loneInterjections);
const COMPARISONS = alternationOf(content.comparisonsBeforeThat);
const THANKS = new RegExp(`(?<![\\p{L}])(?:${content.thanksWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

export type ScreenInput = {
  items: readonly BriefItem[];
  /** The prompt as read. */
  text: string;
  /** The prices' texts as written ("6€", "R$ 15"): a line holding one is a price line. */
  priceTexts: readonly string[];
  /** The business's country: an offering that is one of its towns is where it works. */
  country?: string;
  /** The prompt's language (a locale): how a town's terms are read. */
  lang?: string;
  /** Where the business is, as the brief says it ("Santo André", "Montevideo"). */
  place?: string;
};

const FORM_NOUNS = new Set(content.formNouns);
const PLACE_NOUNS = new Set(content.placeNouns);
// The words that say where or how before a lone word: "à mão", "na oficina", "at home", "en casa".
const LOCATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(content.locativePrepositions)})\\s+$`, 'u');

/** Whether a price is written on the card's own line ("Bairro Alto tour 25€" is a thing sold). */
function pricedHere(own: string, text: string, priceTexts: readonly string[]): boolean {
  const folded = fold(text);
  const at = folded.indexOf(own);
  if (at < 0) return false;
  const line = folded.slice(at, at + own.length + 40).split(/[\n.;]/)[0]!;
  return priceTexts.some((price) => line.includes(fold(price)));
}
// "desde 1998", "since 1985", "há 20 anos", "hace 15 años" (folded): a time the business has been at it.
const SINCE = /(?:^|[^\p{L}])(?:desde|since|ha|hace)\s+(?:(?:o|el|the)\s+(?:ano|ano de|year)\s+)?\d{1,4}(?![\p{N}])/u;
const CONDITION_LEADS = new Set(content.conditionLeads);
// "if you bring five or more", "se o gato deixar": a condition this short, alone, is what is left of its line.
const MAX_LONE_CONDITION_WORDS = 6;
const MAX_HEADING_WORDS = 4;
const MAX_WORDS_TO_COLON = 6;
// Between the members of a list of towns: a comma or a joining word.
const LIST_SEPARATOR = /,|\s(?:e|y|and|ou|o|or)\s/u;
// "trabalho em ", "eu atendo em ", "I work in ": a clause opening on where the business works.
const AREA_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf(readingCues.areaVerbs)})(?:\\s+(?:${alternationOf(readingCues.placePrepositions)}))?\\s+$`,
  'u',
);

export function screenCards({ items, text, priceTexts, country, lang, place }: ScreenInput): {
  items: BriefItem[];
  unused: { words: string; why: UnusedReason }[];
} {
  const folded = fold(text);
  const writesCapitals = /(?:^|[.!?]\s+)\p{Lu}\p{Ll}/mu.test(text);
  const kept: BriefItem[] = [];
  const unused: { words: string; why: UnusedReason }[] = [];
  const refusals = new Set<BriefItem>();
  for (const item of items) {
    if (item.role === 'detail' && !item.feature) {
      const own = fold(item.text).trim();
      const at = folded.indexOf(own);
      const told = own.split(/[^\p{L}'’]+/u).filter(Boolean);
      // "What I don't do:" titles a list; "Form would be handy for drop-offs" asks us for a part of
      // the site; "if you bring five or more" is the condition of a price line, alone.
      if (at >= 0 && isHeading(text, folded, at, own, priceTexts)) unused.push({ words: item.text, why: 'filler' });
      else if (told.some((word) => FORM_NOUNS.has(word))) unused.push({ words: item.text, why: 'site' });
      else if (CONDITION_LEADS.has(told[0] ?? '') && told.length <= MAX_LONE_CONDITION_WORDS && !/[,;:]/.test(own))
        unused.push({ words: item.text, why: 'filler' });
      else kept.push(item);
      continue;
    }
    if ((item.role !== 'offering' && item.role !== 'topic') || item.feature) {
      kept.push(item);
      continue;
    }
    const own = fold(item.text).trim();
    const at = folded.indexOf(own);
    const sentence = at >= 0 ? sentenceAround(folded, at) : '';
    const isScreened =
      isOnlyPaymentWords(own) ||
      (at >= 0 && isHeading(text, folded, at, own, priceTexts)) ||
      (sentence !== '' && opensWithPayment(sentence)) ||
      (sentence !== '' && THANKS.test(sentence));
    if (isScreened) {
      unused.push({ words: item.text, why: 'filler' });
      continue;
    }
    // "in Galway city", "no centro": a word for a kind of place, alone, is what is left of where;
    // "business" (from "The business is …"): the person's word for their work names nothing sold.
    // "praia da Caponga", "Santa Bárbara de Goiás": a named place — a beach, a street, a town of the
    // country — is where, told, never a thing sold.
    const isNamedPlace =
      item.role === 'offering' &&
      !pricedHere(own, text, priceTexts) &&
      ((PLACE_NOUNS.has(own.split(/\s+/u)[0] ?? '') && /^\s*\S+\s+(?:(?:d[aeo]s?|de|del|of|the)\s+)?\p{Lu}/u.test(item.text)) ||
        (country !== undefined && /^\p{Lu}/u.test(item.text.trim()) && isTownOf(item.text.trim(), country)) ||
        // ("Sergipe", "Minas Gerais": a state or region the country has is where, too.)
        (country !== undefined && /^\p{Lu}/u.test(item.text.trim()) && regionCountry(item.text.trim()) === country));
    // "à mão", "na oficina": one word the prompt said after "at" or "in" is how or where the work is
    // done, never a thing sold.
    if (
      item.role === 'offering' &&
      !/\s/u.test(own) &&
      !pricedHere(own, text, priceTexts) &&
      [...folded.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(own)}(?![\\p{L}])`, 'gu'))].some((said) =>
        LOCATIVE_BEFORE.test(text.slice(Math.max(0, said.index - 8), said.index).toLocaleLowerCase()),
      )
    ) {
      unused.push({ words: item.text, why: 'filler' });
      continue;
    }
    if (isNamedPlace) {
      kept.push({ text: item.text, role: 'detail' });
      continue;
    }
    // "Ta, te cuento", "…el departamento, bo, no la fruta", "near": one word of grammar, a chat
    // interjection or one said only to fill a pause, with no price, is left of a clause — never a
    // thing sold ("pé", "tv" are).
    const isGrammarFragment =
      item.role === 'offering' &&
      /^\p{L}+$/u.test(own) &&
      !pricedHere(own, text, priceTexts) &&
      (isClosedWord(own, wordLanguageOf(lang)) || readingCues.chatInterjections.has(own) || LONE_INTERJECTIONS.has(own));
    // "Pelo correio não mando, que quebra.": one word after "que" that closes its clause is that
    // clause's verb — the reason given, never a thing sold.
    const isVerbAfterThat =
      item.role === 'offering' &&
      /^\p{L}+$/u.test(own) &&
      !pricedHere(own, text, priceTexts) &&
      [
        ...folded.matchAll(
          new RegExp(`(?<![\\p{L}])(?<!(?:${COMPARISONS})\\s+)(?:que|porque|pq)\\s+${escapeRegExp(own)}\\s*(?:[.,;!?\\n]|$)`, 'gu'),
        ),
      ].length > 0 &&
      !new RegExp(`(?<![\\p{L}])${escapeRegExp(own)}(?![\\p{L}])`, 'u').test(
        folded.replace(new RegExp(`(?<![\\p{L}])(?:que|porque|pq)\\s+${escapeRegExp(own)}`, 'gu'), ' '),
      );
    // "Julho", "Agosto" (from "em julho e agosto levam…"): a month or a day alone is when, never a
    // thing sold.
    const isWhen =
      item.role === 'offering' &&
      /^\p{L}+$/u.test(own) &&
      !pricedHere(own, text, priceTexts) &&
      (readingCues.monthWords.has(own) || isDayWord(own));
    if (
      isWhen ||
      readingCues.placeTypeWords.has(own) ||
      isOnlyWorkWord(own) ||
      isGrammarFragment ||
      isVerbAfterThat ||
      (item.role === 'offering' && isPronounFragment(own))
    ) {
      unused.push({ words: item.text, why: 'filler' });
      continue;
    }
    // "presencial em Santo André", "barrio Cordón", "dogs on leash welcome": where the business is
    // and what it allows, told — a card titled with a town or a neighbourhood reads as a thing sold.
    const ownWords = own.split(/[^\p{L}'’]+/u).filter(Boolean);
    const placeWords = place ? fold(place.split(',')[0]!).trim() : '';
    if (
      !pricedHere(own, text, priceTexts) &&
      (readingCues.neighbourhoodWords.has(ownWords[0] ?? '') ||
        // "loja 12", "sala 305", "unit 4": the premises' number, part of where.
        (readingCues.premisesWords.has(ownWords[0] ?? '') && /\d/.test(own) && ownWords.length <= 3) ||
        ownWords.some((word) => readingCues.allowanceWords.has(word)) ||
        (placeWords.length > 2 && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(placeWords)}(?![\\p{L}])`, 'u').test(own)))
    ) {
      kept.push({ text: item.text, role: 'detail' });
      continue;
    }
    // "mecânica de motos desde 1998", "family bakery since 1985": how long the business has been
    // at it, told — a card titled with a year reads as a thing sold.
    if (SINCE.test(own)) {
      kept.push({ text: item.text, role: 'detail' });
      continue;
    }
    // "closed bank holidays", "fechado aos feriados", "cerrado en agosto": when the business is
    // shut, told — never a thing offered.
    if (readingCues.closedWords.has(own.split(/[^\p{L}]+/u)[0] ?? '')) {
      kept.push({ text: item.text, role: 'detail' });
      continue;
    }
    // "…, a domicilio.", "atendimento a domicílio": where the work is done, told with its "a" —
    // never a thing offered ("Domicilio" as a card).
    if (readingCues.servedAtWords.has(own)) {
      const lead = at >= 0 ? /(?:^|[^\p{L}])((?:a|al|ao|em|en)\s+)$/u.exec(folded.slice(Math.max(0, at - 6), at)) : null;
      kept.push({ text: lead ? text.slice(at - lead[1]!.length, at + own.length) : item.text, role: 'detail' });
      continue;
    }
    // "sou o Edvaldo, o dono", "my nephew, Câmara": a person named beside a comma is who someone
    // is, never a thing sold — left to the studio's list, not a card.
    if (item.role === 'offering' && (namesAPersonOnly(own) || isSignedName(item.text) || isRelativeByName(item.text, text, at))) {
      unused.push({ words: item.text, why: 'aside' });
      continue;
    }
    // "trabalho em manteigas, sameiro e vale de amoreira": towns listed are where it works — told
    // once, as the clause that lists them, never a card each.
    if (
      item.role === 'offering' &&
      country &&
      at >= 0 &&
      ((isListedTownName(item.text, country) &&
        (isListedTown(text, folded, at, own, country) || isLongTownName(item.text) || isSurcharged(folded, at + own.length))) ||
        isInPlaceList(text, folded, at, own, country) ||
        isTownThenTerms(item.text, country, lang, clauseHasPrice(text, folded, at, priceTexts), writesCapitals))
    ) {
      const clause = townClause(text, folded, at);
      if (!kept.some((other) => fold(other.text).includes(fold(clause)))) kept.push({ text: clause, role: 'detail' });
      continue;
    }
    // "palmy and whanganui no": a thing that ends with its own negation is refused, never a card.
    if (
      item.role === 'offering' &&
      ownWords.length >= 2 &&
      isNegationWord(ownWords.at(-1)!, 'es', false) &&
      !isNegationWord(ownWords[0]!, 'es')
    ) {
      const refusal: BriefItem = { text: item.text, role: 'exclusion' };
      refusals.add(refusal);
      kept.push(refusal);
      continue;
    }
    const refused = at >= 0 && item.role === 'offering' ? refusedAfter(text, folded, at, own.length) : undefined;
    if (refused) {
      const refusal: BriefItem = { text: refused, role: 'exclusion' };
      refusals.add(refusal);
      kept.push(refusal);
    } else kept.push(item);
  }
  // "coelhos e pássaros também não": what such a refusal took in is said once, as the refusal.
  const taken = [...refusals].map((item) => fold(item.text));
  const afterRefusals = kept.filter((item) => {
    const said = fold(item.text).trim();
    // ("whanganui no" beside "palmy and whanganui no": the longer refusal says it.)
    if (refusals.has(item)) return !taken.some((refusal) => refusal !== said && refusal.includes(said));
    return item.role === 'exclusion' || !taken.some((refusal) => refusal.includes(said));
  });
  // "Amatitán, Arenal" beside "solo repartimos en Tequila, a Amatitán, El Arenal y Magdalena no
  // llegamos": a told part whose every word a longer told part already says is said once.
  const told = afterRefusals.filter((item) => item.role === 'detail').map((item) => ({ item, words: new Set(wordsOf(item.text)) }));
  return {
    items: afterRefusals.filter((item) => {
      if (item.role !== 'detail') return true;
      const own = wordsOf(item.text);
      return !told.some((other) => other.item !== item && other.words.size > own.length && own.every((word) => other.words.has(word)));
    }),
    unused,
  };
}

/** "Jordi P.", "Ana M": a given name and an initial, as a review or a comment is signed — someone. */
export function isSignedName(said: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}\.?$/u.test(said.trim());
}

/**
 * "sobrinho Jean" (from "trabalho com meu sobrinho Jean"), "Minor" (from "con mi esposo, Minor"): a
 * relative or a helper and their name, or the name alone right after who they are — a person.
 */
function isRelativeByName(said: string, text: string, at: number): boolean {
  const words = said.trim().split(/\s+/u);
  const isPersonNoun = (word: string) =>
    readingCues.kinshipWords.has(word) || readingCues.staffNouns.has(word) || readingCues.roleNouns.has(word);
  const isName = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word);
  const nouns = words.filter((word) => !readingCues.articles.has(fold(word)) && !readingCues.possessives.has(fold(word)));
  if (nouns.length >= 2 && nouns.length <= 4 && isPersonNoun(fold(nouns[0]!)) && nouns.slice(1).every(isName)) return true;
  if (nouns.length !== 1 || !isName(nouns[0]!) || at < 0) return false;
  const before = fold(text.slice(Math.max(0, at - 30), at)).match(/[\p{L}'’-]+/gu) ?? [];
  return before.length > 0 && isPersonNoun(before.at(-1)!) && /[\p{L}],?\s+$/u.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * "coelhos e pássaros tb não", "cuero natural no", "no weekends either": a negation at the end of
 * the clause refuses everything the clause names before it. The clause as written, from the
 * offering on, when its words after the offering are only more names, joiners, "também"/"either"
 * and that final negation; else undefined.
 */
function refusedAfter(text: string, folded: string, at: number, length: number): string | undefined {
  const end = clauseEnd(folded, at + length);
  const tail = folded
    .slice(at + length, end)
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);
  if (tail.length === 0 || tail.length > 8) return undefined;
  const last = tail.at(-1)!;
  if (!isNegationWord(last, undefined, false) && !isNegationWord(last, 'es', false)) return undefined;
  if (tail.slice(0, -1).some((word) => isNegationWord(word, 'es'))) return undefined;
  return text.slice(at, end).trim();
}

function clauseEnd(folded: string, from: number): number {
  let end = from;
  while (end < folded.length && !/[.!?\n,;:()]/.test(folded.charAt(end))) end++;
  return end;
}

/** Whether the sentence of the prompt holding `words` thanks us ("thanks for having a go at this"). */
export function isInThanks(text: string, words: string): boolean {
  const folded = fold(text);
  const at = folded.indexOf(fold(words).trim());
  return at >= 0 && THANKS.test(sentenceAround(folded, at));
}

function isListedTownName(said: string, country: string): boolean {
  const name = said.trim().replace(/[.,;:]+$/, '');
  return /^[\p{L}'’ -]+$/u.test(name) && name.split(/\s+/).length <= 4 && isTownOf(name, country);
}

/**
 * "mairinque sem custo", "Valdepeñas sin desplazamiento", "Marília só serviço acima", "abejorral
 * tampoco", "Worcester and Ceres too far sorry": a town of the country, then words that name no
 * thing (a negation, a condition, a "too far") — the terms of going there, never a card. A town
 * followed by a thing ("Pimenta biquinho") or by what it is of ("portão de aço": Portão is a town in
 * Rio Grande do Sul) names that thing, and a priced clause ("ceja a Medellín $450.000") is a trip
 * sold: they stay.
 */
const MAX_TOWN_WORDS = 3;
const MAX_TERMS_WORDS = 5;
function isTownThenTerms(said: string, country: string, lang: string | undefined, isPriced: boolean, writesCapitals: boolean): boolean {
  if (isPriced) return false;
  const words = said.trim().split(/\s+/u);
  for (let size = Math.min(MAX_TOWN_WORDS, words.length - 1); size >= 1; size--) {
    const town = words
      .slice(0, size)
      .join(' ')
      .replace(/[,;:]+$/u, '');
    const terms = words.slice(size).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (terms.length === 0 || terms.length > MAX_TERMS_WORDS || !isListedTownName(town, country)) continue;
    // "portão de aço", "pimenta do reino": a word followed by what it is of names a thing, whatever town shares the word.
    if (readingCues.ofWords.has(fold(terms[0]!))) return false;
    // Where the writer capitalises sentences, a town is written with its capital: "pimenta sem
    // semente" is a pepper. (A prompt typed in lowercase, or in capitals, tells nothing by case.)
    if (writesCapitals && !/^\p{Lu}/u.test(town)) return false;
    const language = wordLanguageOf(lang);
    const shape = shapeOfPhrase(
      terms.map((word) => ({ word, folded: fold(word) })),
      language,
    );
    return shape !== 'thing' || terms.every((word) => isClosedWord(fold(word), language) || isNegationWord(fold(word), lang));
  }
  return false;
}

/** Whether the clause `at` stands in holds a price ("ceja a Medellín $450.000"). */
function clauseHasPrice(text: string, folded: string, at: number, priceTexts: readonly string[]): boolean {
  if (at < 0) return false;
  const clause = townClause(text, folded, at);
  return priceTexts.some((price) => clause.includes(price));
}

/** "xaxim +R$ 40", "Bulls + $30": a price added on is a town's fee for the trip there. */
function isSurcharged(folded: string, end: number): boolean {
  return /^\s*(?:[:-]\s*)?\+\s*(?:[a-z]{0,3}\$|€|£|\d)/u.test(folded.slice(end, end + 12));
}

/**
 * "coronel vivida +R$ 25", "santa bárbara d'oeste": a town's name of two words or more, said alone,
 * names that town (a colonel or a saint would be said with more), unlike "Formiga" or "Natal".
 */
function isLongTownName(said: string): boolean {
  return said.trim().split(/\s+/).length >= 2;
}

/**
 * A town said as a place: right after a place preposition ("em lagoa"), or in a list with another
 * town of the country ("pombal, sousa e patos"). "formiga e pulga" are an ant and a flea, though
 * Formiga is a town too.
 */
function isListedTown(text: string, folded: string, at: number, own: string, country: string): boolean {
  const before = /([\p{L}]+)\s*$/u.exec(folded.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  if (readingCues.placePrepositions.includes(before) && before !== 'de') return true;
  const clause = townClause(text, folded, at);
  const towns = clause
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => fold(part) !== own && isListedTownName(part, country));
  return towns.length > 0;
}

/**
 * "trabalho em vagos, calvao, sosa e gafanha da boa hora": a list that opens right after a place
 * preposition with a town of the country is a list of places — each of its short, letters-only
 * members is one, whether or not the gazetteer knows it (a parish, a village).
 */
function isInPlaceList(text: string, folded: string, at: number, own: string, country: string): boolean {
  if (!/^[\p{L}'’ -]+$/u.test(own) || own.split(/\s+/).length > 4) return false;
  const clause = fold(townClause(text, folded, at));
  const prepositions = readingCues.placePrepositions.filter((word) => word !== 'de' && !word.includes(' '));
  const opening = new RegExp(`(?<![\\p{L}])(?:${prepositions.map(escapeRegExp).join('|')})\\s+`, 'gu');
  for (const match of clause.matchAll(opening)) {
    // Where the clause says the business works ("trabalho em …", "eu atendo em …"): in "faço bolos
    // em Recife, tortas e doces" or "Osteopatia em Viseu, massagem…" things follow the town.
    const lead = clause.slice(0, match.index + match[0].length);
    if ((lead.match(/\p{L}+/gu) ?? []).length > 4 || !AREA_LEAD.test(lead)) continue;
    const parts = clause
      .slice(match.index + match[0].length)
      .split(LIST_SEPARATOR)
      .map((part) => part.trim());
    if (parts.length < 2 || !isListedTownName(parts[0]!, country)) continue;
    // The list runs while its members are short names; it ends at the first longer phrase.
    const end = parts.findIndex((part) => !/^[\p{L}'’ -]+$/u.test(part) || part.split(/\s+/).length > 4);
    const members = end < 0 ? parts : parts.slice(0, end);
    if (members.includes(own)) return true;
  }
  return false;
}

/** The clause a listed town sits in, from the clause's start to the end of its list of towns. */
function townClause(text: string, folded: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n;:]/.test(folded.charAt(start - 1))) start--;
  let end = at;
  while (end < folded.length && !/[.!?\n;:]/.test(folded.charAt(end))) end++;
  return text.slice(start, end).trim().slice(0, 160);
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function sentenceAround(folded: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(folded.charAt(start - 1))) start--;
  let end = at;
  while (end < folded.length && !/[.!?\n]/.test(folded.charAt(end))) end++;
  return folded.slice(start, end).trim();
}

function isHeading(text: string, folded: string, at: number, own: string, priceTexts: readonly string[]): boolean {
  if (own.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // At the start of a line or sentence, after a bullet at most.
  const before = folded.slice(Math.max(0, folded.lastIndexOf('\n', at - 1) + 1), at);
  if (!/^(?:.*[.!?]\s+)?[\s\-•*–]*$/u.test(before)) return false;
  const lineEnd = folded.indexOf('\n', at) < 0 ? folded.length : folded.indexOf('\n', at);
  const colon = folded.indexOf(':', at + own.length);
  if (colon < 0 || colon > lineEnd) return false;
  const toColon = folded
    .slice(at + own.length, colon)
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (toColon.length > MAX_WORDS_TO_COLON || /[.!?]/.test(folded.slice(at + own.length, colon))) return false;
  const rest = text.slice(colon + 1, lineEnd);
  return !priceTexts.some((price) => price && rest.includes(price));
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as cardScreenWords };
