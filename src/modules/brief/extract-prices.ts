import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/currencies.json';
import { isClosedWordOfAny } from './word-classes';
import { readingCues } from './reading-cues';
import type { BriefPrice } from './site-brief-schema';
import { alternationOf, escapeRegExp, fold } from './text';

const code = z.string().regex(/^[A-Z]{3}$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const money = parseContent(
  'src/modules/brief/content/currencies.json',
  z.strictObject({
    $comment: z.string(),
    signs: z.array(z.strictObject({ sign: z.string().min(1), currency: code, countries: z.array(countryCode).optional() })),
    wordsAfter: z.array(
      z.strictObject({
        word: z.string().min(1),
        currency: z.union([code, z.literal('local')]),
        countries: z.array(countryCode).optional(),
      }),
    ),
    localDollar: z.record(countryCode, code),
    localCurrency: z.record(countryCode, code),
    thousands: z.array(z.string().min(1)),
  }),
  raw,
);

// "R$ 45", "R$ 2.100", "9,50 €", "€12", "$4.50", "US$ 10", "S/ 150", "29 €/mês", "£20", "N15,000", "Q250".
// (A letter may be money in more than one country — "K" is Zambia's kwacha and Papua New Guinea's
// kina: the signs of one spelling are looked up by the prompt's country.)
const SIGNS = new Map(money.signs.map((sign) => [sign.sign, sign]));
const signFor = (symbol: string, country: string | undefined) =>
  money.signs.find((candidate) => candidate.sign === symbol && country !== undefined && candidate.countries?.includes(country));
const signsOf = (signs: readonly string[]) =>
  [...signs]
    .sort((a, b) => b.length - a.length)
    .map((sign) => escapeRegExp(sign))
    .join('|');
/**
 * The money signs people write before an amount, longest first, as one alternation (the reader
 * masks prices with it too, in any case and after any letter: the signs that are money only in
 * some countries — the rand's lone "R", the naira's "N" — are left out, or "under 12" would lose
 * "r 12"; such a price's label is read from the prices, which keep it).
 */
export const CURRENCY_SIGNS = signsOf(money.signs.filter((sign) => !sign.countries).map((sign) => sign.sign));
const ALL_SIGNS = signsOf([...SIGNS.keys()]);
const WORDS_AFTER = new Map(money.wordsAfter.map((word) => [fold(word.word), word]));
const THOUSANDS = money.thousands.map(escapeRegExp).join('|');
// (A space groups thousands — "R$ 3 500", "por 1 500 reais" — but not after a size's "30 por 40": "30 por 40 320 reais" is 320.)
const NUMBER = `(\\d{1,3}(?:(?:[.,]|(?<!\\d\\s*(?:[x×*]|por|by)\\s*\\d{1,3})\\s)\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?`;
const PRICE = new RegExp(
  `(?:(?<![A-Za-zÀ-ÿ])(${ALL_SIGNS})\\s?${NUMBER}(?:\\s?(${THOUSANDS})(?![A-Za-zÀ-ÿ]))?` +
    `|${NUMBER}(?:\\s?(${THOUSANDS}))?\\s?(${signsOf([...WORDS_AFTER.keys(), ...money.wordsAfter.map((word) => word.word)])})(?![A-Za-zÀ-ÿ])` +
    // "Gele for guests: 5k": thousands with no sign, money only where the country's is known (see extractPrices).
    `|(?<![A-Za-zÀ-ÿ\\d.,])(\\d{1,3})(k)(?![A-Za-zÀ-ÿ]))(?![\\d])`,
  'gi',
);
const PERIOD: Array<[RegExp, NonNullable<BriefPrice['period']>]> = [
  [/^\s*(\/|por |a |per |al |ao )?\s*(m[eê]s|month|mo\b|mensal)/i, 'month'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(semana|week|wk\b)/i, 'week'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(hora|hour|hr\b|h\b)/i, 'hour'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(ano|year|año|yr\b)/i, 'year'],
  [/^\s*(\/|por |a |per |al |ao )?\s*(dia|day|d[ií]a|night|noite|noche)/i, 'day'],
];

// Words that describe the price rather than the item ("from", "a partir de", "desde").
// …and the verbs that say a price ("custa", "costs", "sale": the reading cues' price verbs).
const NOT_LABELS = new RegExp(
  `^(?:from|a partir de|desde|starting at|por|for|at|a|de|e|and|y|only|apenas|só|is|é|es|com|with|con|partir|prices?|preços?|precios?|price|preço|precio|planos?|plans?|extra|starts?|starting|começa|comeca|empieza|${readingCues.priceVerbs
    .filter((verb) => !verb.includes(' '))
    .map(escapeRegExp)
    .join('|')})$`,
  'i',
);

const PRICE_VERB: ReadonlySet<string> = new Set(readingCues.priceVerbs.filter((verb) => !verb.includes(' ')).map((verb) => fold(verb)));

// What makes an amount a starting price, right before it ("from $850", "a partir de 140€", "desde
// $15.000"): the reader's price leads (content/reading-cues.json).
const FROM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${readingCues.priceLeads.map(escapeRegExp).join('|')})\\s*(?:${ALL_SIGNS})?\\s*$`, 'iu');

// "los tratamientos de más de 300 €", "free delivery on orders over $50": a threshold, not a price.
const THRESHOLD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${readingCues.thresholdLeads.map(escapeRegExp).join('|')})\\s*(?:${ALL_SIGNS})?\\s*$`,
  'iu',
);

/** Currency codes people write beside an amount ("$250 MXN", "USD 40"); the reader masks them with the price too. */
export const CURRENCY_CODES = 'MXN|USD|ARS|CLP|COP|PEN|UYU|PYG|BOB|BRL|EUR|GBP|CAD|AUD|CHF|ZAR';
const ISO_CODES = CURRENCY_CODES;
const ISO_AFTER = new RegExp(`^\\s?(${ISO_CODES})\\b`, 'i');
const ISO_BEFORE = new RegExp(`\\b(${ISO_CODES})\\s?$`, 'i');

function toAmount(whole: string, cents: string | undefined): number {
  return Number(whole.replace(/[.,\s]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
}

/** Which money a sign or a word after the amount is, in a prompt from `country`; undefined when it is none there. */
function currencyOf(symbol: string, country: string | undefined): string | undefined {
  const sign =
    signFor(symbol, country) ?? SIGNS.get(symbol) ?? money.signs.find((candidate) => candidate.sign.toLowerCase() === symbol.toLowerCase());
  if (sign) {
    // "R780" in South Africa, "N15,000" in Nigeria: a letter sign is money there only, as written.
    if (sign.countries && (sign.sign !== symbol || !country || !sign.countries.includes(country))) return undefined;
    if (/^bs\.?$/i.test(symbol)) return country === 'VE' ? 'VES' : 'BOB';
    // "Visita $ 900" in Montevideo is 900 pesos uruguayos.
    if (symbol === '$') return (country && money.localDollar[country]) || 'USD';
    return sign.currency;
  }
  const word = WORDS_AFTER.get(fold(symbol));
  if (!word || (word.countries && (!country || !word.countries.includes(country)))) return undefined;
  if (word.currency === 'local') return country ? money.localCurrency[country] : undefined;
  if (word.currency === 'USD' && (country === 'MX' || country === 'AR')) return country === 'MX' ? 'MXN' : 'ARS';
  return word.currency;
}

// Where a priced item's words start: punctuation, or the end of the price before (with its unit).
// A point or comma between digits is the number's ("Lata de 3.6 litros R$ 89"), never a break.
// (A bracket too: "[Horário: seg a sex] Corte R$ 40" prices the "Corte".)
const ITEM_BREAK = /(?<!\d)[.,]|[.,](?!\d)|[;:!?\n()[\]–—]|\s-\s/g;
// Where the words after an amount (its unit: "per head", "o kg", "/lb", "la primera hora") stop.
// A digit right after a letter is the unit's own ("per m2", "o m3"), no next amount.
// A number with a measure after it is the unit's own too ("R$ 240 a saca de 50 kg").
const MEASURE_AFTER = `\\d*(?:[.,]\\d+)?\\s?(?:${alternationOf([...readingCues.measureUnits])})(?![\\p{L}\\p{N}])`;
const SIZE_SPACE = new RegExp(`(\\d)\\s(?=(?:${alternationOf([...readingCues.measureUnits])})(?![\\p{L}\\p{N}]))`, 'gu');
// (…only after "de"/"of": "o kg 2 kg por R$ 65" is the next item's size.)
const SIZE_LEAD = '(?:de|of|del|da|do)\\s';
const UNIT_END = new RegExp(
  `(?<!\\d)[,.]|[,.](?!\\d)|[;!?\\n()]|\\s(?:e|and|y|ou|or|o)\\s|(?:${CURRENCY_SIGNS})\\s?\\d|(?<!\\p{L})(?<!${SIZE_LEAD})(?<![\\d.,])\\d|(?<=${SIZE_LEAD})\\d(?!${MEASURE_AFTER})`,
  'u',
);
const CONNECTOR = /^(e|and|y|ou|or|o|plus|mais|más|also|também|tambem|también)$/i;

// Where a clause ends: a sentence's stop (a point inside a number is none), a line's end, a bracket.
const CLAUSE_BREAK = /(?<!\d)\.|\.(?!\d)|[;!?\n()]/;
// Where a phrase ends before a price's item (a decimal point or comma inside a number does not).
const PHRASE_BREAK = /(?<!\d)[.,]|[.,](?!\d)|[;:!?\n()]/;
const PHRASE_BREAK_BUT_COLON = /(?<!\d)[.,]|[.,](?!\d)|[;!?\n()]/;

/** The words of the last phrase of `head`, without list bullets. */
function lastPhraseWords(head: string, breaks: RegExp): string[] {
  return head
    .split(breaks)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .filter((word) => word && !/^[-•*–—]+$/.test(word));
}

// "para Laguna", "to Bath", "a Mulchén": where a travel fee takes the business.
const DESTINATION = /^(?:para|pra|to|a|até|ate|hasta)\s+\p{Lu}/u;
// "acima disso", "above that", "más de eso": words that point back at what was just said (content).
const POINTS_BACK: ReadonlySet<string> = new Set(readingCues.pointingBackWords);

// "socorro até 10 km": a thing, then the limit its price holds to.
const UP_TO_LIMIT = /^(.+?)\s+(?:até|ate|up to|hasta)\s+(\d[^,;()]*)$/iu;
// "disso", "daquilo": Portuguese points back with its "de" inside; "that", "eso" ("más de eso") do not.
const POINTS_BACK_WITH_OF = new Set(['disso', 'disto', 'daquilo']);

/**
 * "socorro até 10 km R$ 60, acima disso R$ 3 o km": a label pointing back at the price before
 * is that item beyond its limit — "socorro acima de 10 km" — and, with no limit to take, the item
 * with the words as said ("Entrega (acima disso)").
 */
function resolvePointingBack(label: string, previousLabel: string | undefined): string {
  const words = label.split(/\s+/);
  const at = words.findIndex((word) => POINTS_BACK.has(fold(word)));
  // Only words that name nothing around the pointer ("acima disso", "above that", "más de eso"):
  // "Labour after that" names its own thing.
  const namesNothing = words.every((word, index) => index === at || isClosedWordOfAny(fold(word)));
  if (at < 0 || !previousLabel || !namesNothing || fold(label).startsWith(fold(previousLabel))) return label;
  const limit = UP_TO_LIMIT.exec(previousLabel);
  if (!limit) return `${previousLabel} (${label})`;
  const pointer = words[at]!;
  const quantity = POINTS_BACK_WITH_OF.has(fold(pointer)) ? `de ${limit[2]!.trim()}` : limit[2]!.trim();
  return `${limit[1]} ${[...words.slice(0, at), quantity, ...words.slice(at + 1)].join(' ')}`;
}

/** The item a price is for: the words since the last break before it, without lead-ins. */
// What may open an aside that describes the subject before it: "de 28 cm", "que dá para dois", "com tampa".
const ASIDE_LEAD = new Set(['de', 'do', 'da', 'com', 'con', 'que', 'with', 'of', 'para', 'pra', 'sem', 'sin', 'without', 'for']);
const DEFINITE = new Set(['a', 'o', 'as', 'os', 'el', 'la', 'los', 'las', 'the']);

/**
 * "a panela pequena, de 20 centímetros, que dá moqueca pra dois, custa 60 reais", "A média, de 28
 * centímetros, 100 reais": a sentence whose subject (a definite article, a few words, no number)
 * is followed only by asides that describe it is that subject's price — said with its first aside
 * when that is a short measure ("panela pequena, de 20 centímetros").
 */
function subjectWithAside(sentence: string): string | undefined {
  const parts = sentence
    .trim()
    .replace(/,$/u, '')
    .split(',')
    .map((part) => part.trim());
  if (parts.length < 2) return undefined;
  const words = parts[0]!.split(/\s+/u);
  if (!DEFINITE.has(fold(words[0]!)) || words.length < 2 || words.length > 5 || /\d/.test(parts[0]!)) return undefined;
  if (!parts.slice(1).every((aside) => ASIDE_LEAD.has(fold(aside.split(/\s+/u)[0] ?? '')))) return undefined;
  const subject = words.slice(1).join(' ');
  const measure = parts[1]!;
  const withMeasure = /\d/.test(measure) && measure.split(/\s+/u).length <= 4 ? `${subject}, ${measure}` : subject;
  return withMeasure.length <= LABEL_MAX ? withMeasure : subject;
}

function labelBefore(prompt: string, from: number, at: number, previousLabel?: string): string {
  const span = prompt.slice(from, at);
  const breaks = [...span.matchAll(ITEM_BREAK)];
  let words = span
    .slice(breaks.length ? breaks.at(-1)!.index + breaks.at(-1)![0].length : 0)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "Um carro novo completo, sem pintura, fica por volta de 22.000 reais": a price said with its
  // verb is for the sentence's head before that verb — "por volta de" names nothing.
  const verbAt = words.findLastIndex((word) => PRICE_VERB.has(fold(word)));
  if (verbAt >= 0 && words.slice(verbAt + 1).every((word) => NOT_LABELS.test(word) || readingCues.priceApproximators.has(fold(word)))) {
    const head = verbAt > 0 ? words.slice(0, verbAt).join(' ') : span.slice(0, span.lastIndexOf(words[0]!));
    const sentence = head
      .slice(head.search(/[^.;:!?\n()]*$/u))
      .trim()
      .replace(/,$/, '');
    const item = sentence.replace(/^(?:[-•*–—]+\s*)?(?:um|uma|un|una|an?)\s+/iu, '');
    if (item && item.length <= LABEL_MAX && !/\d/.test(item) && item.split(/\s+/).length <= 8) return item;
    const subject = subjectWithAside(sentence);
    if (subject) return subject;
  }
  // "- orquídea adulta: R$ 45": a list's bullet is not part of the item.
  while (words.length && (CONNECTOR.test(words[0]!) || NOT_LABELS.test(words[0]!) || /^[-•*–—]+$/.test(words[0]!))) words = words.slice(1);
  while (words.length && (NOT_LABELS.test(words.at(-1)!) || ISO_AFTER.test(words.at(-1)!))) words = words.slice(0, -1);
  // "Exhibiciones: 300 €": the words right before a colon name what follows — and so do those before
  // a dash ("Corte - R$ 30", "1 hour – US$18"), the other way a price list sets a price beside its item.
  if (words.length === 0 && breaks.length && (breaks.at(-1)![0] === ':' || /^\s?[-–—]\s?$/u.test(breaks.at(-1)![0]))) {
    // "kit de suculentas (6 unidades): R$ 30": an aside before the colon belongs to the item.
    const head = span.slice(0, breaks.at(-1)!.index);
    // "- Desentupimento de pia, ralo ou vaso sanitário: a partir de R$ 150": a line's whole head
    // before its colon is what the price is for — its commas list the things it covers, never new
    // items — when it is short enough to be a label.
    // Only a line of its own, a list's line: mid-sentence ("Matrícula abierta, queremos
    // formulario…: 55 €") the words before the colon are said, not a name.
    const raw = head.split(CLAUSE_BREAK).at(-1)!;
    const opensLine = /(?:^|\n)[^\S\n]*$/.test(prompt.slice(0, from + head.length - raw.length));
    const clause = raw.replace(/^[\s\-•*–—]+/, '').trim();
    if (opensLine && clause && clause.length <= LABEL_MAX && !/\d/.test(clause)) return clause;
    const aside = /\s*\([^()]{1,80}\)\s*$/.exec(head);
    const before = lastPhraseWords(head.slice(0, aside ? aside.index : head.length), PHRASE_BREAK_BUT_COLON);
    words = [...before.slice(-6), ...(aside && before.length > 0 ? [aside[0].trim()] : [])];
  }
  // "- pão pequeno (4 unidades) R$ 10": an aside right before the price belongs to the item it follows.
  if (words.length === 0 && breaks.length && breaks.at(-1)![0] === ')' && /^\)\s*$/.test(span.slice(breaks.at(-1)!.index))) {
    const head = span.slice(0, breaks.at(-1)!.index + 1);
    const aside = /\s*\([^()]{1,80}\)$/.exec(head);
    if (aside) {
      let before = lastPhraseWords(head.slice(0, aside.index), PHRASE_BREAK);
      while (before.length && (CONNECTOR.test(before[0]!) || NOT_LABELS.test(before[0]!))) before = before.slice(1);
      if (before.length > 0) words = [...before.slice(-6), aside[0].trim()];
    }
  }
  // "a puppy class for pups 8-20 weeks old ($180)", "avaliação física (R$ 80)", "bordamos
  // estandartes (desde Bs 1.500)": a price in parentheses is for the words right before them —
  // with the parenthesis's own words, if any, saying which ("trajes a medida (el de moreno)").
  if (breaks.length && breaks.at(-1)![0] === '(') {
    const head = span.slice(0, breaks.at(-1)!.index);
    let before = lastPhraseWords(head, PHRASE_BREAK);
    // (Nor the verb that sold it: "hacemos trajes a medida" is "trajes a medida".)
    while (
      before.length &&
      (CONNECTOR.test(before[0]!) ||
        NOT_LABELS.test(before[0]!) ||
        /^(an?|the|um|uma|un|una)$/i.test(before[0]!) ||
        (before.length > 1 && readingCues.doingVerbs.has(fold(before[0]!))))
    )
      before = before.slice(1);
    if (before.length > 0) return [...before.slice(-8), ...(words.length > 0 ? [`(${words.join(' ')})`] : [])].join(' ');
  }
  // "para Laguna, R$ 60 de deslocamento", "acima disso, R$ 70 a cada mil litros": a price right after
  // a comma is for the phrase before it; one that points back ("disso", "that") names the item the
  // price before was for.
  if (words.length === 0 && breaks.length && breaks.at(-1)![0] === ',' && /^,\s*$/.test(span.slice(breaks.at(-1)!.index))) {
    let before = lastPhraseWords(span.slice(0, breaks.at(-1)!.index), PHRASE_BREAK);
    while (before.length && (CONNECTOR.test(before[0]!) || NOT_LABELS.test(before[0]!))) before = before.slice(1);
    const said = before.join(' ');
    // Only a phrase that says which, on its own: a place it goes to, or one pointing back — "with
    // instructions, £8" is an aside of the item before it, never the item.
    // "A média, de 28 centímetros, 100 reais": the sentence's subject, its measure beside it.
    const sentenceHead = span.slice(0, breaks.at(-1)!.index);
    const subject = /(?:^|[.!?\n]\s*)$/u.test(prompt.slice(0, from + sentenceHead.search(/[^.;:!?\n()]*$/u)))
      ? subjectWithAside(sentenceHead.slice(sentenceHead.search(/[^.;:!?\n()]*$/u)))
      : undefined;
    if (subject && before.some((word) => /\d/.test(word))) return subject;
    if (before.length > 0 && before.length <= 6 && !before.some((word) => /\d/.test(word))) {
      if (before.some((word) => POINTS_BACK.has(fold(word))) && previousLabel) return `${previousLabel} (${said})`;
      if (DESTINATION.test(said.charAt(0).toLowerCase() + said.slice(1))) return said;
      // "Reparação de barcos de madeira, 28 € por hora": a phrase that opens its sentence, then the
      // price — the price is that thing's (it was shown as the business's own sentence's).
      const head = span.slice(0, breaks.at(-1)!.index);
      const tail = head.slice(head.search(/[^.;:!?\n()]*$/u));
      const phraseAt = from + head.length - tail.trimStart().length;
      const opensSentence = /(?:^|[.!?\n]\s*)$/u.test(prompt.slice(0, phraseAt));
      const isSelfSaid = readingCues.selfIntro.some((intro) => fold(said).startsWith(`${intro} `));
      // (The phrase as written opens its sentence with a capital: "O par de rodas, 8.500 reais" lost its article above.)
      const written = head.split(PHRASE_BREAK).at(-1)!;
      const writtenAt = from + head.length - written.trimStart().length;
      const phraseOpens = /(?:^|[.!?\n]\s*)$/u.test(prompt.slice(0, writtenAt)) && /^\p{Lu}/u.test(written.trim());
      // "Os preços: faca de cozinha, 2 euros; navalha, 2,50 euros": so does an item of a list run
      // on after a colon or a semicolon, in lowercase as lists are.
      // "…sai por 220, e a frigideirinha de servir, 40": and so does the last of a run of items, its article after the "and".
      const opensListItem =
        /[;:]\s*$/u.test(prompt.slice(0, phraseAt)) || /^(?:e|y|and)\s+(?:a|o|as|os|el|la|los|las|the)\s/iu.test(written.trim());
      if (((opensSentence && phraseOpens) || opensListItem) && !isSelfSaid && !said.includes(','))
        return opensListItem ? said.replace(/^(?:a|o|as|os|el|la|los|las|the)\s+/iu, '') : said;
    }
  }
  // "coxinha, risole, bolinha de queijo e kibe R$ 75 o cento", "carne, queijo, pizza ou palmito
  // R$ 9": a price after a list ending in "e/and/y" or "ou/or/o" is the whole list's — walked back
  // over its short comma-separated items.
  const lastBreak = breaks.at(-1);
  if (
    words.length > 0 &&
    words.length <= 8 &&
    lastBreak?.[0] === ',' &&
    words.some((word) => LIST_JOINER.test(word) || ALTERNATIVE.test(word))
  ) {
    const items: string[] = [];
    let end = lastBreak.index;
    for (let at = breaks.length - 2; at >= -1; at--) {
      const earlier = at >= 0 ? breaks[at] : undefined;
      const start = earlier ? earlier.index + earlier[0].length : 0;
      const item = span.slice(start, end).trim();
      const itemWords = item.split(/\s+/).filter(Boolean);
      if (itemWords.length === 0 || itemWords.length > 4 || /\d/.test(item)) break;
      items.unshift(item);
      if (!earlier || earlier[0] !== ',') break;
      end = earlier.index;
    }
    if (items.length > 0) {
      // "- pastel de carne, queijo…": a list's bullet is not part of its first item.
      const first = withoutLeadVerb(items[0]!.replace(/^[-•*–—]+\s*/, ''));
      const list = [...(first ? [first] : []), ...items.slice(1), words.join(' ')].join(', ');
      if (list.length <= LABEL_MAX) return list;
    }
  }
  // A sentence is not a label: its last eight words are.
  return words.slice(-8).join(' ');
}

// The reading cues' list joiners ("e", "and", "y", "&"): one list of them for the whole reader.
const LIST_JOINER = new RegExp(`^(?:${readingCues.listJoiner})$`, 'i');
// "pizza ou palmito": the last of a list of choices at one price.
const ALTERNATIVE = /^(?:ou|or|o)$/i;
// As long as a price's label may be (the brief's schema): a list of flavours at one price fits.
const LABEL_MAX = 80;

/** "Faço coxinha" → "coxinha": the verb that opened the list is not part of its first item. */
function withoutLeadVerb(item: string): string {
  const folded = fold(item);
  const verb = readingCues.offeringVerbs.find((phrase) => folded === phrase || folded.startsWith(`${phrase} `));
  return verb ? item.split(/\s+/).slice(verb.split(' ').length).join(' ') : item;
}

const PRICE_INCLUDES = /^(?:com|with|con)\s.+\s(?:inclus[oa]s?|incluid[oa]s?|included)$|^(?:including|incluindo|incluyendo|incl\.?)\s/iu;

const CONDITION_LEAD = new RegExp(`^(?:${alternationOf(readingCues.priceConditionLeads)})\\s+(?=\\S)`, 'u');

/** "até 5 mil litros" after a price: up to a clause's or list's break, at most six words. */
function conditionAfter(raw: string): string | undefined {
  if (!CONDITION_LEAD.test(fold(raw))) return undefined;
  const end = raw.search(new RegExp(`[,;!?\\n()]|(?<!\\d)\\.|\\.(?!\\d)|\\s(?:e|and|y|ou|or|o)\\s|(?:${CURRENCY_SIGNS})\\s?\\d`, 'u'));
  const condition = (end < 0 ? raw : raw.slice(0, end)).trim();
  const words = condition.split(/\s+/);
  return words.length >= 2 && words.length <= 6 ? condition : undefined;
}

const ROUND_TRIP = new RegExp(`^\\s*,?\\s*(?:${alternationOf(readingCues.roundTripWords)})(?![\\p{L}])`, 'iu');

/** "$ 40 por kilómetro desde Florida, ida y vuelta", "£1 a mile, each way": how the distance is counted goes with the unit. */
function withRoundTrip(prompt: string, from: number, unit: string | undefined): string | undefined {
  if (!unit) return unit;
  const at = prompt.indexOf(unit, from);
  if (at < 0) return unit;
  const trip = ROUND_TRIP.exec(prompt.slice(at + unit.length, at + unit.length + 24));
  return trip ? `${unit}${trip[0].trimEnd()}` : unit;
}

/** The person's words for what the amount is per ("per head", "o kg", "/lb", "cada hora adicional"). */
function unitAfter(prompt: string, from: number): string | undefined {
  // "25€, mais a consulta", "$40, plus travel": what is added to the price is said with it.
  // (Never past the line's end: "…: R$ 150⏎⏎a chapa e as argolas…" opens another paragraph.)
  const line = (length: number) =>
    prompt
      .slice(from, from + length)
      .split('\n')[0]!
      .trimStart();
  const raw = line(40);
  // "R$ 380 até 5 mil litros", "£40 for up to 3 rooms": the condition the price holds under is
  // said with it, numbers and all — a price cut from it promises more than was offered.
  const condition = conditionAfter(line(48));
  if (condition) return condition;
  const plus = /^,\s*(?=(?:mais|plus|más|mas)\s)/iu.exec(raw);
  const rest = plus ? raw.slice(plus[0].length) : raw;
  // From the second character: "o kg" opens with what would elsewhere be a connector.
  const end = (UNIT_END.exec(rest.slice(1))?.index ?? rest.length) + 1;
  const said = rest.slice(0, end).trim();
  // "$1 a km from our gate", "R$ 3 o km rodado depois de 10 km": a long tail that opens on "a"/"per"
  // and one word is that unit, the rest its clause's.
  const lead = /^(?:an?|per|o|por|the|each|cada)\s+[\p{L}²³]+/iu.exec(said);
  // ("a saca de 50 kg": a size is one word of the unit, its number and measure together.)
  const wordsOf = (phrase: string) => phrase.replace(SIZE_SPACE, '$1').split(/\s+/).filter(Boolean);
  const unit = wordsOf(said).length > 4 && lead ? lead[0] : said;
  const words = wordsOf(unit);
  // "R$ 250 + taxas do Detran", "R$ 300 com placa inclusa", "£40 with parts included": what the
  // price includes or leaves out is said with it — a fee marked extra is never shown as the whole.
  if (words.length > 0 && words.length <= 5 && (/^\+\s*\p{L}/u.test(unit) || PRICE_INCLUDES.test(unit))) return unit;
  if (
    words.length === 0 ||
    words.length > 4 ||
    // "9€ / 6€" (dose / meia dose): a slash before another price is no unit.
    !/\p{L}/u.test(unit) ||
    // ("£15 extra", "10k extra", "R$ 20 adicional": on top of another price.)
    !/^(\/|per\b|por\b|an?\b|o\b|la\b|el\b|the\b|ao\b|al\b|each\b|cada\b|every\b|un[ao]?\b|um[a]?\b|por\s|mais\b|plus\b|más\b|mas\b|extra\b|adicional\b|additional\b|de\s+(?!\d))/iu.test(
      unit,
    )
  )
    return undefined;
  // "per m2", "o m3" typed on a keyboard without superscripts: square and cubic metres as written.
  return unit.replace(
    /(?<![\p{L}])((?:k|c|d)?m|ft)([23])(?![\p{L}\p{N}])/gu,
    (_, base: string, power: string) => `${base}${power === '2' ? '²' : '³'}`,
  );
}

// The words of a range between two amounts ("a", "to", "–"; never "até"/"up to", a threshold:
// "frete R$ 10 até R$ 100 em compras"). A handful of closed words of the three languages, beside
// the patterns they build, rather than one more content list.
const RANGE_WORD = /^(?:a|to|-|–|—)$/iu;
const RANGE_BETWEEN = /^\s*(?:a|to|-|–|—)\s*$/iu;
// A bare number right before the price, joined by a word of range (never a dash: "Kit 3 - 45 €"),
// or by "e"/"y"/"and" after "entre"/"between" ("entre 300 e 500 reais"; "calça e saia: 6 e 8 €" are two).
const RANGE_START =
  /(?:(?:(?<![\p{L}])(?:de|from|desde)\s+)?(?<![\d.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s+(?:a|to)|(?<![\p{L}])(?:entre|between)\s+(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s+(?:e|y|and))\s+$/iu;

const MAX_PRICES = 12;

/** Prices the prompt states, with the words before them as a label ("corte R$ 45" → corte). */
export function extractPrices(prompt: string, country: string | undefined): BriefPrice[] {
  const prices: BriefPrice[] = [];
  let previousEnd = 0;
  // Where the last price's amount ended (before any unit read after it).
  let lastAmountEnd = 0;
  // "alambique de 50 L 1.350 €" in Portugal: a letter that is money elsewhere only (the lempira's
  // "L") is no sign here — read past it, so the amount finds the sign after it.
  const scanned = prompt.replace(LETTER_SIGN_BEFORE_AMOUNT, (sign: string, letters: string) =>
    currencyOf(letters, country) === undefined ? ' '.repeat(sign.length) : sign,
  );
  for (const match of scanned.matchAll(PRICE)) {
    const [text, symbolBefore, wholeBefore, centsBefore, thousandsBefore, wholeAfter, centsAfter, thousandsAfter, symbolAfter, wholeBare] =
      match;
    const symbol = symbolBefore ?? symbolAfter ?? '';
    // "R" before digits is money in South Africa only ("Rua R 7" is a street in Goiânia); "45 pilas"
    // is money in Brazil only. A bare "5k" is the country's money, in a list's line ("Gele: 5k").
    const currency = wholeBare
      ? country && isListAmount(prompt, match.index) && isBareThousands(prompt, match.index + text.length, text)
        ? money.localCurrency[country]
        : undefined
      : currencyOf(symbol, country);
    if (!currency) continue;
    if (symbolBefore && isLetterSign(symbolBefore) && isModelCode(prompt, match.index, text, symbolBefore)) continue;
    const thousands = thousandsBefore ?? thousandsAfter ?? (wholeBare ? 'k' : undefined);
    const amount = toAmount(wholeBefore ?? wholeAfter ?? wholeBare ?? '0', centsBefore ?? centsAfter) * (thousands ? 1000 : 1);
    const amountEnd = match.index + text.length;
    if (THRESHOLD_BEFORE.test(fold(prompt.slice(Math.max(0, match.index - 24), match.index + (symbolBefore?.length ?? 0))))) {
      previousEnd = amountEnd;
      continue;
    }
    // "de 4 € a 8 €", "$4 to $8": a price joined to the one before it by a word of range is that
    // price's top — one price, never a second item named "a".
    const last = prices.at(-1);
    if (last && last.upTo === undefined && RANGE_BETWEEN.test(prompt.slice(lastAmountEnd, match.index)) && amount > last.amount) {
      last.upTo = amount;
      last.text = `${last.text}${prompt.slice(lastAmountEnd, match.index)}${text}`.trim();
      // (The unit reader took the range's word for the first price's unit: "4 € a".)
      if (last.unit && RANGE_WORD.test(last.unit.trim())) delete last.unit;
      // "R$ 100 a R$ 150 por dia": what the top is per, the range is per.
      const tailUnit = unitAfter(prompt, amountEnd);
      if (tailUnit && !last.unit && !last.period) last.unit = tailUnit.slice(0, 60);
      previousEnd = tailUnit ? amountEnd + prompt.slice(amountEnd).indexOf(tailUnit) + tailUnit.length : amountEnd;
      lastAmountEnd = amountEnd;
      continue;
    }
    // "de quatro a oito euros" (written "de 4 a 8 euros"): a bare number joined to the price by a
    // word of range is its bottom.
    const bare = RANGE_START.exec(prompt.slice(Math.max(previousEnd, match.index - 30), match.index));
    const low = bare && !symbolBefore ? toAmount(bare[1] ?? bare[3]!, bare[2] ?? bare[4]) : undefined;
    const rangeStart = low !== undefined && low < amount ? match.index - bare![0].length : match.index;
    const after = prompt.slice(amountEnd, amountEnd + 12);
    const period = PERIOD.find(([pattern]) => pattern.test(after))?.[1];
    // "$250 MXN", "USD $40": a currency code next to the amount says which dollar it is.
    const code = (
      ISO_AFTER.exec(after)?.[1] ?? ISO_BEFORE.exec(prompt.slice(Math.max(0, match.index - 6), match.index))?.[1]
    )?.toUpperCase();
    const unitFrom = code && ISO_AFTER.test(after) ? amountEnd + ISO_AFTER.exec(after)![0].length : amountEnd;
    const unit = period ? undefined : withRoundTrip(prompt, unitFrom, unitAfter(prompt, unitFrom));
    // "300 € la primera hora y 120 € cada hora adicional": nothing between two prices names a
    // new item, so the second is the first item's too.
    // "9€ / 6€": only a slash between two prices — the second is the same item's other size.
    const between = prompt.slice(previousEnd, match.index);
    const ownLabel =
      /^[\s/|]*$/.test(between) && prices.length > 0
        ? ''
        : resolvePointingBack(
            labelBefore(prompt, Math.max(previousEnd, rangeStart - 80), rangeStart, prices.at(-1)?.label),
            prices.at(-1)?.label,
          );
    const label =
      ownLabel ||
      (prompt
        .slice(previousEnd, match.index)
        .trim()
        .split(/\s+/)
        .every((word) => !word || word === '/' || CONNECTOR.test(word))
        ? prices.at(-1)?.label
        : undefined);
    previousEnd = unitFrom + (unit ? prompt.slice(unitFrom).indexOf(unit) + unit.length : 0);
    const isRange = rangeStart < match.index;
    lastAmountEnd = amountEnd;
    prices.push({
      text: `${isRange ? prompt.slice(rangeStart, match.index) : ''}${code && ISO_AFTER.test(after) ? `${text.trim()} ${code}` : text}`.trim(),
      amount: isRange ? low! : amount,
      ...(isRange ? { upTo: amount } : {}),
      currency: code ?? currency,
      // A long aside is cut whole, never in the middle ("dia completo (arruada de manhã, …").
      ...(label ? { label: (label.length > LABEL_MAX ? label.replace(/\s*\([^()]*\)$/, '') : label).slice(0, LABEL_MAX) } : {}),
      ...(period ? { period } : {}),
      ...(unit ? { unit: unit.slice(0, 60) } : {}),
      ...(FROM_BEFORE.test(prompt.slice(Math.max(0, match.index - 20), match.index + (symbolBefore ? symbolBefore.length : 0)))
        ? { isFrom: true }
        : {}),
    });
    if (prices.length >= MAX_PRICES) break;
  }
  return withListSiblings(prompt, prices);
}

// A sign of letters only ("N", "Q", "Rs", "RM"), money only in its country — and there shared
// with model names, sizes and roads.
const isLetterSign = (sign: string) => /^\p{L}+\.?$/u.test(sign);
// A letter sign of money, right before an amount: "L 1.350", "Q15".
const LETTER_SIGN_BEFORE_AMOUNT = new RegExp(
  `(?<![\\p{L}])(${money.signs
    .map((sign) => sign.sign)
    .filter(isLetterSign)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=\\s?\\d)`,
  'gu',
);

/**
 * "P2P", "N95s", "bloque L 12": a letter sign before digits that names a model, a road or a size,
 * not money — glued to a letter after it, or a lone letter and a space before one or two digits.
 * (A capitalised word before it is no sign of a model: "Adobo P80, Sinigang P95" is a menu, as
 * "Epson L3150" is a printer — a country's money read there is the lesser harm; the country itself
 * is never read from such amounts, see pricedCountry.)
 */
function isModelCode(prompt: string, at: number, said: string, sign: string): boolean {
  const digits = said.slice(sign.length).trim();
  if (/^\p{L}/u.test(prompt.slice(at + said.length))) return true;
  return sign.length === 1 && /^\p{L}\s/u.test(said) && /^\d{1,2}$/u.test(digits);
}

/**
 * "Gele for guests: 5k per head", "Home service: 10k extra": thousands written "k" with no sign,
 * as the line's whole price — never "12k seguidores", "4K" or "5k run" (a word after it that is no
 * unit's, or a capital K).
 */
function isBareThousands(prompt: string, end: number, said: string): boolean {
  if (!said.endsWith('k')) return false;
  return /^(?:[ \t]*(?:[,.;:!?)\n]|$)|\s+(?:per|each|extra|cada|por|pp|a|an|o|la|el|only|so|solo)(?![\p{L}]))/iu.test(
    prompt.slice(end, end + 12),
  );
}

/** Whether the amount at `at` stands where a list's line puts its price: after a colon or a dash. */
function isListAmount(prompt: string, at: number): boolean {
  const line = prompt.slice(prompt.lastIndexOf('\n', at - 1) + 1, at);
  return /(?::|\s[-–—])\s*$/u.test(line);
}

// "- Cuia com bocal liso: 120" — a list's line whose whole price is a bare amount.
const BARE_LIST_LINE = /^[ \t]*(?:[-•*–][ \t]*)?([^:\n]{2,80}?):[ \t]*(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?[ \t]*$/gmu;

/**
 * "- Cuia lixada: 45 pila⏎- Cuia com bocal liso: 120⏎- Cuia gravada: R$ 180": a list's line with a
 * bare amount, between lines priced in one money, is priced in it too — the person wrote the sign
 * once or twice and let the list say the rest. Never a line alone, nor one beside no price.
 */
function withListSiblings(prompt: string, prices: BriefPrice[]): BriefPrice[] {
  if (prices.length === 0 || prices.length >= MAX_PRICES) return prices;
  const lineOf = (at: number) => prompt.slice(0, at).split('\n').length - 1;
  const lines = prompt.split('\n');
  const pricedLines = new Map<number, string>();
  for (const price of prices) {
    const at = prompt.indexOf(price.text);
    if (at >= 0) pricedLines.set(lineOf(at), price.currency);
  }
  const found: Array<{ line: number; price: BriefPrice }> = [];
  for (const match of prompt.matchAll(BARE_LIST_LINE)) {
    const line = lineOf(match.index);
    if (pricedLines.has(line)) continue;
    const near = [line - 1, line + 1].filter((other) => pricedLines.has(other));
    const currency = pricedLines.get(near[0] ?? -1);
    if (!currency || near.some((other) => pricedLines.get(other) !== currency)) continue;
    const bullet = (text: string) => /^[ \t]*[-•*–]/u.exec(text)?.[0].trim() ?? '';
    if (near.some((other) => bullet(lines[other]!) !== bullet(lines[line]!))) continue;
    const label = match[1]!.replace(/^[ \t]*[-•*–][ \t]*/u, '').trim();
    // Another of the same things ("Cuia lisa: 120" under "Cuia lixada: 45 pila"), or a size ("M: 50")
    // — never "Serve: 20", "Idade mínima: 12" or "Garantia: 12" between two prices.
    const head = (text: string) => fold(text.replace(/^[ \t]*[-•*–][ \t]*/u, '')).match(/\p{L}+/u)?.[0] ?? '';
    if (label.length > 2 && !near.some((other) => head(lines[other]!) === head(label))) continue;
    const amountText = match[0].slice(match[0].lastIndexOf(':') + 1).trim();
    found.push({ line, price: { text: amountText, amount: toAmount(match[2]!, match[3]), currency, label: label.slice(0, LABEL_MAX) } });
  }
  if (found.length === 0) return prices;
  const ordered = [...prices.map((price) => ({ line: lineOf(Math.max(0, prompt.indexOf(price.text))), price })), ...found].sort(
    (a, b) => a.line - b.line,
  );
  return ordered.map(({ price }) => price).slice(0, MAX_PRICES);
}

// Currencies only one of the countries we serve pays in: a price in reais is a business in Brazil.
const SIGN_COUNTRIES = [...new Set(money.signs.flatMap((sign) => sign.countries ?? []))];
const CURRENCY_COUNTRY: Record<string, string> = {
  BRL: 'BR',
  NGN: 'NG',
  GTQ: 'GT',
  PHP: 'PH',
  HNL: 'HN',
  PAB: 'PA',
  KES: 'KE',
  GHS: 'GH',
  INR: 'IN',
  JMD: 'JM',
  TTD: 'TT',
  VES: 'VE',
  CUP: 'CU',
  GBP: 'GB',
  PEN: 'PE',
  DOP: 'DO',
  CRC: 'CR',
  NIO: 'NI',
  MXN: 'MX',
  BOB: 'BO',
  PYG: 'PY',
};

/**
 * The country the prompt's prices are paid in, when every price is in one currency of one country
 * ("R$ 240" is Brazil): evidence of where the business is, like a phone's prefix, against a
 * small town of the same name elsewhere ("Nazaré" is a bairro of Belém as well as a town in Portugal).
 */
export function pricedCountry(prompt: string): string | undefined {
  const prices = extractPrices(prompt, undefined);
  // "Call-out R450, labour R520 per hour": the rand's lone "R" is read as money only in South
  // Africa, so with no other money in the prompt, two amounts or more written so say it is there.
  // The same for the naira's "N", the quetzal's "Q" and the other signs that are money in one country.
  if (prices.length === 0)
    return SIGN_COUNTRIES.find((country) => {
      const read = extractPrices(prompt, country);
      const currencies = new Set(money.signs.filter((sign) => sign.countries?.includes(country)).map((sign) => sign.currency));
      // (…written as money is: one with a thousands separator or cents, or every one in hundreds at
      // least and none after a capitalised word — "take the N95, then the N12" is buses, "Epson
      // L3150, L3250" printers.)
      const afterName = (price: BriefPrice) =>
        /\p{Lu}[\p{L}\d-]*\s+$/u.test(prompt.slice(Math.max(0, prompt.indexOf(price.text) - 30), prompt.indexOf(price.text)));
      return (
        read.length >= 2 &&
        read.every((price) => currencies.has(price.currency) && !/^\d/u.test(price.text)) &&
        (read.some((price) => /\d[.,\s]\d/u.test(price.text)) || read.every((price) => price.amount >= 100 && !afterName(price)))
      );
    });
  const currencies = new Set(prices.map((price) => price.currency));
  const [only] = currencies;
  return currencies.size === 1 && only ? CURRENCY_COUNTRY[only] : undefined;
}
