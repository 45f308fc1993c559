import { speaksAlone } from './speak-alone';
import { paletteOfColour, toneOfColour } from './colour-words';
import { escapeRegExp, fold } from './text';
import { isEverydayActionNoun } from './name-actions';
import { BRAZILIAN_STATES, LOWERCASE_TOWN_MIN } from './extract-place';
import { findWorldCities } from './places';
import { featureSpans, refusesForm } from './detect-features';
import { CURRENCY_CODES, CURRENCY_SIGNS } from './extract-prices';
import { formWords } from './extract-form-fields';
import { isFirstName } from './extract-people';
import { opensWithClosedWord, shapeOfPhrase, withoutLooseEnd } from './shape-of-phrase';
import { isClauseWord, isClosedWord, mayBeVerb, wordLanguageOf } from './word-classes';
import { isCountryName } from './brief-details';
import {
  isDayWord,
  instructionNegationReach,
  isFirstPersonPluralVerb,
  isInfinitiveVerb,
  isNegationWord,
  isParticipleWithAgent,
  isPastThirdSingularVerb,
  isRoleNoun,
  namesAPersonOnly,
  readingCues as cues,
} from './reading-cues';
import type { BriefFeature, BriefItem, ItemRole, UnusedReason } from './site-brief-schema';

/**
 * The person's words, read for what they say about the business rather than for which kind it
 * is: what the business is (in their words), every thing they named — offerings, audiences,
 * credentials, schedule items, channels, topics they want a section about — and the words they
 * used about the site itself, which the page does not need to repeat. This reader knows the
 * language of a request (`content/reading-cues.json`), never a list of trades, so a kayak repair
 * workshop or a valve maker is read the same way a bakery is.
 *
 * Facts (phones, emails, prices, hours, places) are read by their own extractors; here they are
 * blanked first, so a phone number never becomes an offering.
 */

export type ReadItem = BriefItem;
export type UnusedWords = { words: string; why: UnusedReason };

export type PromptReading = {
  /** What the business is, in the person's words ("vegan bakery", "industrial ball and butterfly valves"). */
  what: string;
  /** True when `what` is what the business makes or sells ("we make X"), not what it is. */
  isWhatProduct: boolean;
  items: ReadItem[];
  unused: UnusedWords[];
  /** A region or country right after the place ("Dayton, Ohio"): part of where, not an offering. */
  region: string | null;
  /**
   * The sentences where the person says what the business is: the first one, and the one their
   * description came from. A kind named there is about the business; elsewhere a kind's word is
   * often about something else ("school proms", "som mecânico até as 20h", "next to the butcher's").
   */
  introduction: string;
  /** The person speaks of themselves in the singular ("Sou doula", "I'm a genealogist"): a one-person business. */
  isSolo: boolean;
  /** The writer speaks as one person throughout ("arreglo…, mi viejo…, atiendo…"), never "we" (speak-alone.ts). */
  speaksAlone: boolean;
  /** The writer speaks for a group ("Somos 48 músicos") or holds a role in an organisation: never one person's site. */
  isGroup: boolean;
};

const SINGULAR_INTRO = [
  'sou',
  'eu sou',
  'i am',
  "i'm",
  'im',
  'soy',
  'yo soy',
  'trabalho como',
  'trabajo como',
  'i work as',
  'atuo como',
  'sou uma',
  'sou um',
];

export type ReadPromptInput = {
  text: string;
  /** Spans that are facts or places (blanked before reading); from the fact extractors. */
  factTexts: readonly string[];
  placeTexts: readonly string[];
  /** People the prompt names, and the business name when one was found: neither is an item. */
  names: readonly string[];
  /** Language names the prompt used for the site's languages ("português e inglês"). */
  isLanguageClause?: (foldedPart: string) => boolean;
  /** The business name, when the prompt gives one: it may open with what the business is ("Tasca O Zé Manel"). */
  businessName?: string | null;
  /** The prompt's language ("en", "pt-BR", "es"…): where a description puts its main word. */
  lang?: string;
  /** Whether a word names a kind of business ("tasca", "serralheria"): our taxonomy's nouns. */
  isBusinessNoun?: (word: string) => boolean;
  /** What the prompt's prices are for ("cerimônia e festa R$ 4.200"): each is one thing, said whole. */
  priceLabels?: readonly string[];
};

const FACT = '\u0001';
const PLACE = '\u0002';
// "Vitória da Conquista (BA)", "Contagem MG", "Feira de Santana - BA".
const STATE_AFTER_PLACE = new RegExp(`(\\u0002+)\\s*(?:,|-|–|/|\\()?\\s*(?:${BRAZILIAN_STATES})(?![\\p{L}\\p{N}])\\)?`, 'giu');
// "no centro de ‹Curitiba›", "in downtown ‹Boise›": the part of the town is more of where.
const AREA_BEFORE_PLACE = new RegExp(`(?<![\\p{L}])(?:${cues.townPartWords.join('|')})\\s+(?:(?:de|do|da|of|del)\\s+)?(?=\\u0002)`, 'giu');
const TOWN_AFTER_PLACE = new RegExp(
  `(\\u0002+)(\\s+(?:${cues.listJoiner})\\s+(?:(?:todo|toda|todos|all|of|o|a|el|la|the)\\s+)*)(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|da|do|del|la)?\\s*\\p{Lu}[\\p{L}'’-]+){0,3})(?=\\s*(?:[.,;!?\\n]|$))`,
  'gu',
);
const TOWN_JOINED_TO_PLACE = new RegExp(
  `(\\u0002+)(\\s+(?:${cues.listJoiner})\\s+|\\s*,\\s*)(\\p{Ll}[\\p{L}'’-]+(?:\\s+(?:de|da|do|del|la)?\\s*\\p{Ll}[\\p{L}'’-]+){0,2})(?=\\s*(?:[.,;!?\\n]|$)|\\s+(?:${cues.listJoiner})\\s)`,
  'gu',
);
const JOINER_WORD = new RegExp(`^(?:${cues.listJoiner})$`);
// "my name is ‹a name› and I'm …", "me llamo ‹…› y soy …" (folded): the self-naming clause and its
// joiner, at the start of a sentence, when a self-introduction follows.
// "Sou o", "soy la", "Myself", "I'm": "I am" before a name (as typed, capitals read).
const SELF_NAMED_LEAD = /^(?:[Ss]ou\s+[oa]|[Ss]oy\s+(?:el|la)|[Mm]yself|I'm|I\s+am)\s+/u;
const SELF_NAMED = new RegExp(
  `(^|[.!?\\n]\\s*)((?:[Ss]ou\\s+[oa]|[Ss]oy\\s+(?:el|la)|[Mm]yself|I'm|I\\s+am)\\s+\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:(?:d[aeo]s?|del|de la)\\s+)?\\p{Lu}[\\p{Ll}'’-]+){0,3})(?=\\s*[,.;!?]|\\s+(?:e|y|and)\\s)`,
  'gu',
);
const GREETING_AND_ADDRESSEE = new RegExp(
  `(^|[.!?\\n]\\s*)(?:${[...cues.greetings]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s*,\\s*(\\p{L}+)\\s*[.!?]+`,
  'gu',
);
const SELF_NAMING_THEN_INTRO = new RegExp(
  `(^|[.!?\\n]\\s*)(?:${[...cues.selfNamingLeads]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s+[^.!?\\n,;\u0001\u0002]{1,40}?,?\\s+(?:e|and|y)\\s+(?=(?:${[...cues.selfIntro]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}]))`,
  'gu',
);
const TOWN_BEFORE_PLACE = new RegExp(
  `((?:^|[\\s,])(?:${cues.placePrepositions.map(escapeRegExp).join('|')})\\s+)(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})(\\s+(?:${cues.listJoiner})\\s+)(\\u0002+)`,
  'gu',
);

// Facts by their shape, whatever the business: contacts, handles, prices, times, day ranges.
const TAX_ID = new RegExp(
  `(?<![\\p{L}])(${[...cues.taxIdWords].join('|')})[\\s.:ºª°-]*(?:n[.º°]?\\s*)?[\\d\\u0001][\\d\\u0001./-]*(?:\\s[\\d\\u0001][\\d\\u0001./-]*)*`,
  'giu',
);
const FACT_PATTERNS: readonly RegExp[] = [
  /\S+@\S+\.\S+/g,
  /\bhttps?:\/\/\S+|\bwww\.\S+/g,
  /(?<![\p{L}\p{N}])@[\p{L}\p{N}._]+/gu,
  /\+?\(?\d[\d\s().-]{6,}\d/g,
  // A price never swallows the comma after it ("from $79, flat fixes").
  new RegExp(
    `(?:${CURRENCY_SIGNS}|S\\/\\.|${CURRENCY_CODES})\\s?\\d(?:[\\d.,]*\\d)?(?:\\s?(?:mil|k))?(?:\\s(?:${CURRENCY_CODES})\\b)?`,
    'gi',
  ),
  /\b\d(?:[\d.,]*\d)?\s?(?:€|euros?|reais|real|pesos|soles|d[oó]lares|dollars|bucks|usd|brl|eur)\b/gi,
  // "das 8 às 18", "9-5"; never ages or amounts ("de 1 a 5 anos", "2 a 4 pessoas", "aged 13 to 17").
  new RegExp(
    `(?<!(?:^|[^\\p{L}])(?:${cues.ageLeads.map(escapeRegExp).join('|')})\\s+)` +
      /\b\d{1,2}(?:[:h.]\d{2}|h|\s?am|\s?pm|\s?hrs?|\s?horas?)?\s*(?:às|as|a|to|till|until|-|–|hasta|ate|até|al)\s*\d{1,2}(?:[:h.]\d{2}|h|\s?am|\s?pm|\s?nn|\s?noon|\s?mn)?\b(?!\s*(?:anos|ano|años|año|years?|yrs?|meses|months?|semanas|weeks?|dias|days?|pessoas|people|personas|alunos|students|crianças|kids|niños|kg|km|cm|m²|metros|meters)\b)/
        .source,
    'giu',
  ),
  /\b\d{1,2}(?::\d{2})?\s?(?:h|am|pm|nn|noon|mn|hrs?)\b/gi,
  /\b24\s?\/\s?7\b|\b24\s?(?:h|hs|horas|hours?)\b/gi,
  /\b(?:seg|segunda|ter|terça|terca|qua|quarta|qui|quinta|sex|sexta|sáb|sab|sábado|sabado|dom|domingo|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday|lun|lunes|mar|martes|mi[eé]|mi[eé]rcoles|jue|jueves|vie|viernes)s?\.?(?:-feira)?\s*(?:a|à|-|–|to|through|thru|al|até|ate)\s*(?:seg|segunda|ter|terça|terca|qua|quarta|qui|quinta|sex|sexta|sáb|sab|sábado|sabado|dom|domingo|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday|lun|lunes|mar|martes|mi[eé]|mi[eé]rcoles|jue|jueves|vie|viernes)s?\.?(?:-feira)?\b/gi,
  // A Pix key has a digit or an @ (a phone, a CPF/CNPJ, an email, a random key) — or is a fact
  // already blanked (the email the facts found) — and ends on a letter or digit: "Aceitamos cartão e Pix. Tel …" keeps its full stop and "Pix e cartão" its "e".
  /\bpix\b\s*\(?(?:\s*(?:chave|key))?\s*[:=]?\s*(?:chave\s*[:=]?\s*)?(?=[^\s,;]*[\d@\u0001])[^\s,;]*[\p{L}\p{N}\u0001]/giu,
  // Postal codes by their shape: a US state and ZIP ("OH 45402"), a Brazilian CEP, a Portuguese code.
  /\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\b\d{5}-\d{3}\b|\b\d{4}-\d{3}\b/g,
];

function blank(text: string, start: number, end: number, mark: string): string {
  return text.slice(0, start) + mark.repeat(end - start) + text.slice(end);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every whole occurrence of `needle`: "9 €" is blanked where it stands, never inside "19 €". */
function blankAll(text: string, needle: string, mark: string): string {
  if (!needle.trim()) return text;
  const folded = fold(text);
  const target = fold(needle);
  const isWordStart = WORD_CHAR.test(target.charAt(0));
  const isWordEnd = WORD_CHAR.test(target.charAt(target.length - 1));
  let out = text;
  for (let at = folded.indexOf(target); at >= 0; at = folded.indexOf(target, at + 1)) {
    const end = at + target.length;
    if ((isWordStart && WORD_CHAR.test(folded.charAt(at - 1))) || (isWordEnd && WORD_CHAR.test(folded.charAt(end)))) continue;
    out = blank(out, at, end, mark);
  }
  return out;
}

type Part = {
  text: string;
  start: number;
  end: number;
  isListed: boolean;
  sentence: number;
  aside?: { start: number; end: number };
  /** Right before a colon ("Servicios y precios:"): it may title what follows. */
  isBeforeColon?: boolean;
};

// "sou", "I'm", "soy": the person saying what they are.
const SELF_IS = ['sou', 'eu sou', "i'm", 'i am', 'soy', 'yo soy'];

/** Sentences, then the comma/dash/parenthesis parts of each, with their positions in the prompt. */
// "… com pix X e uma seção pra adoção": a new request starts at "e uma seção".
const NEW_REQUEST =
  /\s(?:e|and|y)\s+(?=(?:um|uma|a|an|un|una)\s+(?:seção|secao|section|sección|seccion|página|pagina|page|área|area|aba|parte|botão|botao|button|botón|boton|formulário|formulario|form|galeria|gallery|mapa|map|blog|link|lista|list)\b)/giu;

/**
 * "Fazemos troca de pneu e vendemos pneu novo", "we fix bikes and sell helmets": "e"/"and" before
 * a verb of what the business offers opens another part, as a comma would — unless the word
 * before it is such a verb too ("vendo e conserto bicicletas" share their object).
 */
function verbAfterJoiner(text: string): string {
  // The word before may be a masked place or fact ("em ‹Bauru› e atendo no meu espaço").
  return text.replace(/(\S+)\s(?:e|y|and)\s+(?=\p{L})/gu, (match: string, before: string, at: number) => {
    const after = fold(text.slice(at + match.length, at + match.length + 40));
    // "tenho 58 anos e sou relojoeiro": what the person is opens a part of its own, too.
    const opensVerb =
      cues.offeringVerbs.some((verb) => after.startsWith(`${verb} `)) || SELF_IS.some((intro) => after.startsWith(`${intro} `));
    const isVerbBefore = cues.offeringVerbs.includes(fold(before)) || isFirstPersonPluralVerb(fold(before));
    // The joiner goes with the comma, so the new part opens on its verb (offsets stay: same length).
    return opensVerb && !isVerbBefore ? `${before},${' '.repeat(match.length - before.length - 1)}` : match;
  });
}

// A comma inside what a price is for ("Desentupimento de pia, ralo ou vaso sanitário: a partir de
// R$ 150"): held while the text is cut into parts, so the label stays one part (same length).
const HELD_COMMA = '\u0003';

function partsOf(input: string, pricedLabels: readonly string[] = []): Part[] {
  let held = input;
  for (const label of pricedLabels) {
    if (!label.includes(',')) continue;
    for (let at = held.indexOf(label); at >= 0; at = held.indexOf(label, at + label.length))
      held = held.slice(0, at) + label.replaceAll(',', HELD_COMMA) + held.slice(at + label.length);
  }
  const masked = verbAfterJoiner(held.replace(NEW_REQUEST, (match) => `,${match.slice(1)}`));
  const parts: Part[] = [];
  let sentence = 0;
  const sentenceRe = /[^.!?;\n]+(?:[.!?;\n]+|$)/g;
  for (const s of masked.matchAll(sentenceRe)) {
    const base = s.index;
    const body = s[0];
    const pieceRe = /[^,()[\]—–:]+|[,()[\]—–:]/g;
    let wasComma = false;
    // Inside "( … )": the whole parenthesis, from its opening to its closing mark.
    let aside: { start: number; end: number } | undefined;
    for (const piece of body.matchAll(pieceRe)) {
      const raw = piece[0];
      if (/^[,()[\]—–:]$/.test(raw)) {
        wasComma = raw === ',';
        const last = parts.at(-1);
        if (raw === ':' && last && last.sentence === sentence) last.isBeforeColon = true;
        if (raw === '(' || raw === '[') {
          const close = body.slice(piece.index).search(/[)\]]/);
          aside = { start: base + piece.index, end: base + piece.index + (close < 0 ? body.length - piece.index : close + 1) };
        } else if (raw === ')' || raw === ']') aside = undefined;
        continue;
      }
      // " - " between words is a dash; "pré-natal" is one word.
      for (const sub of raw.split(/(?<=\s)-(?=\s)/)) {
        const offset = raw.indexOf(sub);
        const trimmed = sub.replace(/[.!?;\n]+\s*$/, '');
        if (trimmed.trim().length === 0) continue;
        const lead = trimmed.length - trimmed.trimStart().length;
        const start = base + piece.index + offset + lead;
        parts.push({
          text: trimmed.trim().replaceAll(HELD_COMMA, ','),
          start,
          end: start + trimmed.trim().length,
          isListed: wasComma,
          sentence,
          ...(aside ? { aside } : {}),
        });
      }
      wasComma = false;
    }
    sentence++;
  }
  return parts;
}

type Token = { word: string; folded: string; start: number; end: number };

function tokensOf(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’./&+-]*[\p{L}\p{N}+]|[\p{L}\p{N}]|[\u0001\u0002]+/gu)) {
    out.push({ word: match[0], folded: fold(match[0]), start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return out;
}

/**
 * "to York and Harrogate", "em Mangualde e Tondela": nothing but capitalised names of towns the
 * world gazetteer knows, joined by commas, "and" or a preposition of place.
 */
function namesTownsOnly(tokens: readonly Token[]): boolean {
  const names: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const isJoin = JOINER_WORD.test(token.folded) || cues.placePrepositions.includes(token.folded) || token.folded === 'to';
    if (isJoin) {
      if (run.length > 0) names.push(run);
      run = [];
      continue;
    }
    if (!/^\p{Lu}/u.test(token.word)) return false;
    run.push(token);
  }
  if (run.length > 0) names.push(run);
  return names.length > 0 && names.every((name) => findWorldCities(name.map((token) => token.word).join(' ')).length > 0);
}

/**
 * "Mulchén, nacimiento y laja", "Crato e Barbalha": two names or more, each whole a town the world
 * gazetteer knows, joined by commas or "and" — however typed. (One word that is also a town, "Silla
 * plegable", names a thing.)
 */
function namesTwoTownsOrMore(text: string): boolean {
  const names = townListNames(text);
  return names.length >= 2 && names.every((name) => findWorldCities(name).length > 0);
}

function townListNames(text: string): string[] {
  return text
    .split(new RegExp(`\\s*,\\s*|\\s+(?:${cues.listJoiner})\\s+`, 'iu'))
    .map((name) => name.replace(/^(?:a|to|para|pra|em|en|in)\s+/iu, '').trim())
    .filter(Boolean);
}

/** "entrego em Abrantes, sardoal e Constância 3€": a price's label that lists two towns or more. */
function listsTowns(label: string): boolean {
  return townListNames(label).filter((name) => findWorldCities(name).length > 0).length >= 2;
}

/**
 * How many tokens lead into a service area ("I cover", "we also serve", "atendo também", "cubrimos"),
 * after a subject pronoun at most, else 0.
 */
function areaLeadAt(tokens: readonly Token[]): number {
  let at = cues.subjectPronouns.has(tokens[0]?.folded ?? '') ? 1 : 0;
  if (cues.additionAdverbs.has(tokens[at]?.folded ?? '')) at += 1;
  const verb = startsWithPhrase(tokens, at, cues.areaVerbs);
  if (verb === 0) return 0;
  at += verb;
  return cues.additionAdverbs.has(tokens[at]?.folded ?? '') ? at + 1 : at;
}

/** "Window cleaner serving", "Fontanero que cubre": what a business is, up to where it goes. */
function withoutAreaTail(what: string): string {
  const tokens = tokensOf(what);
  for (let at = 1; at < tokens.length; at++) {
    const lead = areaLeadAt(tokens.slice(at));
    // Only where the towns (names, or read and taken out) come after it: "a food truck serving
    // tacos" serves no place.
    const isTownWord = (token: Token) => isMark(token) || JOINER_WORD.test(token.folded) || /^\p{Lu}/u.test(token.word);
    if (lead === 0 || !tokens.slice(at + lead).every(isTownWord)) continue;
    const cut = cues.relativeLeads.has(tokens[at - 1]!.folded) && at > 1 ? at - 1 : at;
    return what.slice(0, tokens[cut]!.start).trim();
  }
  return what;
}

/**
 * "Newbridge, Kildare town, Naas and the Curragh", "davinopolis e joao lisboa": names of places (in
 * the parts of a sentence given) joined by commas or "and", each opening with a capital after an
 * article ("the Curragh") — one of them a town the gazetteer knows, unless the list is known to be
 * one already — or, typed in lower case, every one a known town.
 */
function isTownList(segments: ReadonlyArray<readonly Token[]>, needsKnownTown = true): boolean {
  const names: Token[][] = [[]];
  // Each part ends a name, as a comma would.
  for (const token of segments.flatMap((segment) => [...segment, undefined])) {
    if (token === undefined || isMark(token) || JOINER_WORD.test(token.folded)) {
      if (names.at(-1)!.length > 0) names.push([]);
      continue;
    }
    if (names.at(-1)!.length === 0 && (cues.articles.has(token.folded) || cues.placePrepositions.includes(token.folded))) continue;
    names.at(-1)!.push(token);
  }
  // "e região", "and surrounding areas": the area around the towns, said with them.
  const isAround = (name: Token[]) => name.every((token) => cues.areaWords.has(token.folded) || cues.connectors.has(token.folded));
  const given = names.filter((name) => name.length > 0);
  const said = given.filter((name) => !isAround(name));
  if (said.length === 0 || said.some((name) => name.length > 4)) return false;
  const isTown = (name: Token[]) =>
    findWorldCities(name.map((token) => token.word).join(' ')).length > 0 || findWorldCities(name[0]!.word).length > 0;
  const isCapitalised = (name: Token[]) => /^\p{Lu}/u.test(name[0]!.word);
  return said.every(isCapitalised) ? !needsKnownTown || said.some(isTown) : said.every(isTown);
}

/** "greens", "terrosas", "cálidos" (folded): the word, or its singular or other gender, in a list. */
function inWordList(folded: string, list: ReadonlySet<string>): boolean {
  const forms = [folded, folded.replace(/s$/, ''), folded.replace(/es$/, '')];
  return forms.some((form) => list.has(form) || list.has(form.replace(/a$/, 'o')) || list.has(form.replace(/o$/, 'a')));
}

/**
 * A sentence about how the site should look: nothing but colours, style words and the words such
 * wishes are said with, naming the looks ("cores", "style") or asked for ("please", "quero") — "Rosas
 * vermelhas e brancas" names neither: it is a florist's offering.
 */
function isStyleWish(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !cues.connectors.has(token.folded) && !JOINER_WORD.test(token.folded));
  if (words.length === 0 || words.length > 12 || tokens.some((token) => isMark(token) || /\d/.test(token.folded))) return false;
  // …a colour named as a compound too ("verde-oliva").
  const isStyle = (folded: string) =>
    inWordList(folded, cues.styleWords) || inWordList(folded, cues.styleHeads) || toneOfColour(folded) !== undefined;
  if (
    !words.every(
      (token) => isStyle(token.folded) || inWordList(token.folded, cues.styleModifiers) || cues.styleRequestWords.has(token.folded),
    )
  )
    return false;
  const isAsked = tokens.some((token) => inWordList(token.folded, cues.styleHeads) || cues.styleRequestWords.has(token.folded));
  return isAsked && words.some((token) => isStyle(token.folded));
}

/**
 * The parts of a longer sentence that are style wishes ("walks £12 an hour, I'd love something
 * bright yellow"; "gostava de um site escuro, preto com detalhes em vermelho"): a part that is a
 * wish on its own, or — once the sentence asks for looks (a word like "cores", "style", "quero",
 * "gostava") — a part of nothing but colours and style words. Each is blanked and kept as a wish.
 */
function styleWishParts(sentence: string, unused: UnusedWords[]): string {
  const tokens = tokensOf(sentence);
  // "Verde e bege, letra grande.", "Navy and gold, clean font.", "Clean font.": a sentence of nothing
  // but colours and style words, naming a colour or a part of the looks (a font), is about the looks
  // though it asks for nothing. A site's colours are named as colours are ("o verde"); colours in
  // the plural agree with a thing ("Rosas vermelhas e brancas").
  const isPluralColour = (folded: string) => /s$/.test(folded) && [folded.slice(0, -1), folded.slice(0, -2)].some(isColour);
  const isOnlyLooks =
    isLooksOnly(tokens) &&
    tokens.some((token) => isColour(token.folded) || cues.lookNouns.has(token.folded)) &&
    !tokens.some((token) => isPluralColour(token.folded));
  const asksForLooks =
    isOnlyLooks ||
    tokens.some(
      (token) => inWordList(token.folded, cues.styleHeads) || cues.styleRequestWords.has(token.folded) || cues.wishVerbs.has(token.folded),
    );
  return sentence.replace(/[^,;:()]+/g, (part) => {
    const partTokens = tokensOf(part);
    if (partTokens.length < 2 && !(asksForLooks && partTokens.length === 1 && isColour(partTokens[0]!.folded))) return part;
    const isWish = isStyleWish(partTokens) || (asksForLooks && isColourPart(partTokens)) || (isOnlyLooks && isLooksOnly(partTokens));
    if (!isWish) return part;
    unused.push({ words: part.replace(/\s+/g, ' ').trim().slice(0, 160), why: 'style' });
    return FACT.repeat(part.length);
  });
}

/**
 * A sentence that refuses pictures ("Nada de fotos de crianças nem desenhos", "no cartoon food, no
 * stock photos please") says how the site should look, never what the business offers: blanked
 * whole when it opens with the refusal, else from the refusing part on. A negation is a refusal
 * word, "não"/"never", or — outside Portuguese, where "no" is "in the" — "no"; it refuses a
 * picture word up to four words after it. Where the refusal starts, else -1.
 */
function refusedImageryAt(sentence: string, lang: string | undefined): number {
  const tokens = tokensOf(sentence).filter((token) => !isMark(token));
  const isNegation = (folded: string) => isNegationWord(folded, lang);
  // ("Não tem selo do Inmetro", "we don't have a logo": what the business has not, said — no picture refused.)
  const refusal = tokens.findIndex((token, at) => {
    if (!isNegation(token.folded)) return false;
    const imagery = tokens.slice(at + 1, at + 5).findIndex((next) => cues.imageryWords.has(next.folded));
    return (
      imagery >= 0 &&
      !tokens
        .slice(at + 1, at + 1 + imagery)
        .some((between) => cues.haveVerbs.has(between.folded) || cues.existentialVerbs.has(between.folded))
    );
  });
  if (refusal < 0) return -1;
  const opensWithIt = tokens
    .slice(0, refusal)
    .every((token) => cues.styleRequestWords.has(token.folded) || cues.connectors.has(token.folded));
  return opensWithIt ? 0 : Math.max(0, sentence.lastIndexOf(',', tokens[refusal]!.start) + 1);
}

/**
 * "Cores azul e amarelo igual ao nosso letreiro", "Colours: navy and white like our boat": a
 * sentence that opens with a word naming the looks and names a colour is about the site's colours,
 * whatever it says after them.
 */
function opensWithColours(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !isMark(token) && !cues.connectors.has(token.folded));
  const first = words.findIndex((token) => !cues.styleRequestWords.has(token.folded));
  if (first < 0) return false;
  // "Branco de cal e azul, como as barras das casas": a sentence opening on a colour with another
  // close after it names the site's colours, whatever it compares them to.
  const opensOnColours = isColour(words[first]!.folded) && words.slice(first + 1, first + 6).some((token) => isColour(token.folded));
  // (A sentence of looks only is read part by part, as ever: "Bordô e dourado, letra grande".)
  return (
    (opensOnColours && !isLooksOnly(tokens)) ||
    (inWordList(words[first]!.folded, cues.styleHeads) && words.some((token) => isColour(token.folded)))
  );
}

/** Nothing but style words, colours and the words said with them ("letra grande", "clean font"), one style word at least. */
function isLooksOnly(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !cues.connectors.has(token.folded) && !JOINER_WORD.test(token.folded) && !isMark(token));
  if (words.length === 0 || tokens.some((token) => /\d/.test(token.folded))) return false;
  const isStyle = (folded: string) => inWordList(folded, cues.styleWords) || isColour(folded);
  return (
    words.some((token) => isStyle(token.folded)) &&
    words.every((token) => isStyle(token.folded) || inWordList(token.folded, cues.styleModifiers))
  );
}

/**
 * An instruction verb right after a negation ("não coloca", "don't put", "no pongas", "do not
 * include"), or its infinitive ("não precisa colocar o nome dela").
 */
function isNegatedInstruction(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      (cues.instructionVerbs.has(token.folded) ||
        cues.instructionInfinitives.has(token.folded) ||
        cues.refusedUseVerbs.has(token.folded)) &&
      instructionNegationReach(token.folded).some((back) => {
        const before = tokens[at - back]?.folded ?? '';
        const isNegation = cues.ruleNegations.includes(before) || cues.ruleNegationsNotPortuguese.includes(before) || before === 'dont';
        // "I don't use poison", "I can't put a fence round Dorset", "yo no uso químicos": the person's
        // own way of working, said of themselves — never an instruction to us.
        const subject = tokens[at - back - 1]?.folded ?? '';
        return isNegation && !cues.firstPersonSubjects.has(subject);
      }),
  );
}

/**
 * A sentence that opens with an instruction to us ("Ponham os preços bem à vista", "Poné un mapa
 * que…", "Put the map at the bottom"), after "please" or a joiner at most: about the site, never on it.
 */
function isInstruction(tokens: readonly Token[]): boolean {
  const first = tokens.find(
    (token) =>
      !isMark(token) && !cues.styleRequestWords.has(token.folded) && !cues.connectors.has(token.folded) && !JOINER_WORD.test(token.folded),
  );
  return first !== undefined && cues.instructionVerbs.has(first.folded) && tokens.length >= 3;
}

const isColour = (folded: string) => paletteOfColour(folded) !== undefined || toneOfColour(folded) !== undefined;

/** A part of colours and the words said with them ("preto com detalhes em vermelho"): one colour at least. */
function isColourPart(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !cues.connectors.has(token.folded) && !JOINER_WORD.test(token.folded));
  if (words.length === 0 || tokens.some((token) => isMark(token) || /\d/.test(token.folded))) return false;
  return (
    words.some((token) => isColour(token.folded)) &&
    words.every((token) => inWordList(token.folded, cues.styleWords) || inWordList(token.folded, cues.styleModifiers))
  );
}

/**
 * Where a statement of the person's starts ("and I only use…", "we always…"), else -1: a subject
 * pronoun, after a joiner at most, then at least two words, none of them a self-introduction ("I'm a…")
 * or an offering verb ("I repair…", "we also sell…") — those say what the business is or offers.
 */
function statementAt(tokens: readonly Token[]): number {
  const at = tokens[0] && JOINER_WORD.test(tokens[0].folded) ? 1 : 0;
  if (!cues.subjectPronouns.has(tokens[at]?.folded ?? '') || tokens.length - at < 3) return -1;
  if (startsWithPhrase(tokens, at, cues.selfIntro) > 0) return -1;
  for (let from = at + 1; from <= at + 2; from++) if (startsWithPhrase(tokens, from, cues.offeringVerbs) > 0) return -1;
  return at;
}

/** "oii", "holaaa", "hiii": a word's last letter typed over and over, typed once (how greetings are typed on a phone). */
function withoutDrawl(tokens: readonly Token[]): Token[] {
  return tokens.map((token) => ({ ...token, folded: token.folded.replace(/(\p{L})\1+$/u, '$1') }));
}

/** How many tokens from `at` the longest of the phrases takes ("buenas tardes" before "buenas"), else 0. */
function startsWithPhrase(tokens: readonly Token[], at: number, phrases: readonly string[]): number {
  let longest = 0;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (words.length > longest && words.every((word, index) => tokens[at + index]?.folded === word)) longest = words.length;
  }
  return longest;
}

const TIME_UNIT = /^(?:horas?|hours?|hrs|dias?|days?|semanas?|weeks?|mes|meses|months?)$/;

const STRONG_REQUEST = new Set([
  'quero',
  'queria',
  'queremos',
  'preciso',
  'precisamos',
  'precisava',
  'gostaria',
  'gostariamos',
  'procuro',
  'want',
  'wanted',
  'need',
  'needed',
  'looking',
  'please',
  'quiero',
  'quisiera',
  'necesito',
  'necesitamos',
  'busco',
  'buscamos',
  'gustaria',
  'crie',
  'criar',
  'cria',
  'monte',
  'montar',
  'crea',
  'crear',
  'haz',
  'hazme',
  'build',
  'create',
  'generate',
]);

// "Gostávamos que…", "I'd like people to…": a wish opens a request as much as "quero" does. ("like"
// alone is too common a word: "like a…".)
const isWishWord = (tokens: readonly Token[], index: number) => {
  const word = tokens[index]!.folded;
  // "I'd also like…", "we would really love…": an adverb may stand between.
  const next = cues.wishAdverbs.has(tokens[index + 1]?.folded ?? '') ? tokens[index + 2] : tokens[index + 1];
  if (cues.wishConditionals.has(word)) return cues.wishObjects.has(next?.folded ?? '');
  return word !== 'like' && cues.wishVerbs.has(word);
};

const isMark = (token: Token) => token.folded.includes(FACT) || token.folded.includes(PLACE);

type Classified =
  | { kind: 'unused'; why: UnusedReason; text: string }
  | { kind: 'feature'; text: string; features: BriefFeature[]; note: string }
  | { kind: 'words'; text: string; tokens: Token[]; isRequest: boolean };

/**
 * A part with its framing peeled off: "quero um site simples pra minha padaria vegana" →
 * unused "quero um site simples" (site/style), words "padaria vegana".
 */
const LANGUAGE_WORD =
  /^(portugues|ingles|english|portuguese|espanhol|spanish|espanol|castellano|frances|french|alemao|german|aleman|italiano|italian|e|and|y|ou|or|o|also|tambem|tambien|em|in|en)$/;

const LANGUAGE_PART_WORD =
  /^(portugues|ingles|english|portuguese|espanhol|spanish|espanol|castellano|frances|french|alemao|german|aleman|italiano|italian|bilingue|bilingual|bilingues|trilingue|trilingual|idioma|idiomas|lingua|linguas|language|languages|versao|version|versoes|versiones)$/;

function isOnlyLanguages(folded: string): boolean {
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  return words.some((word) => LANGUAGE_PART_WORD.test(word)) && words.every((word) => LANGUAGE_WORD.test(word));
}

function classify(part: Part, source: string, input: ReadPromptInput, inRequest: boolean, afterLanguages = false): Classified[] {
  const isPortuguese = input.lang?.startsWith('pt') === true;
  const isRequestWord = (folded: string, words: ReadonlySet<string>) =>
    words.has(folded) && !(isPortuguese && cues.notRequestsInPortuguese.has(folded));
  const tokens = tokensOf(part.text, part.start);
  const folded = fold(part.text);
  // "marcação online", "online booking", "pedidos pela internet": a site word beside a feature is
  // how that feature works, not a request for a site ("pilates e marcação online" was all unused).
  const partSpans = featureSpans(folded);
  const isBesideFeature = (token: Token) =>
    partSpans.some((span) => {
      const between = (from: number, to: number) => part.text.slice(from, to);
      const [start, end] = [token.start - part.start, token.end - part.start];
      return (
        (span.start >= end && /^\s*$/.test(between(end, span.start))) ||
        (span.end <= start && /^\s*(?:pela|pelo|por|via|through|on|en|na|no)?\s*(?:a|o|la|el|the)?\s*$/i.test(between(span.end, start)))
      );
    });
  // A site noun frames a request near the start or after an article ("um site", "my website");
  // "brewed on site" is about the business.
  const isSiteLead = (folded: string) =>
    /^(um|uma|a|an|my|meu|minha|o|the|una|un|el|la|mi|novo|nova|new|nuevo|nueva|pro|pra|para|for)$/.test(folded);
  // "a nice little website", "um site": a determiner before the site, with at most two words
  // between that lead nowhere ("a website for…" is the site; "a page of the menu" is not one).
  const isSiteNoun = (token: Token, index: number) =>
    cues.siteNouns.has(token.folded) &&
    !(cues.onlineWords.has(token.folded) && isBesideFeature(token)) &&
    (index <= 3 ||
      isSiteLead(tokens[index - 1]?.folded ?? '') ||
      [2, 3].some(
        (back) =>
          isSiteLead(tokens[index - back]?.folded ?? '') &&
          tokens
            .slice(index - back + 1, index)
            .every((between) => !isMark(between) && !/\d/.test(between.folded) && !cues.siteObjectLeads.has(between.folded)),
      ));
  // "quero planos mensais (R$ 350) e um formulário…": the request goes on after the parenthesis.
  // …and "onde estamos essa semana", "where to find us": a section asked for in the same breath.
  const continuesRequest = inRequest && tokens.length > 0 && cues.requestContinuations.has(tokens[0]!.folded);
  // "preciso de pelo menos 15 dias de antecedência", "I need 48 hours notice": what the business
  // needs of its customers — its terms, never a request to us (it was dropped as one).
  const asksTerms =
    tokens.some((token, index) => /^\d+$/.test(token.folded) && TIME_UNIT.test(tokens[index + 1]?.folded ?? '')) &&
    !tokens.some((token, index) => isSiteNoun(token, index));
  const isRequest =
    !asksTerms &&
    (continuesRequest ||
      tokens.some((token, index) => isSiteNoun(token, index) || isRequestWord(token.folded, STRONG_REQUEST) || isWishWord(tokens, index)) ||
      (tokens.length > 0 &&
        isRequestWord(tokens[0]!.folded, cues.requestVerbs) &&
        tokens.some((token) => cues.containerNouns.has(token.folded))));
  const isLanguagePart = input.isLanguageClause?.(folded) || (afterLanguages && isOnlyLanguages(folded));
  if (isLanguagePart) {
    // "Bilingual site for a surf camp…": the language words are the site's; the rest still says what the business is.
    const languageWords = tokens.filter((token) => LANGUAGE_PART_WORD.test(token.folded));
    const rest = tokens.filter(
      (token) => !LANGUAGE_PART_WORD.test(token.folded) && !cues.connectors.has(token.folded) && !cues.siteNouns.has(token.folded),
    );
    if (rest.filter((token) => !isMark(token)).length === 0) return [{ kind: 'unused', why: 'language', text: part.text }];
    // The same part with the language words blanked (positions kept), read once more without this step.
    let text = part.text;
    for (const word of languageWords)
      text = `${text.slice(0, word.start - part.start)}${' '.repeat(word.end - word.start)}${text.slice(word.end - part.start)}`;
    const rest2 = classify({ ...part, text }, source, { ...input, isLanguageClause: undefined }, inRequest, false);
    return [{ kind: 'unused', why: 'language', text: wordsOf(languageWords) }, ...rest2];
  }
  let at = 0;
  const peeled: Token[] = [];
  const styled: Token[] = [];
  // "Portfolio site for a small architecture studio": what kind of site it is, then the business.
  const siteAt = tokens.findIndex((token, index) => index <= 6 && isSiteNoun(token, index));
  if (isRequest && siteAt > 0) {
    peeled.push(...tokens.slice(0, siteAt + 1));
    at = siteAt + 1;
  }
  // "bah boa noite", "ah olá", "opa, bom dia": a part that is one exclamation and a greeting is all greeting.
  const lateGreeting = at === 0 && tokens.length >= 2 ? startsWithPhrase(withoutDrawl(tokens), 1, cues.greetings) : 0;
  if (lateGreeting > 0 && 1 + lateGreeting === tokens.length && !input.isBusinessNoun?.(tokens[0]!.folded)) {
    peeled.push(tokens[0]!);
    at = 1;
  }
  // Greetings and framing at the start of any part; the site's own words anywhere in a request.
  for (;;) {
    const greeting = startsWithPhrase(withoutDrawl(tokens), at, cues.greetings);
    if (greeting > 0) {
      peeled.push(...tokens.slice(at, at + greeting));
      at += greeting;
      continue;
    }
    const token = tokens[at];
    if (!token) break;
    // "We make…", "Sou doula": the person speaking about the business, not framing; "for craft
    // beer lovers": who it is for.
    if (startsWithPhrase(tokens, at, cues.offeringVerbs) > 0 || startsWithPhrase(tokens, at, cues.selfIntro) > 0) break;
    // "I come to your home": the person speaking, kept with what they say.
    if (!isRequest && cues.subjectPronouns.has(token.folded) && at + 1 < tokens.length) break;
    if (audienceLeadAt(tokens, at) > 0) break;
    // "No atendemos gatos": a rule of the business, not the framing "no" ("in the" in Portuguese).
    if (!input.lang?.startsWith('pt') && startsWithPhrase(tokens, at, cues.ruleNegationsNotPortuguese) > 0 && at + 1 < tokens.length) break;
    const f = token.folded;
    const isFraming =
      cues.connectors.has(f) ||
      (isRequest &&
        (isRequestWord(f, cues.requestVerbs) ||
          isWishWord(tokens, at) ||
          cues.siteNouns.has(f) ||
          cues.containerNouns.has(f) ||
          /^(me|te|se|lo|la|nos)$/.test(f)));
    const isStyle = isRequest && cues.styleWords.has(f);
    if (!isFraming && !isStyle) break;
    (isStyle ? styled : peeled).push(token);
    at++;
  }
  const out: Classified[] = [];
  if (peeled.some((token) => !cues.connectors.has(token.folded))) out.push({ kind: 'unused', why: 'site', text: wordsOf(peeled) });
  if (styled.length > 0) out.push({ kind: 'unused', why: 'style', text: wordsOf(styled) });
  const rest = tokens.slice(at);
  if (rest.length === 0) return out;
  const restText = source.slice(rest[0]!.start, rest[rest.length - 1]!.end);
  // Style words after the framing ("bonito e moderno", "cores verde e branco") describe the site;
  // so do any few words right after the site itself ("um site leve e acolhedor") or right before
  // it ("a calm and warm website"): what a site is about comes after a preposition ("site sobre…",
  // "a website for…"), never as its adjective.
  const lastPeeled = peeled[peeled.length - 1];
  const describesSite =
    isRequest &&
    rest.length <= 5 &&
    featureSpans(fold(source.slice(rest[0]!.start, rest[rest.length - 1]!.end))).length === 0 &&
    !rest.some((token) => isMark(token) || /\d/.test(token.folded) || cues.placePrepositions.includes(token.folded)) &&
    !rest.some((token) => cues.siteObjectLeads.has(token.folded)) &&
    ((lastPeeled !== undefined &&
      cues.siteNouns.has(lastPeeled.folded) &&
      cues.siteDeterminers.has(peeled[peeled.length - 2]?.folded ?? '') &&
      lastPeeled.end <= rest[0]!.start) ||
      (rest.length >= 2 &&
        cues.siteNouns.has(rest[rest.length - 1]!.folded) &&
        cues.siteDeterminers.has(peeled[peeled.length - 1]?.folded ?? '') &&
        !rest.slice(0, -1).some((token) => cues.siteNouns.has(token.folded))));
  if (describesSite) {
    out.push({ kind: 'unused', why: 'style', text: source.slice(rest[0]!.start, rest[rest.length - 1]!.end) });
    return out;
  }
  // "meu neto disse que um site ajuda a aparecer no Google", "a website helps people find us": what
  // a site does, said right after "a site" — about the site, never a thing the business offers.
  const language = wordLanguageOf(input.lang ?? 'en');
  if (
    isRequest &&
    language !== 'en' &&
    lastPeeled !== undefined &&
    cues.siteNouns.has(lastPeeled.folded) &&
    cues.siteDeterminers.has(peeled[peeled.length - 2]?.folded ?? '') &&
    lastPeeled.end <= rest[0]!.start &&
    /^\s*$/.test(source.slice(lastPeeled.end, rest[0]!.start)) &&
    mayBeVerb(rest[0]!.folded, language) &&
    // ("uma página sobre a nossa história": "sobre" is what the page is about, never "sobrar".)
    !isClosedWord(rest[0]!.folded, language) &&
    !cues.siteObjectLeads.has(rest[0]!.folded) &&
    !cues.styleWords.has(rest[0]!.folded) &&
    !startsWithPhrase(rest, 0, cues.offeringVerbs)
  ) {
    out.push({ kind: 'unused', why: 'site', text: restText });
    return out;
  }
  if (isRequest && rest.every((token) => cues.styleWords.has(token.folded) || cues.connectors.has(token.folded))) {
    out.push({ kind: 'unused', why: 'style', text: restText });
    return out;
  }
  const spans = featureSpans(fold(restText));
  // "hostal en Cusco con reservas", "vegan bakery with hours and WhatsApp orders": what the
  // business is, then "with" and the features — two parts.
  if (spans.length > 0) {
    const base = rest[0]!.start;
    // "portões, grades e corrimãos por orçamento", "gates, decking and pergolas by quote": how the
    // things listed are sold, said after the last of them — the list stays a list of things, and the
    // feature is asked for with no words of its own (never "Corrimãos por orçamento" as its note).
    const last = spans.at(-1)!;
    const mannerAt =
      rest.findIndex((token) => token.end - base > last.start) -
      (cues.mannerLeads.has(fold(restText.slice(last.start, last.end)).split(/\s+/)[0] ?? '') ? 0 : 1);
    const manner = rest[mannerAt];
    const listed = rest.slice(0, Math.max(mannerAt, 0)).filter((token) => !isMark(token) && !cues.connectors.has(token.folded));
    if (
      !isRequest &&
      spans.length === 1 &&
      manner !== undefined &&
      cues.mannerLeads.has(manner.folded) &&
      last.end >= fold(restText).replace(/[\s.,;:!]+$/, '').length &&
      listed.length > 0 &&
      !listed.some((token) => cues.siteNouns.has(token.folded) || cues.containerNouns.has(token.folded))
    ) {
      const slice = (from: number, to: number) => part.text.slice(from - part.start, to - part.start);
      const head = { ...part, text: slice(rest[0]!.start, rest[mannerAt - 1]!.end), end: rest[mannerAt - 1]!.end, start: rest[0]!.start };
      return [
        ...out,
        ...classify(head, source, { ...input, isLanguageClause: undefined }, false, false),
        { kind: 'feature', text: slice(manner.start, part.end), features: [last.feature], note: '' },
      ];
    }
    // …but in "portões, grades e corrimãos por orçamento" a thing comes between "e" and the
    // feature: the list goes on, and how it is sold is said of it (only framing words — "um",
    // "página de" — may stand between).
    const isFraming = (token: Token) =>
      cues.connectors.has(token.folded) ||
      cues.articles.has(token.folded) ||
      cues.ofWords.has(token.folded) ||
      cues.containerNouns.has(token.folded) ||
      cues.siteNouns.has(token.folded) ||
      cues.requestVerbs.has(token.folded);
    const withAt = rest.findIndex(
      (token, index) =>
        index > 0 &&
        /^(com|with|con|e|and|y|mais|plus)$/.test(token.folded) &&
        spans.some(
          (span) =>
            span.start >= token.end - base &&
            span.start <= (rest[index + 4]?.end ?? Infinity) - base &&
            rest.slice(index + 1).every((between) => between.start - base >= span.start || isFraming(between)),
        ),
    );
    const before = withAt > 0 ? rest.slice(0, withAt).filter((token) => !isMark(token) && !cues.connectors.has(token.folded)) : [];
    // "Aos sábados só atendemos com marcação": when the business works, with its condition, is one
    // schedule item — never "sábados só atendemos" cut from "com marcação".
    const isScheduleHead =
      withAt > 0 &&
      // A day as a day ("aos sábados", "on Sundays", "los domingos"), never "segunda mano".
      rest
        .slice(0, withAt)
        .some(
          (token, index, head) =>
            cues.dayWords.has(token.folded) &&
            (index === 0 || /^(aos|as|nas|nos|ao|on|los|las|every|todos|todas|cada|sabados|domingos)$/.test(head[index - 1]?.folded ?? '')),
        ) &&
      roleOf(rest.slice(0, withAt), '', false) === 'schedule';
    if (before.length > 0 && !isScheduleHead && !spans.some((span) => span.start < rest[withAt]!.start - base)) {
      const slice = (from: number, to: number) => part.text.slice(from - part.start, to - part.start);
      const head = { ...part, text: slice(rest[0]!.start, rest[withAt - 1]!.end), start: rest[0]!.start, end: rest[withAt - 1]!.end };
      const tail = { ...part, text: slice(rest[withAt]!.start, part.end), start: rest[withAt]!.start };
      return [
        ...out,
        ...classify(head, source, { ...input, isLanguageClause: undefined }, isRequest, false),
        ...classify(tail, source, { ...input, isLanguageClause: undefined }, true, false),
      ];
    }
  }
  if (spans.length > 0) {
    const covered = new Set<number>();
    for (const span of spans) for (let i = span.start; i < span.end; i++) covered.add(i);
    const base = rest[0]!.start;
    const leftover = rest.filter(
      (token) =>
        !isMark(token) &&
        !cues.connectors.has(token.folded) &&
        !cues.containerNouns.has(token.folded) &&
        !cues.siteNouns.has(token.folded) &&
        !cues.requestVerbs.has(token.folded) &&
        !cues.factLeads.has(token.folded) &&
        !cues.styleWords.has(token.folded) &&
        !isWhenWord(token.folded) &&
        ![...Array(token.end - token.start).keys()].some((i) => covered.has(token.start - base + i)),
    );
    const features = spans.map((span) => span.feature);
    // Words that say more than the feature's name ("cultos", "grátis", "trabalhos"), not "form" or "request".
    const content = rest.filter(
      (token) =>
        !isMark(token) &&
        !cues.connectors.has(token.folded) &&
        !cues.containerNouns.has(token.folded) &&
        !cues.siteNouns.has(token.folded) &&
        !cues.requestVerbs.has(token.folded) &&
        !cues.factLeads.has(token.folded) &&
        /\p{L}{3,}/u.test(token.word),
    );
    if (leftover.length === 0) {
      // "horários dos cultos" says more than "hours": kept as the section's own words.
      // One feature in their own words only: "galeria e perguntas frequentes" names two features, not a title.
      const isOneFeature = new Set(features).size === 1;
      // "Cultos … aos domingos": one word of their own beyond the feature's is enough.
      const ownWords = content.filter(
        (token) =>
          !isWhenWord(token.folded) && ![...Array(token.end - token.start).keys()].some((i) => covered.has(token.start - base + i)),
      );
      // "a menu page and a catering inquiry form": words about the site's parts are no section's own words.

      out.push({
        kind: 'feature',
        text: restText,
        features,
        note: (content.length >= 2 || ownWords.length > 0) && isOneFeature ? noteWithoutSiteParts(restText) : '',
      });
      return out;
    }
    // A feature with words of its own ("galeria de trabalhos", "orçamento grátis"): the words are
    // the person's and go on the page with that feature. A part that merely mentions a feature
    // while describing the business ("entregamos em toda a cidade") stays a description.
    const leading = spans.some((span) => span.start <= 1) || isRequest;
    if (leading) {
      out.push({ kind: 'feature', text: restText, features, note: new Set(features).size === 1 ? noteWithoutSiteParts(restText) : '' });
      return out;
    }
  }
  const isContainerTopic = isRequest && tokens.slice(0, at).some((token) => cues.containerNouns.has(token.folded));
  // A topic to write a section about is what a request framed in this part asks for ("uma seção
  // pra adoção", "quero falar do nosso projeto social"); words in a sentence that merely contains
  // a request word elsewhere ("busco e entrego", "visita no sítio só sábado") are about the business.
  const isFramedHere = peeled.some(
    (token, index) =>
      isRequestWord(token.folded, cues.requestVerbs) || isRequestWord(token.folded, STRONG_REQUEST) || isWishWord(peeled, index),
  );
  out.push({
    kind: 'words',
    text: restText,
    tokens: rest,
    isRequest: isContainerTopic || (isRequest && (isFramedHere || continuesRequest)),
  });
  return out;
}

/**
 * A section's own words without the words about the site's parts: "amostras de voz do nosso elenco
 * e ter um formulário de orçamento" → "amostras de voz do nosso elenco"; "Marcação de visitas pelo
 * site" → "Marcação de visitas"; "a menu page and a catering inquiry form" → nothing of its own.
 */
function noteWithoutSiteParts(note: string): string {
  const isSitePartWord = (token: Token) => cues.siteNouns.has(token.folded) || cues.controlNouns.has(token.folded);
  const tokens = tokensOf(note);
  const last = tokens.at(-1);
  const beforeLast = tokens.at(-2);
  const trimmed =
    last && beforeLast && cues.siteNouns.has(last.folded) && cues.onTheSite.has(beforeLast.folded)
      ? note.slice(0, beforeLast.start).trim()
      : note;
  const joiner = new RegExp(`\\s+(?:${cues.listJoiner})\\s+`, 'i');
  const pieces = trimmed.split(joiner);
  const own = pieces.filter((piece) => !tokensOf(piece).some(isSitePartWord));
  if (own.length === pieces.length) return trimmed;
  return own.length > 0 ? clean(own.join(` ${listJoinerOf(trimmed)} `)) : '';
}

function wordsOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.word).join(' ');
}

function clean(text: string): string {
  let out = text
    .replace(/[\u0001\u0002]+/g, ' ')
    .replace(/\s+/g, ' ')
    // "Pro ‹$9/mo›, Team": where a fact was, no space is left before the punctuation after it.
    .replace(/ ([,;:)])/g, '$1')
    .replace(/^[\s,;:.&+/-]+|[\s,;:&+/-]+$/g, '')
    .trim();
  // "con clases de torno en" → "clases de torno": a piece never starts or ends on a connector.
  for (;;) {
    const words = out.split(' ');
    // ("I come to your driveway": the English "I" is the person, never a connector.)
    if (words.length > 1 && words[0] !== 'I' && cues.connectors.has(fold(words[0]!)) && !/^\p{Lu}/u.test(words[1]!))
      out = words.slice(1).join(' ');
    // "Collection only" keeps its "only": without it the restriction reads as a thing sold; "venda
    // de pneu novo" keeps "novo", which says which thing.
    else if (
      words.length > 1 &&
      cues.connectors.has(fold(words[words.length - 1]!)) &&
      !cues.restrictionWords.has(fold(words[words.length - 1]!)) &&
      !(cues.neutralModifiers.has(fold(words[words.length - 1]!)) && !cues.possessives.has(fold(words[words.length - 1]!)))
    )
      out = words.slice(0, -1).join(' ');
    else break;
    out = out.replace(/^[\s,;:.&+/-]+|[\s,;:&+/-]+$/g, '').trim();
  }
  // "afinação com regulação a partir [de 140 €]": the words that lead a price are the price's.
  return out.replace(PRICE_LEAD_AT_END, '').trim() || out;
}

const PRICE_LEAD_AT_END = new RegExp(`\\s+(?:${[...cues.priceLeads, ...cues.priceVerbs].map(escapeRegExp).join('|')})$`, 'iu');

// "às 15h", "at 7pm", "a las 19:30": one time after the last word, which the opening hours (read as ranges) do not hold.
const TIME_TAIL = /^\s*(?:(?:às|as|a|à|at|a las)\s+)?\d{1,2}(?:[:h.]\d{2}|h|\s?(?:am|pm))\s*[.;,]?\s*$/i;

/** "sábado", "fins de semana", "seg": the words of when — with hours given, the hours' own words, not more about them. */
function isWhenWord(folded: string): boolean {
  return cues.dayWords.has(folded) || cues.whenWords.has(folded) || cues.dayAndUnitWords.has(folded);
}

/**
 * "Hora", "Sex Sáb", "Dom", "kg", "partir", "seg fechado": what is left of "seg a qui R$ 120 a hora, sex sab e dom
 * R$ 150", "R$ 3 o kg" or "a partir de R$ 45" once its prices are read — days, units and price
 * leads alone, never an offering.
 */
function isOnlyWhenWords(text: string): boolean {
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  return (
    words.length > 0 &&
    words.every(
      (word) =>
        cues.dayWords.has(word) ||
        cues.dayAndUnitWords.has(word) ||
        cues.connectors.has(word) ||
        cues.priceLeadWords.has(word) ||
        // "dom e seg fechado": the days it is closed, part of the hours.
        cues.closedWords.has(word),
    )
  );
}

// A time on a clock: with am/pm ("10am", "12nn", "7.30pm") or with minutes after a colon ("19:30").
// A bare "1h" is as often how long ("massagem 1h") and is not one.
const CLOCK_TIME = /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|nn|noon|mn)(?![\p{L}])|(?<![\p{N}:])\d{1,2}:\d{2}(?![\p{N}])/iu;

const PROMISE_NEGATION = new RegExp(`^(?:${cues.promiseNegations.map(escapeRegExp).join('|')})\\s+\\p{L}`, 'iu');

// "CRM-SP 12345", "CREFITO-12", "inscrita com o n.º 418271": a registration code or number.
const CREDENTIAL_CODE = /\b(?:[A-Z]{2,6}[- ]?\d[\w./-]*|[A-Z]{2,6}-[A-Z]{2}\b)|\bn\.?\s?[º°]\s*\d{3,}/;

/** Words said back as unused: one line, at most 160 characters. */
function asUnused(said: string): string {
  return said.replace(/\s+/g, ' ').trim().slice(0, 160);
}

/** "todos", "every", "weekly": how often something happens. */
const EVERY_WORD =
  /^(todo|toda|todos|todas|cada|every|each|weekly|semanal|semanais|mensal|mensais|monthly|mensual|nightly|daily|diario|diaria)$/;

/**
 * "o cliente escolhe e compra", "the customer pays the van": the customer, with its article, then
 * what they do — never "customer reviews" (a part of the site) or "clientes" (who it is for).
 */
function namesCustomerAsSubject(tokens: readonly Token[], mayOpen = false): boolean {
  return tokens.some(
    (token, at) =>
      at < tokens.length - 1 &&
      cues.customerSubjects.has(token.folded) &&
      ((mayOpen && at === 0) || (at > 0 && CUSTOMER_ARTICLE.test(tokens[at - 1]!.folded))),
  );
}
const CUSTOMER_ARTICLE = /^(?:o|a|the|el|la)$/;

function roleOf(tokens: readonly Token[], text: string, isListed: boolean): ItemRole {
  const words = tokens.map((token) => token.folded);
  if (words.some((word) => cues.credentialWords.has(word)) || CREDENTIAL_CODE.test(text)) return 'credential';
  const joined = ` ${words.join(' ')} `;
  // A platform anywhere ("cultos ao vivo no YouTube"); a generic channel word only as the head of
  // what is said ("grupo de WhatsApp", "newsletter mensal") — "aulas em grupo", "atendo online"
  // say how the work is done, they name no channel.
  const lead = words.findIndex((word) => !cues.connectors.has(word) && !cues.possessives.has(word));
  const head = ` ${words.slice(Math.max(lead, 0)).join(' ')} `;
  if (
    cues.channelWords.some((channel) =>
      cues.platformBrands.includes(channel) || channel.split(' ').some((word) => cues.platformBrands.includes(word))
        ? joined.includes(` ${channel} `)
        : head.startsWith(` ${channel} `),
    )
  )
    return 'channel';
  if (words.some((word) => cues.conditionWords.has(word))) return 'detail';
  // "Quadra 1103 Sul", "Escritório na Rua de Santo António", "sobre la ruta 6": where the business
  // is, never a card of what it offers ("comida de rua" says what: "de" is no place preposition).
  const streetAt = words.findIndex((word) => cues.streetNouns.has(word));
  if (
    streetAt >= 0 &&
    (streetAt === Math.max(lead, 0) || cues.placePrepositions.includes(words[streetAt - 1] ?? '')) &&
    words[streetAt - 1] !== 'de'
  )
    return 'detail';
  // "Escritório [na Rua …]", "Our shop [at 12 High St]" with the address read out as a fact: a
  // premises word said alone, outside a list, is where the business is, never a card.
  const said = words.slice(Math.max(lead, 0));
  while (said.length > 1 && (cues.placePrepositions.includes(said.at(-1)!) || cues.connectors.has(said.at(-1)!))) said.pop();
  if (!isListed && said.length === 1 && (cues.premiseWords.has(said[0]!) || cues.workplaceNouns.has(said[0]!))) return 'detail';
  // "uns 120 membros", "com 40 vozes", "about 30 students a month": how big the business is.
  if (isCount(tokens)) return 'detail';
  // A day of the week, or "every"/"todas as" with a time of day: a schedule item ("trivia night
  // every Tuesday", "cultos aos domingos"); "café da manhã" alone is breakfast.
  const isDay = words.some((word) => cues.dayWords.has(word));
  const isEvery = words.some((word) => EVERY_WORD.test(word));
  const isTimeOfDay = words.some((word) => cues.timeOfDayWords.has(word));
  // "evenings", "weekends", "fins de semana e feriados": when the business works, said alone.
  if (
    words.some((word) => cues.whenWords.has(word)) &&
    words.every((word) => cues.whenWords.has(word) || cues.connectors.has(word) || /^(e|and|y)$/.test(word))
  )
    return 'schedule';
  if (
    words.some((word) => cues.scheduleWords.has(word)) &&
    (isDay || (isEvery && isTimeOfDay) || /^(weekly|semanal|monthly|mensal|mensual|nightly)$/.test(words.join(' ')))
  )
    return 'schedule';
  // "todos os dias", "every day" left when the hours were read: a line of when, never a card.
  if (
    isEvery &&
    words.some((word) => cues.dayNouns.has(word)) &&
    words.every((word) => cues.dayNouns.has(word) || cues.connectors.has(word) || EVERY_WORD.test(word))
  )
    return 'schedule';
  if (audienceLeadAt(tokens, 0) > 0 || namesAudienceAlone(tokens)) return 'audience';
  // "lunch only Mon-Sat 10am-12nn", "merienda 3pm-5pm", "brunch 10:30": a clock time says when
  // something happens — a line of when, never a card of what is sold.
  if (CLOCK_TIME.test(text)) return 'schedule';
  // "Collection only", "takeaway only": a restriction on how — read in the item's own text, where
  // "only" before a price ("hand wash only $25") was already left with the price.
  if ((fold(text).match(/\p{L}+/gu) ?? []).some((word) => cues.restrictionWords.has(word))) return 'detail';
  // "que o cliente escolhe e compra", "o contratante paga o ônibus": what the customer does is the
  // business's terms, told — never a card of what it offers.
  if (namesCustomerAsSubject(tokens)) return 'detail';
  if (words.length <= 6 || isListed) return 'offering';
  return 'detail';
}

/**
 * "adults", "children from age 6", "crianças a partir de 5 anos", "from beginners to Grade 8": who
 * the business is for, named without a lead — the audience word is the head and nothing sold
 * follows it ("kids haircuts", "bebês reborn" are things sold). Listed, they were cards in "what
 * we offer".
 */
function namesAudienceAlone(tokens: readonly Token[]): boolean {
  const at = /^(from|de|desde|dos|das|des)$/.test(tokens[0]?.folded ?? '') ? 1 : 0;
  const first = tokens[at];
  if (!first || !cues.audienceWords.has(first.folded) || cues.ageWords.has(first.folded)) return false;
  const next = tokens[at + 1];
  return (
    !next ||
    /^\d/.test(next.word) ||
    cues.audienceWords.has(next.folded) ||
    cues.ofWords.has(next.folded) ||
    cues.audienceTailLeads.has(next.folded) ||
    /^(e|and|y|ou|or|o|&)$/.test(next.folded)
  );
}

/** "instalação", "lavagem", "mantenimiento", "cleaning" (folded): a noun of action, the name of a service. */
function isActionNoun(folded: string): boolean {
  return (
    cues.actionNounEndings.some((ending) => folded.length > ending.length + 3 && folded.endsWith(ending)) || isEverydayActionNoun(folded)
  );
}

/** "uns 120 membros", "com 40 vozes", "about 30 a month": a count said about the business (a number, never a price). */
function isCount(tokens: readonly Token[]): boolean {
  const withAt = /^(com|with|con)$/.test(tokens[0]?.folded ?? '') ? 1 : 0;
  const lead = startsWithPhrase(tokens, withAt, cues.approximateLeads);
  const number = tokens[withAt + lead];
  if (!number || !/^\d+$/.test(number.word)) return false;
  return lead > 0 || (withAt > 0 && tokens.length - withAt <= 3);
}

/**
 * "for craft beer lovers", "atendemos crianças e adultos": who the business is for, right after the
 * lead — the length of the lead, or 0. Who is named after a place or an owner ("atendo presencial
 * no condomínio do aluno", "serve lunch in the students' square") is where or whose, not for whom.
 */
function audienceLeadAt(tokens: readonly Token[], at: number): number {
  const lead = startsWithPhrase(tokens, at, cues.audienceLead);
  if (lead === 0) return 0;
  for (const token of tokens.slice(at + lead)) {
    if (cues.audienceWords.has(token.folded)) return lead;
    if (cues.placePrepositions.includes(token.folded) || cues.ofWords.has(token.folded)) return 0;
  }
  return 0;
}

/**
 * "portão de ferro, grade e janela": after a thing and what it is made of, a word that is no
 * material is another thing ("pneu de carro, moto e caminhão" is one thing for three vehicles).
 */
function madeOfThenThing(previous: string, nextWord: string): boolean {
  const of = /\s(?:de|of|em|in|en)\s(\S+)$/i.exec(previous.trim())?.[1];
  return of !== undefined && cues.materialWords.has(fold(of)) && !cues.materialWords.has(nextWord);
}

/** "implantes e clareamento" → two items; "carro, moto e caminhão" after "pneu de" stays one. */
function splitList(text: string, isEnglish = true, isSpanish = false, isPhraseList = false): string[] {
  // "o" is "or" in Spanish only: in Portuguese it is the article ("você escolhe o sabor").
  const pieces = text
    .split(isSpanish ? /\s+(?:e|and|y|&|ou|or|o)\s+/i : /\s+(?:e|and|y|&|ou|or)\s+/i)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length < 2) return [text];
  // "apertar ou alargar calças e vestidos", "lavar e passar roupa": verbs joined before one object
  // share it — the list is one service, never "Apertar" and "Vestidos" apart.
  const isInfinitive = (word: string | undefined) => word !== undefined && !isEnglish && isInfinitiveVerb(word);
  // …and "busco e levo seu carro": work verbs joined before one object, too.
  const isJoinedVerb = (word: string | undefined) => isInfinitive(word) || (word !== undefined && cues.workVerbs.includes(word));
  if (isJoinedVerb(pieces[0]!.split(/\s+/).length === 1 ? fold(pieces[0]!) : undefined) && isJoinedVerb(fold(pieces[1]!.split(/\s+/)[0]!)))
    return [text];
  // "aulas individuais e em grupo", "classes in person and online": a piece that opens with a
  // preposition says how or where the thing before it is done — one thing, said whole.
  if (pieces.slice(1).some((piece) => OPENS_WITH_PREPOSITION.test(piece))) return [text];
  // "higienização de carpete e tapete e impermeabilização", "cleaning of rugs and sofas and
  // waterproofing": a noun of action opens a new service; the things listed after one are its own.
  const opensAction = (piece: string) => isActionNoun(fold(piece.split(/\s+/)[0]!));
  // "exames de imagem e internação", "terapia para niños y orientación a padres": after a phrase,
  // too — when the noun plainly names an act ("-ção", "-ción", "-mento", "-gem"; "sucessões" may not).
  const opensPlainAction = (piece: string) =>
    opensAction(piece) && /(?:cao|coes|cion|ciones|mento|mentos|gem|gens)$/.test(fold(piece.split(/\s+/)[0]!));
  const isPhraseFirst = !isEnglish && pieces[0]!.split(/\s+/).length >= 2 && pieces.slice(1).some(opensPlainAction);
  if ((opensAction(pieces[0]!) || isPhraseFirst) && pieces.slice(1).some(opensAction) && !pieces.every(opensAction)) {
    const joiner = listJoinerOf(text);
    const opensNew = (piece: string) => (isPhraseFirst ? opensPlainAction(piece) : opensAction(piece));
    return pieces.reduce<string[]>(
      (grouped, piece, index) =>
        index === 0 || opensNew(piece) ? [...grouped, piece] : [...grouped.slice(0, -1), `${grouped.at(-1)} ${joiner} ${piece}`],
      [],
    );
  }
  // "violão popular e clássico", "instalaciones residenciales y comerciales": in Portuguese and
  // Spanish a lone adjective after a noun and its modifier is another variety of that noun — said
  // whole, never a card "Clássico"; a lone noun ("peixe grelhado e marisco") is a thing of its own.
  const isLoneWord = (piece: string) =>
    /^\p{Ll}\S*$/u.test(piece) &&
    !opensAction(piece) &&
    cues.adjectiveEndings.some((ending) => fold(piece).length > ending.length + 2 && fold(piece).endsWith(ending));
  if (!isEnglish && pieces.length === 2 && pieces[0]!.split(/\s+/).length === 2 && isLoneWord(pieces[1]!)) return [text];
  // Only a list of short things: "ball and butterfly valves" shares its noun, keep it whole.
  if (pieces.some((piece) => piece.split(/\s+/).length > 6)) return [text];
  // "catalogue by size and pressure class": "and" joins what the preposition governs — unless the
  // list before it is of whole phrases ("coxinha de frango, risole de carne, bolinha de queijo e
  // kibe"): then the last "e" joins one more of them.
  // "beijinho de coco e bicho de pé": each piece with its own preposition is its own thing.
  const eachOwnPhrase = pieces.slice(1).every((piece) => OF.test(` ${piece} `.replace(/^\s\S+\s/, ' x ')));
  if (
    !isPhraseList &&
    !eachOwnPhrase &&
    /\s(by|de|do|da|of|com|with|con|for|para|por|pelo|pela|em|en|in|on|no|na|à|ao|a)\s/i.test(
      ` ${pieces[0]} `.replace(/^\s\S+\s/, ' x '),
    ) &&
    /\s(by|de|do|da|dos|das|of|com|with|con|for|para|por|pelo|pela|em|en|in|on|no|na|à|ao|a)\s\S+$/i.test(pieces[0]!) &&
    !madeOfThenThing(pieces[0]!, fold(pieces[1]!.split(/\s+/)[0]!))
  )
    return [text];
  // English puts the shared noun last ("ball and butterfly valves"); Portuguese and Spanish put
  // it first, so "petiscos e vinho da casa" are two things.
  const first = pieces[0]!.split(/\s+/);
  if (isEnglish && first.length === 1 && pieces.slice(1).some((piece) => piece.split(/\s+/).length > 1)) return [text];
  return pieces;
}

// "Tune-ups from", "Driveway cleaning starts at": what leads into a price ends no title.
const TRAILING_PRICE_LEAD = new RegExp(
  `\\s+(?:${[...cues.priceLeads, ...cues.priceVerbs, 'por apenas', 'por', 'at', 'a', 'only', 'starts', 'starting', 'começa', 'empieza'].map(escapeRegExp).join('|')})$`,
  'i',
);

const OF = /\s(?:de|do|da|dos|das|del|of|for|para|pra|em|en|in)\s/i;
// Where or how, not what: "em", "in", "at", "on", "by" (never "de"/"of", which name what: "bolo de milho").
const OPENS_WITH_PREPOSITION = new RegExp(
  `^(?:${cues.placePrepositions
    .filter((word) => !/\s/.test(word) && !cues.ofWords.has(word) && word !== 'desde')
    .concat(['on', 'by', 'por', 'via'])
    .join('|')})\\s`,
  'i',
);

/** The word the person joined their list with ("e", "and", "y"): items put back together keep it. */
function listJoinerOf(text: string): string {
  return text.match(new RegExp(`\\s(${cues.listJoiner})\\s`, 'i'))?.[1] ?? 'e';
}

/**
 * The person's prompt, read for its words. `text` is the sanitised prompt; the fact and place
 * texts come from the extractors that read them, so they are never mistaken for offerings.
 */
/**
 * A word that only leads into a contact fact: "call", "ligue", and the same verb with its pronoun
 * joined on ("escríbeme", "llámanos", "chama-me"), which left "Escríbeme" as a card.
 */
function isFactLead(folded: string): boolean {
  if (cues.factLeads.has(folded)) return true;
  const bare = /^(\p{L}{3,}?)-?(?:me|nos|te|lo|la|le)$/u.exec(folded)?.[1];
  return bare !== undefined && cues.factLeads.has(bare);
}

export function readPrompt(input: ReadPromptInput): PromptReading {
  const isEnglish = !input.lang || input.lang.startsWith('en');
  const isSpanish = input.lang?.startsWith('es') === true;
  const language = wordLanguageOf(input.lang);
  let masked = input.text;
  // The extractors' texts first, while the prompt is as they read it (a form's list or a FAQ may
  // hold a time or a price that the patterns below would blank first, and then not be found).
  for (const fact of input.factTexts) masked = blankAll(masked, fact, FACT);
  // "$90/hour", "R$ 50/h": what a price is per goes with the price, never with the item ("(hour)").
  masked = masked.replace(/(\u0001+)(\s*\/\s*\p{L}+)/gu, (_, marks: string, per: string) => marks + FACT.repeat(per.length));
  for (const place of input.placeTexts) masked = blankAll(masked, place, PLACE);
  // Right after the place: its state ("Contagem MG", "Feira de Santana - BA") is part of where;
  // and more towns joined to it ("em Aparecida de Goiânia e Goiânia") are more of where the
  // business works — never offerings.
  const regions: string[] = [];
  masked = masked.replace(AREA_BEFORE_PLACE, (match) => PLACE.repeat(match.length));
  masked = masked.replace(STATE_AFTER_PLACE, (match, marks: string) => marks + PLACE.repeat(match.length - marks.length));
  // "em zapopan y guadalajara", "em campinas, sumaré e Hortolândia": a large town of the gazetteer
  // typed in lowercase, joined to the place, is where the business works too (capitalised towns are
  // read as such anyway). Each town found joins the place, so the next one follows it.
  // "in Independence and ‹Blue Springs, MO›", "em Olinda e ‹Recife›": a town named right before the
  // place, joined to it, is where the business works too.
  masked = masked.replace(TOWN_BEFORE_PLACE, (match, lead: string, town: string, joiner: string, marks: string) => {
    if (findWorldCities(town).length === 0) return match;
    regions.push(`${joiner.trim()} ${town}`);
    return lead + PLACE.repeat(town.length) + joiner + marks;
  });
  for (let round = 0; round < 4; round++) {
    const before = masked;
    masked = masked.replace(TOWN_AFTER_PLACE, (match, marks: string, joiner: string, town: string, offset: number) => {
      if (closesInRefusal(input.text, offset + match.length, input.lang)) return match;
      regions.push(`${joiner.trim()} ${town}`);
      return marks + PLACE.repeat(match.length - marks.length);
    });
    masked = masked.replace(TOWN_JOINED_TO_PLACE, (match, marks: string, joiner: string, town: string, offset: number) => {
      if (!findWorldCities(town).some((candidate) => candidate.population >= LOWERCASE_TOWN_MIN)) return match;
      // …only from a writer who typed the place in lowercase too: after "em Bauru", a lowercase
      // "formiga" is an ant, not the town of Formiga.
      if (/\p{Lu}/u.test(input.text.slice(offset, offset + marks.length))) return match;
      if (closesInRefusal(input.text, offset + match.length, input.lang)) return match;
      regions.push(joiner.trim() === ',' ? town : `${joiner.trim()} ${town}`);
      return marks + PLACE.repeat(match.length - marks.length);
    });
    if (masked === before) break;
  }
  for (const name of input.names) masked = blankAll(masked, name, FACT);
  for (const pattern of FACT_PATTERNS) {
    masked = masked.replace(new RegExp(pattern.source, pattern.flags), (match) => FACT.repeat(match.length));
  }
  // "do 5.º ao 12.º ano", "2.ª fase": the full stop of an ordinal ends no sentence.
  masked = masked.replace(/(\d)\.(?=\s?[ºª°])/g, '$1 ');
  // "1.5 kVA", "2,5 kg", "R$ 1.200": a point or comma between digits is part of the number, never
  // the end of a sentence or a list item (a digit keeps the positions and the number one token).
  masked = masked.replace(/(?<=\d)[.,](?=\d)/g, '0');
  // "P.O. Box", "U.S.", "e.g.": the full stops of initials end no sentence.
  masked = masked.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.\s?){2,}/gu, (initials) => initials.replace(/\./g, ' '));
  // "Dr. Paulo", "Av. Paulista", "nº 12": a full stop after an abbreviation ends no sentence.
  masked = masked.replace(
    // Not \b, which knows only ASCII letters: "construcción." and "atención." end sentences.
    /(?<![\p{L}\p{N}])(Dr|Dra|Sr|Sra|Srta|Prof|Profa|Av|St|Mr|Mrs|Ms|Jr|Sto|Sta|Ltda|Inc|Co|Corp|Dept|Est|n|nº|No)\./gu,
    (match) => `${match.slice(0, -1)} `,
  );

  const sentenceBounds = [...masked.matchAll(/[^.!?\n]+/g)]
    .filter((sentence) => /\p{L}/u.test(sentence[0]))
    .map((sentence) => ({ start: sentence.index, end: sentence.index + sentence[0].length }));
  const unused: UnusedWords[] = [];
  // "Soft greens and cream please, nothing too formal", "Cores terrosas, nada de rosa": a sentence
  // of style words only is a wish about the site's looks, never cards of what is sold.
  // Where the last sentence about the site's looks ended: a refusal right after it ("Cores vermelho
  // e creme. Nada de cavalhada, mascarado nem pomba do Divino.") rules things out of the looks too.
  let styleEnd = -1;
  masked = masked.replace(/[^.!?\n]+/g, (sentence, offset: number) => {
    const styleBefore = unused.length;
    const read = readSentence(sentence, offset);
    if (unused.slice(styleBefore).some((entry) => entry.why === 'style')) styleEnd = offset + sentence.length;
    return read;
  });
  function readSentence(sentence: string, offset: number): string {
    const opening = tokensOf(sentence).find((token) => !isMark(token));
    // ("Agradeço que não utilizem elétricos", "Golfe e praias não", "que no salgan soldados": a
    // negation among its first words, with no number, refuses things from the looks too.)
    const firstWords = tokensOf(sentence)
      .filter((token) => !isMark(token))
      .slice(0, 4);
    if (
      styleEnd >= 0 &&
      /^[\s.!?]*$/.test(input.text.slice(styleEnd, offset)) &&
      opening &&
      // (…never a fact with its number: "No work in August, I close 1 to 31".)
      !/\d/.test(sentence) &&
      (cues.refusalWords.has(opening.folded) ||
        isNegationWord(opening.folded, input.lang) ||
        firstWords.some((token) => isNegationWord(token.folded, input.lang, false)))
    ) {
      unused.push({ words: asUnused(input.text.slice(offset, offset + sentence.length)), why: 'style' });
      return FACT.repeat(sentence.length);
    }
    // "No site não coloca meu sobrenome", "please don't put my address on the website": told to
    // us, never shown (whatever it names is left out, since nothing of it is written).
    if (isNegatedInstruction(tokensOf(sentence)) || isInstruction(tokensOf(sentence))) {
      const said = input.text.slice(offset, offset + sentence.length);
      unused.push({ words: asUnused(said), why: 'site' });
      return FACT.repeat(sentence.length);
    }
    // "no contact form please", "não queremos formulário no site": a part of the site refused, for
    // us — never on the page (the facts beside it, "liguem para …", are read as ever).
    sentence = sentence.replace(/[^,;]+/g, (part, at: number) => {
      if (!refusesForm(fold(part))) return part;
      const said = input.text.slice(offset + at, offset + at + part.length);
      unused.push({ words: asUnused(said), why: 'site' });
      return FACT.repeat(part.length);
    });
    const refusedFrom = refusedImageryAt(sentence, input.lang);
    if (refusedFrom >= 0) {
      const said = input.text.slice(offset + refusedFrom, offset + sentence.length);
      unused.push({ words: asUnused(said), why: 'style' });
      return sentence.slice(0, refusedFrom) + FACT.repeat(sentence.length - refusedFrom);
    }
    if (!isStyleWish(tokensOf(sentence)) && !opensWithColours(tokensOf(sentence))) return styleWishParts(sentence, unused);
    // Said whole: clean() would drop a leading "No" ("in the" in Portuguese), turning "No pink" into a wish for pink.
    unused.push({
      words: sentence
        .replace(/\s+/g, ' ')
        .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
        .slice(0, 160),
      why: 'style',
    });
    return FACT.repeat(sentence.length);
  }
  // "Kia ora! I'm Fiona…", "G'day! We're…": a few words exclaimed before the writer introduces
  // themself are a greeting, known or not — never what the business is. (After a comma they may be
  // what it is: "Bolos, sou a Ana".)
  const opening = /^\s*([^.!?,;:\n\u0001\u0002]{1,30})!+\s+/u.exec(masked);
  const openingWords = opening ? tokensOf(opening[1]!) : [];
  if (opening && openingWords.length <= 3 && !openingWords.some((token) => input.isBusinessNoun?.(token.folded))) {
    const after = tokensOf(masked.slice(opening[0].length));
    if (startsWithPhrase(after, 0, cues.selfIntro) > 0) {
      unused.push({ words: opening[1]!.trim(), why: 'filler' });
      masked = FACT.repeat(opening[0].length) + masked.slice(opening[0].length);
    }
  }
  // "Boa tarde, macho.", "Bom dia, mana!", "Olá, amigo.": a greeting and one word after its comma,
  // the whole sentence, greets us — the word is whom it greets, never what the business is.
  for (const greeted of fold(masked).matchAll(GREETING_AND_ADDRESSEE)) {
    const start = greeted.index + greeted[1]!.length;
    const word = greeted[2]!;
    if (input.isBusinessNoun?.(word)) continue;
    unused.push({ words: input.text.slice(start, greeted.index + greeted[0].length).trim(), why: 'filler' });
    masked = masked.slice(0, start) + FACT.repeat(greeted[0].length - greeted[1]!.length) + masked.slice(greeted.index + greeted[0].length);
  }
  // "my name is Ana and I'm a photographer", "me llamo ana y soy fotógrafa": the writer's name is
  // who writes, told apart; what they go on to say they are is what the business is — read as if
  // the sentence opened there, whatever the name's case or length.
  const selfNamings: ReadItem[] = [];
  for (const found of fold(masked).matchAll(SELF_NAMING_THEN_INTRO)) {
    const start = found.index + found[1]!.length;
    const end = found.index + found[0].length;
    const said = input.text
      .slice(start, end)
      .replace(/[\s,;]*\S+\s*$/u, '')
      .trim();
    if (said) selfNamings.push({ text: said, role: 'detail' });
    masked = masked.slice(0, start) + FACT.repeat(end - start) + masked.slice(end);
  }
  // "Sou o Rogério Cordeiro e trabalho a salina…", "Myself Kirit Parmar, …": the writer named by
  // "I am" and their capitalised name is who writes, told apart — never what the business is.
  for (const found of masked.matchAll(SELF_NAMED)) {
    const start = found.index + found[1]!.length;
    const named = found[2]!;
    const firstNameWord = fold(named.replace(SELF_NAMED_LEAD, '').split(/\s+/u)[0] ?? '');
    if (input.isBusinessNoun?.(firstNameWord)) continue;
    selfNamings.push({ text: named, role: 'detail' });
    masked = masked.slice(0, start) + FACT.repeat(named.length) + masked.slice(start + named.length);
  }
  const items: ReadItem[] = [...selfNamings];
  // "RUC 0103894564001", "NIF: 234 567 890": a tax or company number with its label is a
  // credential, said whole — never a phone, a card "RUC" or a region after the town.
  masked = masked.replace(TAX_ID, (match, _label: string, offset: number) => {
    items.push({ text: input.text.slice(offset, offset + match.length).replace(/[\s.,;:/-]+$/, ''), role: 'credential' });
    return FACT.repeat(match.length);
  });
  let what = '';
  let isWhatProduct = false;
  let lastOfferingIndex = -1;
  let lastOfferingSentence = -1;
  const pricedLabels = new Set((input.priceLabels ?? []).map((label) => fold(label)));
  let lastRuleIndex = -1;
  let lastRuleSentence = -1;
  let lastStatementIndex = -1;
  let lastStatementSentence = -1;
  // "faço salgados para festa: coxinha, risole…": what the business makes, as an offering of its
  // own — dropped when the same sentence lists the things themselves (the hero already says it).
  let whatItem: { item: ReadItem; sentence: number; at: number } | undefined;
  // The item an "includes …" part went with, and its sentence: the parts listed after it go too.
  let includeAt: { sentence: number; index: number } | undefined;
  let whoAt: { sentence: number; index: number } | undefined;
  // Offerings of more than one word listed so far in each sentence, and the sentence being read.
  const phraseOfferings = new Map<number, number>();
  let currentSentence = -1;
  const dropped = new Set<ReadItem>();
  // Items kept only if the list goes on from them (replaced by their longer self when it does).
  const unlessContinued = new Set<ReadItem>();
  const settleWhatItem = () => {
    if (whatItem && items.slice(whatItem.at + 1).filter((item) => item.role === 'offering').length >= 2) dropped.add(whatItem.item);
    whatItem = undefined;
  };
  // The item that opens with work done to things ("arranjo sapatos"), and its sentence.
  let workItemAt = -1;
  let workSentence = -1;
  let previous: Part | null = null;
  let requestSentence = -1;
  let offeringSentence = -1;
  let languageSentence = -1;
  let isSolo = false;
  let speaksForGroup = false;
  // The sentence of the last part about the writer's family: a lone name after it is that person's.
  let familySentence = -1;
  // The last part that told something whole, verb and all: the short parts listed after it go on with it.
  let tellingAt: { sentence: number; index: number; isSelf: boolean } | undefined;
  // The telling that a colon's explanation was joined to: the parts listed after it go on with it.
  let colonTellingAt = -1;

  const allParts = partsOf(masked, input.priceLabels);
  const headings = allParts.filter((part) => part.isBeforeColon).map((part) => fold(part.text));
  // Each sentence's words, to tell a part of the site the person frames ("site com a nossa história")
  // from a wish in passing.
  const sentenceWords = new Map<number, Set<string>>();
  for (const part of allParts) {
    const words = sentenceWords.get(part.sentence) ?? new Set<string>();
    for (const token of tokensOf(part.text, part.start)) words.add(token.folded);
    sentenceWords.set(part.sentence, words);
  }
  const regionParts = new Set<Part>();
  const brandParts = new Set<Part>();
  // The parts of a service area's list ("I cover Naas, ‹Carlow›, ‹Athy›"), told with its lead.
  const areaParts = new Set<Part>();
  let lastAside: { start: number; end: number } | undefined;
  let questionSentence = -1;
  let headingAside = -1;
  for (const part of allParts) {
    const before = previous;
    previous = part;
    if (whatItem && whatItem.sentence !== part.sentence) settleWhatItem();
    currentSentence = part.sentence;
    // "máquinas domésticas e industriales (Singer, Brother, Juki)", "control de aves con rapaces
    // (halcones y águilas de Harris)": what a parenthesis says is about the item before it, in the
    // person's words — never offerings of their own.
    if (part.aside) {
      if (lastAside === part.aside) continue;
      lastAside = part.aside;
      // The heading's own parenthesis ("Peças (preço por peça):") qualifies the heading, no item.
      if (part.aside.start === headingAside) continue;
      // "Sou psicóloga clínica (CRP 06/123456)": a registration in brackets is the person's
      // credential, shown as one (it was dropped as filler; the law asks for it on a health site).
      const bracketed = input.text.slice(part.aside.start + 1, part.aside.end - 1).trim();
      if (
        CREDENTIAL_CODE.test(bracketed) &&
        bracketed.split(/\s+/).length <= 6 &&
        tokensOf(bracketed).some((token) => cues.credentialWords.has(token.folded))
      ) {
        items.push({ text: bracketed, role: 'credential' });
        continue;
      }
      const said = clean(withoutFacts(input.text, masked, masked.slice(part.aside.start + 1, part.aside.end - 1), part.aside.start + 1));
      const last = items.at(-1);
      if (said && last && before && before.sentence === part.sentence && !last.feature && `${last.text} (${said})`.length <= 160)
        items[items.length - 1] = { ...last, text: `${last.text} (${said})` };
      else if (said && !masked.slice(part.aside.start, part.aside.end).includes(FACT)) items.push({ text: said, role: 'detail' });
      continue;
    }
    // "Trabalho com Yamaha, Petrof, Kawai e Steinway", "we service Trane and Carrier": the brands
    // the business works with, said as the person said it — one sentence about the business, not
    // a card per brand (nor a claim to be any brand's official service).
    if (brandParts.has(part) || areaParts.has(part)) continue;
    const brands = brandSentence(part, allParts, input.text);
    if (brands) {
      items.push({ text: brands.text, role: 'detail' });
      for (const consumed of brands.parts) brandParts.add(consumed);
      continue;
    }
    // "… in Dayton, Ohio", "em Coimbra, Aveiro e Leiria", "en Ñuñoa, Providencia y La Reina":
    // capitalised words listed right after a place name (or after such words) are where, too —
    // the region it is in, or more towns it serves.
    if (part.isListed && before && before.sentence === part.sentence && (/\u0002\s*$/.test(before.text) || regionParts.has(before))) {
      // "y todo el Eje Cafetero", "and all of the Hudson Valley": the area words lead into the region's name.
      const said = input.text.slice(part.start, part.end).trim().split(/\s+/);
      // "…, no Recôncavo da Bahia", "…, in the Hudson Valley": a preposition of place leads in, too.
      const leadWords = said.findIndex(
        (word) =>
          !cues.areaWords.has(fold(word)) && !/^(el|la|o|a|the|of|de|do|da)$/i.test(word) && !cues.placePrepositions.includes(fold(word)),
      );
      const words = leadWords > 0 ? said.slice(leadWords) : said;
      const isRegion =
        words.length <= 6 &&
        words.every((word) => /^\p{Lu}/u.test(word) || /^(de|do|da|del|la|of)$/.test(word) || JOINER_WORD.test(word)) &&
        /^\p{Lu}/u.test(words[0]!) &&
        !words.some((word) => cues.personTitles.has(fold(word).replace(/\.$/, '')) || /\d/.test(word));
      if (isRegion && !closesInRefusal(input.text, part.end, input.lang)) {
        regions.push(input.text.slice(part.start, part.end).trim());
        regionParts.add(part);
        continue;
      }
    }
    // "No chemicals", "never any hidden fees": a promise of what the business does not do, said
    // whole — never the thing it rules out as an offering. (English only: Portuguese "no" is "in the".)
    // (Read from the prompt itself: the connectors' cleaning would take the "no" off.)
    const promise = input.text
      .slice(part.start, part.end)
      .trim()
      .replace(/[\s.,;:!]+$/, '');
    // "sem promessa de cura", "sin permanencia mínima": the same in Portuguese and Spanish, said at
    // some length ("sem glúten" alone may be what is sold).
    const isWithoutPromise =
      !isEnglish &&
      /^(?:sem|sin)\s+\p{L}/iu.test(promise) &&
      tokensOf(promise).length >= 3 &&
      !tokensOf(promise).some((token) => JOINER_WORD.test(token.folded));
    if (((isEnglish && PROMISE_NEGATION.test(promise)) || isWithoutPromise) && !masked.slice(part.start, part.end).includes(FACT)) {
      items.push({ text: promise, role: 'detail' });
      lastRuleIndex = items.length - 1;
      lastRuleSentence = part.sentence;
      continue;
    }
    // "Boutique hotel in Porto. English and Portuguese.": languages alone in a sentence are the site's.
    const isWholeSentence = allParts.filter((other) => other.sentence === part.sentence).length === 1;
    const pieces = classify(part, masked, input, requestSentence === part.sentence, languageSentence === part.sentence || isWholeSentence);
    // "What we offer:", "Atividades:" over a list: the list's heading, once the business is known —
    // never an item of its own ("Atividades" is no offering). A heading that names a feature
    // ("Preços:", "Horário:") still asks for it.
    const isFirstOfLine = allParts.find((other) => other.sentence === part.sentence) === part;
    const isHeading =
      what !== '' &&
      isFirstOfLine &&
      // "Peças (preço por peça):" — a parenthesis may qualify the heading.
      /^\s*(?:\([^()\n]*\)\s*)?:\s*(?:\n|[-•*–]\s|$)/.test(input.text.slice(part.end)) &&
      tokensOf(part.text).length <= 6 &&
      pieces.every((piece) => piece.kind === 'words' && !piece.isRequest);
    if (isHeading) {
      unused.push({ words: clean(part.text), why: 'filler' });
      const asideAt = input.text.slice(part.end).search(/\S/);
      if (input.text.charAt(part.end + asideAt) === '(') headingAside = part.end + asideAt;
      continue;
    }
    // The site doing something by itself ("queria que o site aparecesse em primeiro no Google",
    // "que o site mandasse um e-mail sozinho", "I'd like the website to send…"): about the site,
    // never a section or a feature of the page — unless the part frames a section ("que o site
    // tenha uma seção sobre…").
    const partTokens = tokensOf(part.text);
    const siteDoes =
      pieces.some((piece) => piece.kind === 'feature' || (piece.kind === 'words' && piece.isRequest)) &&
      partTokens.some(
        (token, index) =>
          index > 0 &&
          index < partTokens.length - 1 &&
          cues.siteNouns.has(token.folded) &&
          cues.onTheSite.has(partTokens[index - 1]!.folded) &&
          // The site as the subject of a wish: "que o site …", "the website to …".
          (partTokens[index - 2]?.folded === 'que' || partTokens[index + 1]!.folded === 'to'),
      ) &&
      !partTokens.some((token) => cues.topicFrames.has(token.folded) && !cues.siteNouns.has(token.folded));
    if (siteDoes) {
      const said = clean(input.text.slice(part.start, part.end));
      if (said) unused.push({ words: said, why: 'site' });
      requestSentence = part.sentence;
      continue;
    }
    // "meu nome é Jaqueline mas todo mundo me chama de Jaque": the writer's own name is who writes,
    // told whole — never the head of what the business is, nor a card.
    // ("My name is Tom Baker and I'm a piano tuner" goes on to say it, and is read on.)
    if (
      startsWithPhrase(partTokens, 0, cues.selfNamingLeads) > 0 &&
      !partTokens.some((_, at) => at > 0 && startsWithPhrase(partTokens, at, cues.selfIntro) > 0)
    ) {
      const said = input.text
        .slice(part.start, part.end)
        .replace(/[\s,;:.]+$/, '')
        .trim();
      if (said) items.push({ text: said, role: 'detail' });
      continue;
    }
    if (pieces.some((piece) => piece.kind === 'unused' && piece.why === 'language')) languageSentence = part.sentence;
    if (pieces.some((piece) => piece.kind !== 'words' || piece.isRequest)) requestSentence = part.sentence;
    for (const piece of pieces) {
      if (piece.kind === 'unused') {
        const text = clean(input.text.slice(part.start, part.end)).length > 0 ? clean(piece.text) : '';
        if (text) unused.push({ words: text, why: piece.why });
        continue;
      }
      const original = clean(withoutFacts(input.text, masked, piece.text, part.start));
      if (!original) continue;
      if (piece.kind === 'feature') {
        // "Aberto de segunda a sexta das 9h às 18h30 e sábado de manhã": what the hours' note says
        // beyond the times read is said with them — without them it read "Aberto de das e sábado de manhã".
        const said = piece.features[0] === 'hours' ? clean(withoutFacts(input.text, masked, piece.text, part.start, true)) : original;
        if (piece.note) items.push({ text: noteWithoutSiteParts(said) || said, role: 'topic', feature: piece.features[0] });
        else unused.push({ words: original, why: 'feature' });
        // "umas perguntas frequentes: de quanto em quanto tempo…, se faz sujidade…": the list after
        // the colon is the questions themselves.
        if (piece.features.includes('faq') && /^\s*:/.test(input.text.slice(part.end))) questionSentence = part.sentence;
        continue;
      }
      if (questionSentence === part.sentence) {
        items.push({ text: original, role: 'question' });
        continue;
      }
      let tokens = piece.tokens.filter((token) => !isMark(token));
      // "and I run ‹Taylor's Kilt Hire›", "e tenho a ‹Velas do Canal›": the words that say the writer
      // owns the business named next only lead into its name (read elsewhere) — never what it is.
      const nameAt = piece.tokens.findIndex(
        (token, at) =>
          isMark(token) &&
          cues.ownershipLeads.some((owning) => {
            const count = owning.split(' ').length;
            return (
              at >= count &&
              wordsOf(piece.tokens.slice(at - count, at))
                .toLowerCase()
                .replace(/’/g, "'") === owning
            );
          }),
      );
      if (nameAt > 0) {
        const lead = piece.tokens.slice(0, nameAt).filter((token) => !isMark(token));
        if (lead.length > 0) unused.push({ words: clean(wordsOf(lead)), why: 'site' });
        tokens = tokens.filter((token) => token.start > piece.tokens[nameAt]!.end);
        if (tokens.length === 0) continue;
        // "…‹Bonnie Kilts› from a wee shop": where it is run from is a detail, not what it is.
        const after = clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
        if (/^from\s/i.test(after) || OPENS_WITH_PREPOSITION.test(after)) {
          items.push({ text: after, role: 'detail' });
          continue;
        }
      }
      // "Bakery based [in Leeds]": with the place read, "based" alone says nothing more.
      if (
        tokens.some((token) => cues.locatedWords.has(token.folded)) &&
        tokens.every((token) => cues.locatedWords.has(token.folded) || cues.connectors.has(token.folded))
      ) {
        unused.push({ words: clean(wordsOf(tokens)), why: 'filler' });
        continue;
      }
      // "Queria um site bonito, delicado, com fotos": a word or two listed right after the site's
      // looks describe the site too — "Delicado" was a card.
      const lastUnused = unused.at(-1);
      if (
        part.isListed &&
        before?.sentence === part.sentence &&
        lastUnused?.why === 'style' &&
        fold(before.text).includes(fold(lastUnused.words)) &&
        tokens.length <= 2 &&
        !piece.tokens.some(isMark) &&
        !tokens.some((token) => cues.siteObjectLeads.has(token.folded) || cues.placePrepositions.includes(token.folded)) &&
        featureSpans(fold(wordsOf(tokens))).length === 0
      ) {
        unused.push({ words: clean(wordsOf(tokens)), why: 'style' });
        continue;
      }
      // "…, cores vivas": a part naming the looks with style words only is a wish about the site too.
      if (tokens.some((token) => inWordList(token.folded, cues.styleHeads)) && isStyleWish(piece.tokens)) {
        unused.push({ words: clean(wordsOf(tokens)), why: 'style' });
        continue;
      }

      // "for craft beer lovers", "para crianças de 4 a 12 anos": who it is for, before "for" is trimmed.
      if (what && audienceLeadAt(tokens, 0) > 0) {
        const audienceText = clean(withoutFacts(input.text, masked, piece.text, part.start));
        if (audienceText) {
          items.push({ text: audienceText, role: 'audience' });
          whoAt = { sentence: part.sentence, index: items.length - 1 };
          continue;
        }
      }
      // "Atendemos cães, gatos e pets exóticos": the short parts listed after whom the business
      // is for are more of them, never offering cards ("Gatos").
      if (
        whoAt?.sentence === part.sentence &&
        whoAt.index === items.length - 1 &&
        part.isListed &&
        tokens.length <= 4 &&
        tokens.some((token) => cues.audienceWords.has(token.folded)) &&
        startsWithPhrase(tokens, 0, cues.offeringVerbs) === 0
      ) {
        const told = items[whoAt.index]!;
        const more = clean(withoutFacts(input.text, masked, piece.text, part.start));
        if (more && `${told.text}, ${more}`.length <= 160) {
          items[whoAt.index] = { ...told, text: `${told.text}, ${more}` };
          continue;
        }
      }
      // "I run ‹Maple Leaf Bakery› on ‹Queen Street›", "tenho a ‹Florista X›": only the name, where, and who says it.
      const isNameOnly = tokens
        .slice(startsWithPhrase(tokens, 0, cues.selfIntro))
        .every((token) => cues.placePrepositions.includes(token.folded) || cues.connectors.has(token.folded));
      if (!what && isNameOnly) {
        // "Tasca O Zé Manel em Coimbra, …": the name opened the description with what it is.
        what = nameHead(input) ?? '';
        if (what) continue;
      }
      if (tokens.length === 0) continue;
      // "casa e comércio", "homes and offices": where the work is done, whom it is for — never
      // cards ("Casa", "Comércio").
      if (
        tokens.length <= 5 &&
        tokens.length >= 3 &&
        tokens.some((token) => JOINER_WORD.test(token.folded)) &&
        tokens.some((token) => cues.premiseWords.has(token.folded)) &&
        tokens.every(
          (token) => cues.premiseWords.has(token.folded) || cues.audienceWords.has(token.folded) || JOINER_WORD.test(token.folded),
        )
      ) {
        items.push({ text: clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)), role: 'audience' });
        continue;
      }
      // "não pode jogar lixo orgânico", "no pets", "we don't do weddings": what is not done or not
      // allowed is a rule of the business, said as it was — never an offering; "…, tinta nem
      // amianto" right after it carries it on. Read before the leading connectors go ("no" is
      // "in the" in Portuguese, so only Spanish and English rules may open with it).
      const ruleAt = cues.subjectPronouns.has(tokens[0]?.folded ?? '') ? 1 : 0;
      const negation = Math.max(
        startsWithPhrase(tokens, ruleAt, cues.ruleNegations),
        input.lang?.startsWith('pt') ? 0 : startsWithPhrase(tokens, ruleAt, cues.ruleNegationsNotPortuguese),
      );
      // "Fora da cidade não fazemos entregas", "On Sundays we don't deliver": a negated verb after a
      // short lead of where or when is a rule too, said whole from the part's own start.
      let innerAt = -1;
      let innerLength = 0;
      for (let at = ruleAt + 1; negation === 0 && at <= Math.min(4, tokens.length - 2); at++) {
        innerLength = startsWithPhrase(tokens, at, cues.ruleNegations);
        if (innerLength === 0) continue;
        if (tokens.slice(0, at).some((token, index) => startsWithPhrase(tokens, index, cues.offeringVerbs) > 0 || isMark(token))) break;
        innerAt = at;
        break;
      }
      const isRule = negation > 0 || innerAt > 0;
      const negatedAt = innerAt > 0 ? innerAt + innerLength : ruleAt + negation;
      // Not clean(): its leading connectors would take the rule's own "no" away.
      const ruleText = input.text
        .slice(innerAt > 0 ? part.start : tokens[0]!.start, tokens[tokens.length - 1]!.end)
        .replace(/[\u0001\u0002]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const previousItem = items[items.length - 1];
      // "Não quero fotos de caixão nem nada com cara de propaganda": how the site should be, for
      // us to follow — never a sentence on the page.
      if (isRule && cues.wishVerbs.has(tokens[negatedAt]?.folded ?? '')) {
        unused.push({ words: ruleText, why: 'style' });
        lastRuleIndex = -1;
        continue;
      }
      if (isRule) {
        items.push({ text: ruleText, role: 'detail' });
        lastRuleIndex = items.length - 1;
        lastRuleSentence = part.sentence;
        continue;
      }
      // "I cover Newbridge, Naas and the Curragh", "atendo também Cristais Paulista e Restinga":
      // where the business goes, said whole — never the towns as cards. The towns listed after the
      // comma go on with it.
      const areaLead = areaLeadAt(tokens);
      // The list goes on to its last town (a part the reader already took as a place is one).
      const areaTail: Part[] = [];
      for (const other of areaLead > 0 ? allParts.filter((next) => next.sentence === part.sentence && next.start > part.start) : []) {
        const own = tokensOf(other.text, other.start);
        if (own.length > 0 && !isTownList([own], false)) break;
        areaTail.push(other);
      }
      if (areaLead > 0 && isTownList([tokens.slice(areaLead), ...areaTail.map((other) => tokensOf(other.text, other.start))])) {
        for (const other of areaTail) areaParts.add(other);
        // As typed: the towns in it may have been read (and masked) as places.
        items.push({ text: saidAsTyped(tokens[0]!.start, areaTail.at(-1)?.end ?? part.end), role: 'detail' });
        continue;
      }
      // "no shock, prong or choke collars", "não faço avaliação para concurso, porte de arma ou
      // cirurgia": a negation's list goes on after the comma to its last item, joined by "or"/"ou"
      // — still what is not done, never an offering. A part that opens with its own verb says
      // something new ("não atendo crianças, atendo adolescentes e adultos").
      const endsNegatedList =
        part.isListed &&
        part.sentence === lastRuleSentence &&
        tokens.length <= 8 &&
        startsWithPhrase(tokens, cues.subjectPronouns.has(tokens[0]?.folded ?? '') ? 1 : 0, cues.offeringVerbs) === 0 &&
        tokens.slice(1, -1).some((token) => cues.negatedListJoiners.has(token.folded) || (input.lang === 'es' && token.folded === 'o'));
      // "no toco aires, microondas, termotanques ni cocinas": a member in the middle goes on too,
      // when a later part of the sentence — each short and without a verb of its own — ends the list.
      const isBareMember = (own: readonly Token[]) =>
        own.length > 0 &&
        own.length <= 8 &&
        startsWithPhrase(own, cues.subjectPronouns.has(own[0]?.folded ?? '') ? 1 : 0, cues.offeringVerbs) === 0;
      const endsListJoined = (own: readonly Token[]) =>
        own.slice(1, -1).some((token) => cues.negatedListJoiners.has(token.folded) || (input.lang === 'es' && token.folded === 'o'));
      const goesOnToListEnd =
        part.isListed &&
        part.sentence === lastRuleSentence &&
        tokens.length <= 4 &&
        isBareMember(tokens) &&
        !endsListJoined(tokens) &&
        (() => {
          for (const next of allParts.filter((other) => other.sentence === part.sentence && other.start > part.start)) {
            const own = tokensOf(next.text, next.start);
            if (!next.isListed || !isBareMember(own)) return false;
            if (endsListJoined(own)) return true;
          }
          return false;
        })();
      const goesOn =
        endsNegatedList ||
        goesOnToListEnd ||
        tokens.some((token, index) => cues.ruleNegationsGoOn.has(token.folded) && (index === 0 || tokens.length <= 5));
      if (goesOn && previousItem && lastRuleIndex >= 0 && lastRuleIndex === items.length - 1) {
        items[lastRuleIndex] = { ...previousItem, text: `${previousItem.text}, ${ruleText}` };
        continue;
      }
      // "portas e roupeiros em madeira, por medida e com montagem", "bolos, sob encomenda": a listed
      // part that opens with how ("por", "sob", "by") says how the things just listed are
      // made or sold — told whole, never cards ("Medida", "Com montagem").
      if (
        part.isListed &&
        lastOfferingSentence === part.sentence &&
        previousItem?.role === 'offering' &&
        tokens.length <= 5 &&
        cues.mannerLeads.has(fold(part.text.split(/\s+/)[0] ?? ''))
      ) {
        items.push({ text: part.text.replace(/[\s.,;:!]+$/, ''), role: 'detail' });
        lastRuleIndex = -1;
        continue;
      }
      // (A statement the what's own part goes on with, below, "and I only use gentle"; its
      // short listed parts go on with it.)
      if (
        part.isListed &&
        part.sentence === lastStatementSentence &&
        lastStatementIndex === items.length - 1 &&
        tokens.length <= 3 &&
        !tokens.some((token) => JOINER_WORD.test(token.folded)) &&
        startsWithPhrase(tokens, 0, cues.offeringVerbs) === 0
      ) {
        const statement = items[lastStatementIndex]!;
        items[lastStatementIndex] = { ...statement, text: `${statement.text}, ${ruleText}` };
        continue;
      }
      // "…, e faço cópias de chaves", "Chamo-me ‹Rui› e sou fisioterapeuta": the joiner before a verb
      // or a self-introduction leads into what is done or what the person is.
      if (
        tokens.length > 2 &&
        JOINER_WORD.test(tokens[0]!.folded) &&
        (startsWithPhrase(tokens, 1, cues.offeringVerbs) > 0 || startsWithPhrase(tokens, 1, cues.selfIntro) > 0)
      )
        tokens = tokens.slice(1);
      // "Sou doula", "We are a family farm": the person says what the business is.
      const intro = startsWithPhrase(tokens, 0, cues.selfIntro);
      // …but "sou da ‹Cooperativa›", "I'm from ‹the library›" says where the writer works, not that they work alone.
      const singular = startsWithPhrase(tokens, 0, SINGULAR_INTRO);
      if (!what && singular > 0 && !cues.ofWords.has(tokens[singular]?.folded ?? '')) isSolo = true;
      // "Somos 48 músicos", "we are 12 volunteers": the writer speaks for a group, never alone.
      if (intro > 0 && /^\d/.test(tokens[intro]?.word ?? '') && !SINGULAR_INTRO.some((cue) => startsWithPhrase(tokens, 0, [cue]) > 0))
        speaksForGroup = true;
      let verb = startsWithPhrase(tokens, intro, cues.offeringVerbs);
      // "lavo e restauro tênis", "we sell and repair bikes": verbs joined by "and" share the object.
      // The subject is said once: "we sell and repair" is "we sell" and "we repair".
      const verbSubject = verb > 0 && cues.subjectPronouns.has(tokens[intro]!.folded) ? tokens[intro]!.folded : undefined;
      while (verb > 0 && /^(e|and|y)$/.test(tokens[intro + verb]?.folded ?? '')) {
        const following = tokens[intro + verb + 1];
        const next =
          startsWithPhrase(tokens, intro + verb + 1, cues.offeringVerbs) ||
          (verbSubject && following && cues.offeringVerbs.includes(`${verbSubject} ${following.folded}`) ? 1 : 0);
        if (next === 0) break;
        verb += 1 + next;
      }
      // "We make X" says what the business makes; "conserto X", "I repair X" what it does to X.
      const verbTokens = tokens.slice(intro, intro + verb);
      const verbWords = verbTokens.map((token) => token.folded).join(' ');
      const isMakingVerb = verb > 0 && cues.makingVerbs.some((making) => verbWords === making || verbWords.startsWith(`${making} `));
      // "arranjo sapatos, botas e malas", "monto móveis": the work done to things is the offering,
      // verb and all — "Sapatos" or "Móveis" alone would read as things sold.
      const isWorkVerb = verb > 0 && verbWords.split(/ (?:e|and|y) /).every((one) => cues.workVerbs.includes(one));
      // "Vendo portões de alumínio", "we sell bikes": the business is what it sells.
      const isSellingVerb = verb > 0 && verbWords.split(/ (?:e|and|y) /).every((one) => cues.sellingVerbs.includes(one));
      // "Atendo no escritório e também por videochamada", "faço em casa": an offering verb followed by
      // where says how the person works — told whole, never a card ("Escritório").
      const isVerbThenWhere =
        verb > 0 &&
        !isWorkVerb &&
        (/^(no|na|nos|nas|em|in|at|en|on)$/.test(tokens[intro + verb]?.folded ?? '') ||
          (/^(a|al)$/.test(tokens[intro + verb]?.folded ?? '') && cues.servedAtWords.has(tokens[intro + verb + 1]?.folded ?? ''))) &&
        !piece.isRequest;
      tokens = tokens.slice(intro + verb);
      // "fazemos tudo à mão", "we make everything from scratch": what is said of all the work is how
      // it is done, told whole — "Mão" was a card.
      if (verb > 0 && tokens.length > 1 && /^(tudo|everything|todo|all)$/.test(tokens[0]!.folded) && !piece.isRequest) {
        items.push({
          text: saidWhole(piece.tokens.find((token) => !isMark(token))!.start, part.end, tokens[tokens.length - 1]!.end),
          role: 'detail',
        });
        tellingAt = { sentence: part.sentence, index: items.length - 1, isSelf: false };
        continue;
      }
      while (tokens.length > 0 && cues.connectors.has(tokens[0]!.folded)) tokens = tokens.slice(1);
      // "we deliver to York and Harrogate", "atendemos Olinda e Paulista": towns after the verb are
      // where the business works, told whole — never cards ("York").
      if (verb > 0 && namesTownsOnly(tokens)) {
        items.push({
          text: saidWhole(piece.tokens.find((token) => !isMark(token))!.start, part.end, tokens[tokens.length - 1]!.end),
          role: 'detail',
        });
        continue;
      }
      // "I'm from ‹Riverside Tool Library›", "sou da ‹Cooperativa X›": where the writer is from is the
      // name (read elsewhere), nothing about what the business is.
      if (intro > 0 && verb === 0 && tokens.every((token) => isMark(token) || cues.ofWords.has(token.folded))) continue;
      // "sou a Teresa", "I'm Dana": the writer's own first name is who writes, not what the business is.
      // …and "sou a cida", typed in lower case: one word after "sou a"/"soy el" is a first name too —
      // what a person is comes without the article ("sou costureira").
      const isArticleName = () => {
        const at = piece.tokens.indexOf(tokens[0]!);
        const word = tokens[0]!.folded;
        // (A trade keeps its shape: "sou o padeiro", "sou a manicure" — a word shaped like one is no name.)
        const isTradeShaped =
          !isFirstName(word) && /(?:eir[oa]|ist[ae]|or[ae]?|ante|ente|ic[oa]|log[oa]|graf[oa]|ari[oa]|cure|eur)$/.test(word);
        return /^(a|o|el|la)$/.test(piece.tokens[at - 1]?.folded ?? '') && !isTradeShaped && !input.isBusinessNoun?.(word);
      };
      if (
        intro > 0 &&
        verb === 0 &&
        tokens.length === 1 &&
        (/^\p{Lu}\p{Ll}/u.test(tokens[0]!.word) || isArticleName()) &&
        !cues.genericHeads.has(tokens[0]!.folded)
      )
        continue;
      // "tesoureira da ‹Associação…›", "owner of the ‹Diner›": the writer's role in the business named after it.
      // …and a chain of roles: "secretária da direção da ‹Banda…›", "chair of the board of the ‹Club›".
      const isOfWord = (token: Token | undefined) => token !== undefined && (cues.roleLinks.has(token.folded) || token.folded === 'the');
      // "head chef at ‹…›", "sócio-gerente da ‹…›": a role of one or two words.
      const roleEnd = isRoleNoun(tokens[0]?.folded ?? '') ? (isRoleNoun(tokens[1]?.folded ?? '') ? 2 : 1) : 0;
      const roleChain = tokens.slice(roleEnd);
      const isRoleChain =
        roleChain.length >= 1 &&
        roleChain.length <= 5 &&
        isOfWord(roleChain[0]) &&
        isOfWord(roleChain.at(-1)) &&
        piece.tokens.some((token) => isMark(token) && token.start > roleChain.at(-1)!.start) &&
        roleChain.every((token) => isOfWord(token) || /^\p{Ll}/u.test(token.word));
      if (
        roleEnd > 0 &&
        (isRoleChain ||
          (cues.roleLinks.has(tokens[roleEnd]?.folded ?? '') &&
            tokens
              .slice(roleEnd + 1)
              .every((token) => isMark(token) || token.folded === 'the' || cues.placePrepositions.includes(token.folded))))
      )
        continue;
      if (tokens.length === 0) continue;
      // "aprendemos com nossas mães e avós", "usamos cloro grado alimenticio", "dirigidos pelo maestro
      // Hugo Teixeira": a part that opens with a verb other than an offering verb tells something
      // about the business, said whole — never cut into offering cards ("Avós"). The short parts
      // listed after it in its sentence go on with it ("Tocamos em festas e romarias, procissões…").
      // "o prazo é de 30 a 60 dias", "los huevos son azules": a statement, not a thing offered.
      const isStatement = tokens.some(
        (token, index) => index > 0 && index < tokens.length - 1 && cues.copulas.has(token.word.toLowerCase()),
      );
      // "Hoje eu e minha irmã cuidamos de tudo": the writer in the middle of a part tells, too.
      const hasSpeaker = tokens.some((token, index) => index > 0 && index < tokens.length - 1 && cues.singularSpeakers.has(token.folded));
      const opensWithVerb =
        verb === 0 &&
        intro === 0 &&
        tokens.length >= 2 &&
        (isFirstPersonPluralVerb(tokens[0]!.folded) ||
          // "Atuo em direito previdenciário", "been doing it 9 yrs": how the person works, told.
          startsWithPhrase(tokens, 0, cues.tellingVerbs) > 0 ||
          // "Muita gente começa sem saber nada", "most people come back": people in general, told about.
          (tokens.length >= 3 && startsWithPhrase(tokens, 0, cues.generalSubjects) > 0) ||
          isPastThirdSingularVerb(tokens[0]!.word, tokens[0]!.folded) ||
          isStatement ||
          hasSpeaker);
      const partWords = tokensOf(part.text).filter((token) => !isMark(token));
      // "…, includes trimming, edging and blowing off the driveway": what the item just named
      // includes goes with it, with the parts listed after it in the sentence.
      if (includeAt && includeAt.sentence === part.sentence && part.isListed && items[includeAt.index]) {
        const told = items[includeAt.index]!;
        const more = clean(input.text.slice(part.start, part.end));
        if (more && `${told.text}, ${more}`.length <= 200) {
          items[includeAt.index] = { ...told, text: `${told.text}, ${more}` };
          continue;
        }
      }
      if (part.isListed && items.length > 0 && cues.includeLeads.has(partWords[0]?.folded ?? '') && partWords.length > 1) {
        const told = items.at(-1)!;
        const more = clean(input.text.slice(part.start, part.end));
        if (more && `${told.text}, ${more}`.length <= 200) {
          items[items.length - 1] = { ...told, text: `${told.text}, ${more}` };
          includeAt = { sentence: part.sentence, index: items.length - 1 };
          continue;
        }
      }
      // "E queria que o site…, pq tem muita gente que esquece": why a wish is made is no part of the page.
      if (requestSentence === part.sentence && startsWithPhrase(partWords, 0, cues.reasonLeads) > 0) {
        unused.push({ words: clean(input.text.slice(part.start, part.end)), why: 'site' });
        continue;
      }
      // "com a ‹Sandra›, da receção", "Inês, na secretaria": where the person just named works is
      // about them, never an offering.
      const afterName =
        part.isListed &&
        before?.sentence === part.sentence &&
        input.names.some((name) =>
          input.text
            .slice(before.start, before.end)
            .trimEnd()
            .replace(/[,;:]$/, '')
            .endsWith(name),
        );
      const opener = tokensOf(part.text).find((token) => !isMark(token));
      if (
        afterName &&
        tokens.length <= 3 &&
        verb === 0 &&
        opener !== undefined &&
        (cues.ofWords.has(opener.folded) || cues.placePrepositions.includes(opener.folded))
      ) {
        unused.push({ words: clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)), why: 'filler' });
        continue;
      }
      // "Meu pai, ‹Gilberto›, …": a first name alone between commas is a person, never an offering.
      if (
        tokens.length === 1 &&
        /^\p{Lu}/u.test(tokens[0]!.word) &&
        part.isListed &&
        (isFirstName(tokens[0]!.folded) || familySentence === part.sentence)
      ) {
        unused.push({ words: tokens[0]!.word, why: 'filler' });
        continue;
      }
      // "…, mas viajo pra todo o sul", "but I also travel across Oklahoma": a contrast tells what
      // the business also does or where it goes, said whole — never a card ("Itajaí").
      const saidWords = tokensOf(part.text, part.start).filter((token) => !isMark(token));
      const contrast = startsWithPhrase(saidWords, 0, cues.contrastLeads);
      if (what && contrast > 0 && saidWords.length > contrast + 1 && !piece.isRequest) {
        const told = saidWhole(saidWords[contrast]!.start, part.end, saidWords.at(-1)!.end);
        if (told) {
          items.push({ text: told.slice(0, 160), role: 'detail' });
          tellingAt = { sentence: part.sentence, index: items.length - 1, isSelf: false };
          continue;
        }
      }
      // "Pai", "minha irmã Lúcia", "my grandma's recipes": the family's story, never an offering
      // card — a short fragment of it is said back as unused, a longer part kept whole.
      const kinAt = cues.possessives.has(tokens[0]!.folded) ? 1 : 0;
      // …but a kinship word made a trade or a role by what follows ("marido de aluguel", "pai de
      // santo"), with no one's family before it, names what someone is, not a relative.
      const isTradeName = kinAt === 0 && cues.ofWords.has(tokens[1]?.folded ?? '') && /^\p{Ll}/u.test(tokens[2]?.word ?? '');
      const isFamily = verb === 0 && intro === 0 && !isTradeName && cues.kinshipWords.has(tokens[kinAt]?.folded.replace(/'s$/, '') ?? '');
      if (isFamily && !piece.isRequest) {
        familySentence = part.sentence;
        const told = saidWhole(tokens[0]!.start, part.end, tokens[tokens.length - 1]!.end);
        if (tokens.length <= 3) unused.push({ words: told, why: 'filler' });
        else items.push({ text: told.slice(0, 160), role: 'detail' });
        continue;
      }
      if (isVerbThenWhere && what) {
        const told = saidWhole(verbTokens[0]!.start, part.end, (tokens.at(-1) ?? verbTokens.at(-1)!).end);
        if (told) {
          items.push({ text: told.slice(0, 160), role: 'detail' });
          tellingAt = { sentence: part.sentence, index: items.length - 1, isSelf: false };
          continue;
        }
      }
      if (opensWithVerb && !piece.isRequest) {
        // "A maioria dos clientes volta": the article before the subject is part of the telling.
        const article = /(?:^|\s)(a|o|the|la|el|os|as|los|las)\s+$/i.exec(input.text.slice(part.start, tokens[0]!.start));
        const said = saidWhole(tokens[0]!.start, part.end, tokens[tokens.length - 1]!.end);
        const telling = said && article ? `${article[1]} ${said}` : said;
        if (telling) {
          items.push({ text: telling.slice(0, 160), role: 'detail' });
          tellingAt = { sentence: part.sentence, index: items.length - 1, isSelf: false };
          continue;
        }
      }
      const goesOnTelling = tellingAt && tellingAt.sentence === part.sentence && tellingAt.index === items.length - 1 && part.isListed;
      // "Somos 48 músicos amadores, dirigidos pelo maestro …": a participle with its agent describes
      // what was just told ("pedidos pelo WhatsApp" alone is a channel, so only after a telling part).
      // …or anywhere, when a person follows the agent ("coordenadas pela ‹Dona Zefa›", "led by Chef ‹Ana›").
      const agentIsPerson = () => {
        const after = input.text.slice(tokens[1]!.end).trimStart();
        return input.names.some((name) => after.startsWith(name)) || cues.personTitles.has(fold(after.split(/[\s.]/)[0] ?? ''));
      };
      const describesTold =
        tokens.length >= 2 && isParticipleWithAgent(tokens[0]!.folded, tokens[1]?.folded) && (goesOnTelling || agentIsPerson());
      if (describesTold && !goesOnTelling) {
        items.push({ text: saidWhole(tokens[0]!.start, part.end, tokens[tokens.length - 1]!.end), role: 'detail' });
        continue;
      }
      // "Somos um consultório pequeno: duas psicólogas e uma secretária": what follows the colon of
      // a person's own telling says who they are, told with it (its listed parts too: "dos
      // dentistas, madre e hija, y una higienista") — never cards of what is sold.
      const afterOwnColon =
        tellingAt?.isSelf &&
        tellingAt.sentence === part.sentence &&
        tellingAt.index === items.length - 1 &&
        ((before?.isBeforeColon && before.sentence === part.sentence) || (part.isListed && colonTellingAt === tellingAt.index));
      if (afterOwnColon) {
        const told = items[tellingAt!.index]!;
        const more = saidWhole(part.start, part.end, tokens[tokens.length - 1]!.end);
        const joined = `${told.text}${colonTellingAt === tellingAt!.index ? ',' : ':'} ${more}`;
        if (joined.length <= 200) {
          items[tellingAt!.index] = { ...told, text: joined };
          colonTellingAt = tellingAt!.index;
          continue;
        }
      }
      if (describesTold || (goesOnTelling && !tellingAt!.isSelf && tokens.length <= 4)) {
        const told = items[tellingAt!.index]!;
        // Said as written, its "and" and "everything" kept ("bring everything, and leave no mess"):
        // what goes on telling is no card's title to trim.
        const asWritten = input.text
          .slice(part.start, part.end)
          .replace(/^[\s,;:]+|[\s,;:.!?]+$/g, '')
          .replace(/\s+/g, ' ');
        const more = piece.tokens.some(isMark) ? saidWhole(tokens[0]!.start, part.end, tokens[tokens.length - 1]!.end) : asWritten;
        if (`${told.text}, ${more}`.length <= 160) {
          items[tellingAt!.index] = { ...told, text: `${told.text}, ${more}` };
          continue;
        }
      }
      // "with a contact form", "an about us section", "página de contato": a part every site has,
      // neither an offering nor a topic to write about.
      // "call (512) 555-0142", "open 10-6 tue-sun": words that only lead into the fact beside them.
      // "Contact Mrs. ‹Patterson› at ‹555-0134›", "falar com seu ‹Raimundo›": whom to talk to is a fact too.
      const isLeadWord = (token: Token) =>
        isFactLead(token.folded) ||
        cues.connectors.has(token.folded) ||
        cues.personTitles.has(token.folded) ||
        cues.familiarTitles.has(token.folded);
      if ((piece.tokens.some(isMark) || tokensOf(part.text).some(isMark)) && tokens.every(isLeadWord)) {
        unused.push({ words: clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)), why: 'feature' });
        continue;
      }
      // "a empresa chama-se ‹name›", "se llama ‹name›": the words that only introduce the name.
      if (piece.tokens.some(isMark) && isNamingLeadIn(tokens)) {
        unused.push({ words: clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)), why: 'site' });
        continue;
      }
      if (isSitePart(tokens)) {
        unused.push({ words: clean(input.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)), why: 'site' });
        continue;
      }
      // "overnight sitting $70 a night", "aula avulsa R$ 60 a hora": what the price is per (read with
      // the price) is no part of the title.
      const factAt = piece.tokens.filter((token) => token.folded.includes(FACT) && token.start > tokens[0]!.start).at(-1);
      const afterFact = factAt ? tokens.filter((token) => token.start > factAt.start) : [];
      if (afterFact.length > 0 && afterFact.length <= 3 && afterFact.length < tokens.length && cues.unitLeads.has(afterFact[0]!.folded))
        tokens = tokens.filter((token) => token.start < factAt!.start);
      // "Tune-ups from $79": the price is a fact (shown with the card); the title ends before "from".
      // With no fact after it, "only" is no price's lead: "Collection only" is a restriction, said whole.
      const lastWord = tokens[tokens.length - 1]!;
      const leadsFact = piece.tokens.some((token) => isMark(token) && token.start >= lastWord.end);
      // "Entrega grátis acima de R$ 500", "free pickup for orders over £50": a threshold is said
      // with its amount — cut before it, the site read "Entrega grátis acima."
      const amount = piece.tokens.find((token) => token.start >= lastWord.end && isMark(token));
      const saidEnd =
        amount?.folded.includes(FACT) &&
        /^[\s:]*(?:(?:de|of|del|a)\s+)?$/i.test(input.text.slice(lastWord.end, amount.start)) &&
        isAfterThreshold(input.text.slice(tokens[0]!.start, amount.start))
          ? amount.end
          : lastWord.end;
      const cleaned = clean(input.text.slice((what && isWorkVerb ? verbTokens[0]! : tokens[0]!).start, saidEnd));
      const text = leadsFact || !cues.restrictionWords.has(lastWord.folded) ? cleaned.replace(TRAILING_PRICE_LEAD, '') : cleaned;
      // The head reads up to a fact, a name or a place: it needs to see where they were.
      const withMarks = piece.tokens.filter((token) => token.start >= tokens[0]!.start);
      // "diz que agora o pessoal procura tudo no celular": a told sentence, led by a verb that is no
      // work of the business's, says nothing of what the business is — what the person goes on to
      // say they are does.
      const isToldClause =
        intro === 0 &&
        verb === 0 &&
        language !== 'en' &&
        tokens.length > 1 &&
        isClauseWord(tokens[0]!.word, tokens[0]!.folded, language, true);
      if (!what && !piece.isRequest && !isToldClause) {
        const head = headPhrase(withMarks, input.text);
        if (head) {
          // "Conserto bonecas antigas": the business is the service, in their words, verb and all;
          // "We make valves": it is what it makes.
          // In English the verb is said as what is done ("I teach piano" → "teaching piano"): the
          // bare verb would read as an order in the hero.
          const ownVerb = verbTokens.filter((token) => !cues.subjectPronouns.has(token.folded));
          // "Conserto de pneu de carro", "conserto e revisão de bicicleta": the word between the
          // service and its object stays.
          const verbText = () => {
            const said = input.text.slice(verbTokens[0]!.start, verbTokens[verbTokens.length - 1]!.end);
            const between = input.text
              .slice(verbTokens[verbTokens.length - 1]!.end, input.text.indexOf(head.text, withMarks[0]!.start))
              .trim();
            return cues.ofWords.has(fold(between)) || JOINER_WORD.test(fold(between)) ? `${said} ${between}` : said;
          };
          // "I teach piano": in English a word right after "I"/"we" is the verb, said the same way.
          const headStart = input.text.indexOf(head.text, withMarks[0]!.start);
          const isVerbFirst =
            isEnglish &&
            verb === 0 &&
            headStart > 0 &&
            /(?:^|[^\p{L}])(?:i|we)\s+$/iu.test(input.text.slice(Math.max(0, headStart - 4), headStart));
          what =
            verb > 0 && !isMakingVerb && !isSellingVerb
              ? clean(
                  `${isEnglish && ownVerb.length % 2 === 1 && ownVerb.every((token, at) => at % 2 === 0 || JOINER_WORD.test(token.folded)) ? ownVerb.map((token, at) => (at % 2 === 0 ? gerundOf(token.word) : token.word)).join(' ') : verbText()} ${head.text}`,
                )
              : isVerbFirst
                ? head.text.replace(/^\p{L}+/u, (first) => gerundOf(first))
                : head.text;
          // "Faço instalação de chuveiro", "we do cleaning": a noun of action after the verb is a
          // service done, not a thing made.
          const headWord = fold(head.text.split(/\s+/)[0] ?? '');
          isWhatProduct = isMakingVerb && !isActionNoun(headWord);
          const { restTokens, rest } = restAfter(withMarks, head.end, input.text);
          // "We make X": what the business makes is also what it offers (whole: "ball and butterfly
          // valves" share their noun); "conserto X": X is what it works on, an offering too.
          if (verb > 0) {
            // "Conserto de pneu de carro": a service named by its noun of action is offered whole.
            const isNamedService = !isMakingVerb && !isSellingVerb && isActionNoun(verbTokens[0]!.folded) && what.startsWith(verbText());
            items.push({ text: isNamedService ? what : head.text, role: 'offering' });
            whatItem = { item: items.at(-1)!, sentence: part.sentence, at: items.length - 1 };
            if (isNamedService) {
              lastOfferingIndex = items.length - 1;
              lastOfferingSentence = part.sentence;
            }
          } else if (isActionNoun(fold(head.text.split(/\s+/)[0]!)) && OF.test(` ${head.text} `)) {
            // "Lavagem de tapete, sofá e colchão": the business said as its service goes on with the
            // list after it, and is then offered whole; a service the list does not go on from is
            // the hero's alone ("Associação de moradores", "Atendimento em psicologia").
            items.push({ text: head.text, role: 'offering' });
            whatItem = { item: items.at(-1)!, sentence: part.sentence, at: items.length - 1 };
            unlessContinued.add(items.at(-1)!);
            lastOfferingIndex = items.length - 1;
            lastOfferingSentence = part.sentence;
          }
          if (head.where) items.push({ text: head.where.text, role: 'detail' });
          const statement = statementAt(restTokens.filter((token) => !isMark(token)));
          if (statement >= 0 && rest) {
            // "I'm a swim coach in ‹Tampa› and I only use gentle…": how the person works, said whole.
            const said = restTokens.filter((token) => !isMark(token));
            items.push({ text: input.text.slice(said[statement]!.start, said[said.length - 1]!.end), role: 'detail' });
            lastStatementIndex = items.length - 1;
            lastStatementSentence = part.sentence;
            continue;
          }
          if (rest && salientCount(restTokens) > 0) addItems(rest, restTokens, part.isListed);
          continue;
        }
      }
      if (!what && piece.isRequest) {
        // "um site pra minha padaria vegana": the business, after the framing.
        const head = headPhrase(withMarks, input.text);
        if (head) {
          what = head.text;
          if (head.where) items.push({ text: head.where.text, role: 'detail' });
          const { restTokens, rest } = restAfter(withMarks, head.end, input.text);
          if (rest && salientCount(restTokens) > 0) addItems(rest, restTokens, part.isListed);
          continue;
        }
      }
      // "uma seção pra adoção": something to write about, as its own section.
      if (piece.isRequest) {
        // "queria q os pais vissem no site onde a van está em tempo real": what the site itself
        // should do ("no site", "on the website"), not a subject to write a section about.
        // …or the site itself in the wish ("quero o site nas duas línguas"), unless the part frames
        // a section ("que o site tenha uma seção sobre…").
        const siteInWish =
          partTokens.some(
            (token, index) => index > 0 && cues.siteNouns.has(token.folded) && cues.onTheSite.has(partTokens[index - 1]!.folded),
          ) && !partTokens.some((token) => cues.topicFrames.has(token.folded) && !cues.siteNouns.has(token.folded));
        const aboutTheSite =
          siteInWish ||
          tokens.some((token, index) => index > 0 && cues.siteNouns.has(token.folded) && cues.onTheSite.has(tokens[index - 1]!.folded));
        // A wish not framed in its sentence as a part of the site to write ("quero mostrar nosso
        // trabalho com orgulho"), or one for a control ("a button that pages our crew"), is no
        // subject for a section: said back to the person as unused, never a section of placeholder
        // text. "Uma seção sobre adoção", "site com a nossa história" are.
        const frame = sentenceWords.get(part.sentence) ?? new Set<string>();
        // What a form asks, listed after it in the same sentence ("a page with a form: name, age and
        // what they're interested in"), is a field, never a topic.
        const isAfterForm = allParts.some(
          (other) =>
            other.sentence === part.sentence &&
            other.start < part.start &&
            tokensOf(other.text).some((token) => formWords.has(token.folded)),
        );
        const isFramed =
          [...frame].some((word) => cues.topicFrames.has(word) || cues.siteNouns.has(word)) &&
          !isAfterForm &&
          !tokensOf(part.text).some((token) => cues.controlNouns.has(token.folded));
        if (aboutTheSite || !isFramed) {
          unused.push({ words: text, why: 'site' });
          continue;
        }
        // "um site preto com detalhes em dourado": what the site is to look like, no section of its own.
        if (isColourPart(tokens)) {
          unused.push({ words: text, why: 'style' });
          continue;
        }
        if (
          isPlaceArea(tokens) ||
          isPlaceArea(tokensOf(part.text).filter((token) => !cues.siteNouns.has(token.folded) && !cues.factLeads.has(token.folded)))
        ) {
          unused.push({ words: text, why: 'filler' });
          continue;
        }
        items.push({ text, role: 'topic' });
        continue;
      }
      // Short parts after an item that ends in "de X" continue its list: "pneu de carro, moto e caminhão".
      const listedPieces = splitList(text, isEnglish, isSpanish);
      // "pneu de carro, moto e caminhão e troca de óleo": the list goes on up to a noun of action,
      // which opens a service of its own.
      const actionAt = listedPieces.findIndex(
        (piece, index) => index > 0 && /\s/.test(piece) && isActionNoun(fold(piece.split(/\s+/)[0]!)),
      );
      const continued = actionAt > 0 ? listedPieces.slice(0, actionAt) : listedPieces;
      const isSingleWords = continued.every((piece) => !/\s/.test(piece));
      // …and after work done to things: "arranjo sapatos, botas e malas" is one service.
      const continuesWork = workItemAt === lastOfferingIndex && workSentence === part.sentence && verb === 0;
      if (
        part.isListed &&
        lastOfferingIndex >= 0 &&
        // ", y vendemos cascos": a verb of its own opens a new item.
        verb === 0 &&
        // "…viajo pra todo o sul. Pacote R$ 2.500, cerimônia e festa R$ 4.200": never across sentences.
        lastOfferingSentence === part.sentence &&
        isSingleWords &&
        (actionAt > 0 ? continued.length <= 3 : tokens.length <= 3) &&
        // "troca de óleo, revisão, freio": a noun of action is a service of its own.
        !isActionNoun(tokens[0]!.folded) &&
        // "troca de chuveiro R$ 90, tomada R$ 40": a part with its own price is a thing of its own.
        !pricedLabels.has(fold(text)) &&
        (OF.test(` ${items[lastOfferingIndex]!.text} `) || continuesWork) &&
        !madeOfThenThing(items[lastOfferingIndex]!.text, tokens[0]!.folded)
      ) {
        const previous = items[lastOfferingIndex]!;
        if (actionAt > 0) {
          const opens = text.indexOf(listedPieces[actionAt]!);
          const joiner = listJoinerOf(text);
          const longer = `${previous.text}, ${continued.join(` ${joiner} `)}`;
          // The business said as its first service goes on with the list, too (and below).
          if (what === previous.text) what = longer;
          items[lastOfferingIndex] = { ...previous, text: longer };
          if (whatItem?.item === previous) whatItem = { ...whatItem, item: items[lastOfferingIndex]! };
          items.push({ text: text.slice(opens), role: 'offering' });
          lastOfferingIndex = items.length - 1;
          continue;
        }
        if (what === previous.text) what = `${previous.text}, ${text}`;
        items[lastOfferingIndex] = { ...previous, text: `${previous.text}, ${text}` };
        if (whatItem?.item === previous) whatItem = { ...whatItem, item: items[lastOfferingIndex]! };
        continue;
      }
      // A sentence about the business ("Cuidamos dos cães e gatos do bairro com paciência…",
      // "Somos a padaria do bairro há três gerações") is said as the person said it, verb and
      // all; a short object of "we make/offer" is a list.
      const fullText = clean(input.text.slice(piece.tokens.find((token) => !isMark(token))!.start, tokens[tokens.length - 1]!.end));
      if (intro > 0 && verb === 0) {
        items.push({ text: fullText, role: 'detail' });
        tellingAt = { sentence: part.sentence, index: items.length - 1, isSelf: true };
        continue;
      }
      // "se habla español", "we speak English": who can serve the visitor, said as it was.
      if (/^(se habla|hablamos|we speak|speak|falamos|fala-se|se fala|parlamos)\b/.test(fold(fullText))) {
        items.push({ text: fullText, role: 'detail' });
        continue;
      }
      if (tokens.length > 8 && addEachOwn(fullText)) continue;
      // "I come to your home or office": the person telling how they work, as they said it.
      const subject = piece.tokens.find((token) => !isMark(token));
      // "vc escolhe o sabor", "you pick the date": the person speaking to the visitor, said whole too.
      const speaks = (folded: string) => cues.subjectPronouns.has(folded) || cues.addresseePronouns.has(folded) || folded === 'nos';
      if (verb === 0 && subject && speaks(subject.folded) && what) {
        items.push({ text: fullText, role: 'detail' });
        continue;
      }
      // A long list is still a list: "violino e iniciação musical a partir dos 3 anos".
      const listed = splitList(text, isEnglish, isSpanish);
      // …but after "we take care of…" a long sentence is a description, not a list.
      const isList = listed.length > 1 && listed.every((entry) => entry.split(/\s+/).length <= (verb > 0 ? 4 : 7));
      // …unless a price is for it: what has a price is offered, however long its name.
      if (tokens.length > 8 && !isList && !pricedLabels.has(fold(fullText))) {
        items.push({ text: fullText, role: roleOf(tokens, fullText, false) === 'offering' ? 'detail' : roleOf(tokens, fullText, false) });
        continue;
      }
      if (verb > 0) offeringSentence = part.sentence;
      // "Fazemos uniformes, aventais e sacolas … para escolas e empresas": the list goes on after
      // the verb's part, and who it is for closes it.
      const inOffering = offeringSentence === part.sentence && part.isListed;
      const audienceAt = tokens.findIndex(
        (token, index) =>
          index > 0 && /^(para|pra|for)$/.test(token.folded) && tokens.slice(index + 1).some((next) => cues.audienceWords.has(next.folded)),
      );
      if (audienceAt > 0 && (verb > 0 || inOffering)) {
        const own = clean(input.text.slice(tokens[0]!.start, tokens[audienceAt - 1]!.end));
        const who = clean(input.text.slice(tokens[audienceAt + 1]!.start, tokens[tokens.length - 1]!.end));
        addItems(own, tokens.slice(0, audienceAt), true);
        if (who) items.push({ text: who, role: 'audience' });
        continue;
      }
      // "Ensaios às terças das 20h às 22h e sábados às 15h": a time that ends a schedule is its own.
      const tail = input.text.slice(tokens[tokens.length - 1]!.end, part.end);
      const isScheduleWithTime = TIME_TAIL.test(tail) && roleOf(tokens, text, part.isListed) === 'schedule';
      const scheduleText = clean(input.text.slice((what && isWorkVerb ? verbTokens[0]! : tokens[0]!).start, part.end));
      // "pilates seg, qua e sex às 8h", "spin class Mon and Wed at 7pm": what, its days and its
      // time — one line of a timetable, never "Pilates seg" and "Sex" as cards.
      const dayCount = tokens.filter((token) => isDayWord(token.folded)).length;
      const endsWithTime = [tokens.length - 1, tokens.length - 2].some(
        (at) => at >= 0 && TIME_TAIL.test(input.text.slice(tokens[at]!.start, part.end)),
      );
      const isDayToken = (token: Token) => isDayWord(token.folded);
      // "spin Mon, Wed and Fri at 7pm": the days after the comma go on with the item before it.
      const onlyDays = tokens.every(
        (token) =>
          isDayToken(token) || JOINER_WORD.test(token.folded) || /\d/.test(token.folded) || /^(as|às|at|a|las)$/.test(token.folded),
      );
      const itemBefore = items[items.length - 1];
      if (
        (TIME_TAIL.test(tail) || endsWithTime) &&
        onlyDays &&
        part.isListed &&
        itemBefore &&
        lastOfferingIndex === items.length - 1 &&
        lastOfferingSentence === part.sentence &&
        isDayToken(tokensOf(itemBefore.text).at(-1) ?? { word: '', folded: '', start: 0, end: 0 })
      ) {
        items[items.length - 1] = { text: `${itemBefore.text}, ${clean(input.text.slice(tokens[0]!.start, part.end))}`, role: 'schedule' };
        lastOfferingIndex = -1;
        continue;
      }
      // …but "sáb até 12h" is only when it opens: a timetable line names what happens.
      const namesWhat = tokens.some(
        (token) => !isDayToken(token) && !JOINER_WORD.test(token.folded) && !/\d/.test(token.folded) && !cues.timeWords.has(token.folded),
      );
      if ((TIME_TAIL.test(tail) || endsWithTime) && dayCount > 0 && namesWhat && scheduleText) {
        items.push({ text: scheduleText, role: 'schedule' });
        continue;
      }
      addItems(isScheduleWithTime ? scheduleText : text, tokens, part.isListed || verb > 0 || inOffering);
      if (isWorkVerb && lastOfferingIndex === items.length - 1) {
        workItemAt = lastOfferingIndex;
        workSentence = part.sentence;
      }
    }
  }

  /**
   * A part as the person said it, names and places included ("dirigidos pelo maestro Hugo
   * Teixeira"), unless it holds a fact (a phone, a price): then up to its last word of its own.
   */
  function saidAsTyped(from: number, to: number): string {
    return input.text
      .slice(from, to)
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:]+|[\s,;:.!]+$/g, '');
  }

  function saidWhole(from: number, partEnd: number, wordsEnd: number): string {
    const said = input.text.slice(from, partEnd).trim();
    return clean(input.factTexts.some((fact) => said.includes(fact)) ? input.text.slice(from, wordsEnd) : said);
  }

  /** "food trucks on weekends and trivia night every Tuesday": two schedule items, each its own phrase. */
  function addEachOwn(text: string): boolean {
    const joined = text
      .split(/\s+(?:e|and|y|&)\s+/i)
      .map((piece) => piece.trim())
      .filter(Boolean);
    const joinedRoles = joined.map((piece) => roleOf(tokensOf(piece), piece, true));
    const isEachOwn =
      joined.length > 1 &&
      joined.every((piece) => piece.split(/\s+/).length >= 2) &&
      joinedRoles.every((role) => role === 'schedule' || role === 'channel' || role === 'credential');
    if (isEachOwn) joined.forEach((piece, index) => items.push({ text: piece, role: joinedRoles[index]! }));
    return isEachOwn;
  }

  function addItems(text: string, tokens: readonly Token[], isListed: boolean) {
    // "cerimônia e festa R$ 4.200": what a price is for is one offering, never "Cerimônia" and
    // "Festa" — and, however long its name, something offered ("Limpeza de fossa e sumidouro com
    // caminhão a vácuo: R$ 380"), never a line told.
    if (pricedLabels.has(fold(text)) && roleOf(tokens, text, true) === 'offering' && featureSpans(fold(text)).length === 0) {
      items.push({ text, role: 'offering' });
      lastOfferingIndex = items.length - 1;
      lastOfferingSentence = currentSentence;
      return;
    }
    // "que o cliente escolhe e compra": what the customer does is told whole, never cut into cards.
    // (A part opening with the customer had its article cleaned off; "customer reviews" names a part of the site.)
    if (namesCustomerAsSubject(tokens, featureSpans(fold(text)).length === 0)) {
      items.push({ text, role: 'detail' });
      return;
    }
    // "a Páscoa e o Natal fazemos encomendas de cabrito e borrego": a list with a clause in it is
    // a sentence, told whole — never its pieces as cards around the told one.
    const listed = splitList(text, isEnglish, isSpanish);
    if (listed.length > 1 && listed.some((piece) => isClause(tokensOf(piece)))) {
      items.push({ text, role: 'detail' });
      return;
    }
    // "… com delivery": a feature named after the description, not an offering.
    const spans = featureSpans(fold(text));
    if (spans.length > 0) {
      const folded = fold(text);
      const covered = new Set<number>();
      for (const span of spans) for (let i = span.start; i < span.end; i++) covered.add(i);
      const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].filter(
        (word) => !cues.connectors.has(word[0]) && !cues.containerNouns.has(word[0]) && !cues.requestVerbs.has(word[0]),
      );
      if (words.every((word) => covered.has(word.index))) {
        unused.push({ words: text, why: 'feature' });
        return;
      }
    }
    // "aqui no centro", "aqui em casa", "here in town": where the person works, told — never a card.
    if (/^(aqui|here|aca)$/.test(tokens[0]?.folded ?? '') && tokens.length > 1) {
      items.push({ text, role: 'detail' });
      return;
    }
    // "for beginners and couples", "every Tuesday and Friday": one audience, one schedule — unless
    // the pieces are different things ("transmissão ao vivo e dicas para a primeira visita").
    const whole = roleOf(tokens, text, isListed);
    const pieces = splitList(text, isEnglish, isSpanish, isListed && (phraseOfferings.get(currentSentence) ?? 0) >= 1);
    const roles = pieces.map((piece) => roleOf(tokensOf(piece), piece, true));
    // Schedule items, channels and credentials each stand alone ("food trucks on weekends",
    // "trivia night every Tuesday"); only an audience is one phrase ("beginners and couples").
    if (addEachOwn(text)) return;
    // "para MEI e pequenas empresas": who it is for, led in once, is one audience however listed.
    if ((whole !== 'offering' && whole !== 'detail' && new Set(roles).size === 1) || whole === 'audience') {
      items.push({ text, role: whole });
      return;
    }
    // "com atendimento 24 horas": a word that only leads into a fact beside it is no offering.
    if (tokens.length > 0 && tokens.every((token) => isFactLead(token.folded) || cues.connectors.has(token.folded))) {
      unused.push({ words: text, why: 'feature' });
      return;
    }
    // "ponho capas e solas e faço cópias de chaves": a verb opening an item of the list leads
    // into it. Work done to things keeps its verb and the verbless items after it ("ponho capas e
    // solas"); any other verb of what the business does only leads in ("cópias de chaves").
    const grouped: string[] = [];
    let workOpen = false;
    for (const listed of pieces) {
      const own = tokensOf(listed);
      const verbAt = startsWithPhrase(own, 0, cues.offeringVerbs);
      const opensWork =
        verbAt > 0 &&
        cues.workVerbs.includes(
          own
            .slice(0, verbAt)
            .map((token) => token.folded)
            .join(' '),
        );
      if (pieces.length > 1 && verbAt > 0 && !opensWork && own.length > verbAt && !cues.connectors.has(own[verbAt]!.folded)) {
        grouped.push(clean(listed.slice(own[verbAt]!.start)));
        workOpen = false;
      } else if (workOpen && verbAt === 0) grouped[grouped.length - 1] = `${grouped.at(-1)} ${listJoinerOf(text)} ${listed}`;
      else {
        grouped.push(listed);
        workOpen = opensWork;
      }
    }
    for (const piece of grouped) {
      const own = grouped.length === 1 && pieces.length === 1 ? tokens : tokensOf(piece);
      if (isSitePart(own)) {
        unused.push({ words: piece, why: 'site' });
        continue;
      }
      if (isPlaceArea(own)) {
        unused.push({ words: piece, why: 'filler' });
        continue;
      }
      const role = roleOf(own, piece, isListed || grouped.length > 1);
      items.push({ text: piece, role });
      if (role === 'offering') {
        lastOfferingIndex = items.length - 1;
        lastOfferingSentence = currentSentence;
      }
      if (role === 'offering' && /\s/.test(piece)) phraseOfferings.set(currentSentence, (phraseOfferings.get(currentSentence) ?? 0) + 1);
    }
  }

  /**
   * "ducha R$ 20 e lavagem completa", "lavar 4,50€ e secar": a price said right after the thing it
   * is for ends that thing — each is its own offering, named without the price (the price list
   * carries it, under the label it was read with).
   */
  function splitAtPrices(item: ReadItem): ReadItem[] {
    for (const fact of input.factTexts) {
      const at = item.text.indexOf(fact);
      if (at <= 0) continue;
      const before = item.text.slice(0, at).trim();
      if (!pricedLabels.has(fold(before))) continue;
      const after = item.text
        .slice(at + fact.length)
        .replace(new RegExp(`^\\s*(?:[,;&]|(?:${cues.listJoiner})\\b)?\\s*`, 'iu'), '')
        .trim();
      // "small dogs £15 and large dogs £25": a thing with a price is offered, whoever it names.
      const rest = after ? splitAtPrices({ ...item, text: after }) : [];
      return [
        { ...item, text: before, role: 'offering' as const },
        ...rest.map((piece) => (pricedLabels.has(fold(piece.text)) ? { ...piece, role: 'offering' as const } : piece)),
      ];
    }
    return [item];
  }

  settleWhatItem();
  // "I'm Priya, the owner": a role or a relative is who the writer is, never what the business is.
  if (namesAPersonOnly(fold(what))) what = '';
  if (!what) what = nameTail(input) ?? '';
  // "Mobile dog groomer covering ‹Bristol› and ‹Bath›", "Fontanero que cubre ‹…›": where the
  // business goes is no part of what it is. It is said whole as a detail, up to the sentence's end
  // or a comma before a thing ("…Wakefield, gutters too").
  const areaTail = withoutAreaTail(what);
  if (areaTail !== what) {
    const whatIndex = input.text.indexOf(what);
    const rest = whatIndex >= 0 ? input.text.slice(whatIndex + areaTail.length) : '';
    const said = tokensOf(rest);
    const start = said[0] && cues.relativeLeads.has(said[0].folded) ? (said[1]?.start ?? 0) : 0;
    const told = rest.slice(start, Math.max(start, rest.search(/[.;!?\n]|,(?!\s*\p{Lu})|$/u))).trim();
    if (told) items.push({ text: told, role: 'detail' });
    what = areaTail;
  }
  const whatAt = what ? input.text.indexOf(what) : -1;
  const introduction = sentenceBounds
    .filter((bound, index) => index === 0 || (whatAt >= bound.start && whatAt < bound.end))
    .map((bound) => input.text.slice(bound.start, bound.end))
    .join('. ');
  return {
    what,
    isWhatProduct,
    introduction,
    items: dedupe(
      items
        .filter((item) => !dropped.has(item) && !unlessContinued.has(item))
        .flatMap((item) => (item.role === 'offering' || item.role === 'audience' ? splitAtPrices(item) : [item])),
    )
      .filter((item) => {
        if ((item.role !== 'offering' && item.role !== 'detail') || !isOnlyWhenWords(item.text)) return true;
        // "We are closed on Mondays": the days it is shut are told (the hours read drop them too).
        if (item.role === 'detail' && tokensOf(item.text).some((token) => cues.closedWords.has(token.folded))) return true;
        unused.push({ words: item.text, why: 'filler' });
        return false;
      })
      // "mensal R$ 180": a word of when that labels a price is the price's (the price list shows
      // it), never a line of a programme.
      .filter((item) => {
        if (item.role !== 'schedule' || !pricedLabels.has(fold(item.text))) return true;
        unused.push({ words: item.text, why: 'filler' });
        return false;
      })
      // "Servicios y precios:", "Classes and prices:": a list's title, never a card of its own.
      .filter((item) => {
        if (
          item.role !== 'offering' ||
          !isListHeading(tokensOf(item.text)) ||
          !headings.some((heading) => heading.includes(fold(item.text)))
        )
          return true;
        unused.push({ words: item.text, why: 'filler' });
        return false;
      })
      // "a Mulchén, Nacimiento y Laja $15.000 el viaje": towns are where the business goes, never
      // cards — said with their price when one is for them, else told.
      .flatMap((item) => {
        const inTownPrice = [...pricedLabels].some((label) => label.includes(fold(item.text)) && listsTowns(label));
        const isTowns = namesTwoTownsOrMore(item.text) || (inTownPrice && findWorldCities(item.text).length > 0);
        if (item.role !== 'offering' || !isTowns) return [item];
        if (inTownPrice) {
          unused.push({ words: item.text, why: 'filler' });
          return [];
        }
        return [{ ...item, role: 'detail' as const }];
      })
      // "región del Biobío (…)": a region named is where the business is, told, never a card.
      .map((item) => {
        const [head, of] = tokensOf(item.text);
        return item.role === 'offering' && head && of && cues.regionNouns.has(head.folded) && cues.ofWords.has(of.folded)
          ? { ...item, role: 'detail' as const }
          : item;
      })
      // Whatever rule made it an offering, a card names a thing: one test of its grammar, after
      // them all. A clause is something told; a fragment ("nem", "acima disso") names nothing, and
      // a price's condition ("acima de 3 km") is the price list's to show.
      .flatMap((said) => {
        if (said.role !== 'offering') return [said];
        const item = said;
        // What the parentheses add ("fitting kitchens (I don't supply them)") is the thing's note.
        const tokens = tokensOf(item.text.replace(/\([^)]*\)?/g, ' '));
        const shape = isClause(tokens) ? 'clause' : shapeOfPhrase(tokens, language);
        // "agosto fechado", "closed in January": a month says when.
        if (tokens.some((token) => cues.monthWords.has(token.folded))) return [{ ...item, role: 'schedule' as const }];
        // "Carambeí", "Oliveira do Bairro": a town named alone is where, never a thing sold (a
        // country may be: "trips to Italy, Greece").
        if (
          shape === 'thing' &&
          /^\p{Lu}|\s(?:do|da|de|dos|das|del)\s/u.test(item.text.trim()) &&
          findWorldCities(item.text).length > 0 &&
          !isCountryName(item.text)
        )
          return [{ ...item, role: 'detail' as const }];
        if (shape === 'thing') return [{ ...item, text: withoutLooseEnd(item.text, language) }];
        // A price's label is a thing sold whatever verb it holds ("Hang an internal door, you supply
        // it"), unless it opens with a word that names nothing ("acima de 3 km", "mesmo valor").
        const isPriced = pricedLabels.has(fold(item.text));
        if (isPriced && shape === 'clause' && !opensWithClosedWord(tokens, language)) return [item];
        if (shape === 'clause' && !isPriced) return [{ ...item, role: 'detail' as const }];
        unused.push({ words: asUnused(item.text), why: 'filler' });
        return [];
      }),
    unused,
    region: regions.length > 0 ? regions.join(', ').replace(new RegExp(`, (${cues.listJoiner}) `, 'g'), ' $1 ') : null,
    // "Sou a Fernanda, secretária da direção da ‹Banda›": the writer holds a role in an organisation.
    isSolo: isSolo && !speaksForGroup && !holdsRole(input.text),
    speaksAlone: speaksAlone(input.text, input.lang) && !speaksForGroup && !holdsRole(input.text),
    isGroup: speaksForGroup || holdsRole(input.text),
  };
}

/**
 * "teach" → "teaching", "repair" → "repairing", "make" → "making", "tie" → "tying", "run" →
 * "running": an English verb said as the thing done. Spelling rules, not a word list.
 */
function gerundOf(verb: string): string {
  const word = verb.toLowerCase();
  const stem = word.endsWith('ie')
    ? `${word.slice(0, -2)}y`
    : /[^aeiouy]e$/.test(word) && !word.endsWith('ee')
      ? word.slice(0, -1)
      : /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(word)
        ? `${word}${word.at(-1)}`
        : word;
  return `${stem}ing`;
}

/** "Servicios", "Tratamientos", "Classes": only words that title a list of offerings (before a colon, a title). */
function isListHeading(tokens: readonly Token[]): boolean {
  return (
    tokens.length > 0 &&
    tokens.some((token) => cues.listHeadings.has(token.folded)) &&
    tokens.every((token) => cues.listHeadings.has(token.folded) || cues.connectors.has(token.folded))
  );
}

/**
 * "já vamos na 3ª geração", "o natal fazemos encomendas de cabrito", "pode mandar foto dos
 * documentos", "el auto lo tenés que traer": a part with a finite verb of its own is a sentence
 * the person said — a thing sold is named by a noun phrase. An offering verb opening the part
 * ("fazemos bolos") only leads in to what is sold; a first-person plural after "de"/"of" is a noun
 * ("tramitação de préstamos").
 */
// "haven't got the machine", "that's my wife", "we're closed": a verb shortened onto its word.
const CONTRACTED_VERB = /^(?:[a-z]+n't|[a-z]+'(?:re|ve|ll|m|d)|(?:that|it|there|here|what|he|she|who|where|this)'s)$/u;

function isClause(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  if (cues.clauseLeads.has(tokens[0]!.folded)) return true;
  if (tokens.some((token) => CONTRACTED_VERB.test(token.folded.replace(/’/g, "'")))) return true;
  // "te lo lavamos", "a gente conserta…", "me chama no zap": a clitic pronoun or a subject before
  // a word is a verb's — told, never a thing on a card ("Te lo lavamos").
  const isWordAfter = (at: number) => {
    const next = tokens[at];
    return next !== undefined && !isMark(next) && !cues.ofWords.has(next.folded) && !cues.connectors.has(next.folded);
  };
  for (let at = 0; at < tokens.length - 1; at++) {
    if (cues.clitics.has(tokens[at]!.folded) && isWordAfter(at + 1)) return true;
    const subject = startsWithPhrase(tokens, at, cues.subjectPhrases);
    if (subject > 0 && isWordAfter(at + subject)) return true;
  }
  return tokens.some((token, at) => {
    if (cues.clauseVerbs.has(token.folded)) return true;
    if (at === 0 || !isFirstPersonPluralVerb(token.folded)) return false;
    const before = tokens[at - 1]!.folded;
    return !cues.ofWords.has(before) && !cues.connectors.has(before);
  });
}

/** "secretária da direção da Banda", "owner of the Diner", "presidente da Associação": a role in an organisation. */
function holdsRole(text: string): boolean {
  const tokens = tokensOf(text);
  const isOf = (token: Token | undefined) => token !== undefined && (cues.ofWords.has(token.folded) || token.folded === 'the');
  // The chain ends on the organisation's capitalised name: "diretora de arte" is a trade, not a role in one.
  return tokens.some((token, index) => {
    if (!isRoleNoun(token.folded) || !isOf(tokens[index + 1])) return false;
    for (let next = index + 2; next <= index + 6 && next < tokens.length; next++) {
      if (/^\p{Lu}/u.test(tokens[next]!.word)) return isOf(tokens[next - 1]);
      if (!isOf(tokens[next]) && !/^\p{Ll}/u.test(tokens[next]!.word)) return false;
    }
    return false;
  });
}

function nameHead(input: ReadPromptInput): string | null {
  // "Transporte Escolar do Tio Jair": a business named after its owner says first what it is.
  const owned = /^(.+?)\s+(?:do|da|de|del|dos|das)\s+(\p{L}+)\s+\p{Lu}/u.exec(input.businessName?.trim() ?? '');
  if (owned && cues.familiarTitles.has(fold(owned[2]!))) return owned[1]!.toLocaleLowerCase();
  const words = input.businessName?.trim().split(/\s+/) ?? [];
  const first = words[0];
  if (words.length < 2 || !first) return null;
  const isNoun =
    input.isBusinessNoun?.(first) === true ||
    /(aria|eria|shop|store|studio|atelier|ateli[eê]|estudio|estúdio|taller|oficina|loja|tienda|clínica|clinica|escola|escuela|academia)$/i.test(
      first,
    );
  return isNoun ? first.toLocaleLowerCase() : null;
}

/**
 * "Maple Leaf Bakery", "Blue Door Studio": an English name says what it is last — a fallback only,
 * for when nothing else says it ("We are ‹Northwind Roofing›, family-owned roofers…" says it better).
 */
function nameTail(input: ReadPromptInput): string | null {
  const words = input.businessName?.trim().split(/\s+/) ?? [];
  const last = words[words.length - 1];
  return words.length >= 2 && last && input.isBusinessNoun?.(last) === true ? last.toLocaleLowerCase() : null;
}

/** What follows the head, without the place and the prepositions that led to it ("in ‹Miami› for …"). */
function restAfter(tokens: readonly Token[], from: number, original: string): { restTokens: Token[]; rest: string } {
  let restTokens = tokens.filter((token) => token.start >= from);
  while (
    restTokens.length > 0 &&
    (isMark(restTokens[0]!) ||
      cues.placePrepositions.includes(restTokens[0]!.folded) ||
      (cues.connectors.has(restTokens[0]!.folded) && restTokens[1] && isMark(restTokens[1])))
  )
    restTokens = restTokens.slice(1);
  // "… crianças em ‹Belém›": the place at the end is where, not part of the item.
  while (
    restTokens.length > 0 &&
    (isMark(restTokens[restTokens.length - 1]!) || cues.placePrepositions.includes(restTokens[restTokens.length - 1]!.folded))
  )
    restTokens = restTokens.slice(0, -1);
  // "Bakery based ‹in Leeds›": the word that says where it is goes with the place.
  if (restTokens.every((token) => cues.locatedWords.has(token.folded) || cues.placePrepositions.includes(token.folded))) restTokens = [];
  // "… no centro de ‹Curitiba›": a few words before the place are where, not what.
  const firstMark = restTokens.findIndex(isMark);
  if (firstMark >= 0 && firstMark <= 3 && restTokens.slice(firstMark).every((token) => isMark(token) || cues.connectors.has(token.folded)))
    restTokens = [];
  const rest = restTokens.length > 0 ? clean(original.slice(restTokens[0]!.start, restTokens[restTokens.length - 1]!.end)) : '';
  return { restTokens, rest };
}

function salientCount(tokens: readonly Token[]): number {
  return tokens.filter((token) => !cues.connectors.has(token.folded) && /\p{L}{3,}/u.test(token.word)).length;
}

/** The original text (case, accents) for a span of the masked text, facts left out ("book by WhatsApp"). */
/** "… acima de ", "orders over ", "superiores a ": words that end on a threshold, before its amount. */
function isAfterThreshold(before: string): boolean {
  const words = fold(before)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const last = words.at(-1) ?? '';
  return cues.thresholdWords.has(last) || (/^(de|of|a|del)$/.test(last) && cues.thresholdWords.has(words.at(-2) ?? ''));
}

function withoutFacts(original: string, masked: string, piece: string, from: number, keepFacts = false): string {
  const at = masked.indexOf(piece, from);
  if (at < 0) return piece;
  let out = '';
  for (let i = at; i < at + piece.length; i++) {
    if (masked[i] !== FACT) {
      out += original[i];
      continue;
    }
    let end = i;
    while (end < at + piece.length && masked[end] === FACT) end++;
    // "entrega grátis acima de ‹R$ 500›": a threshold's amount is said with it (it is no price of a thing).
    out += keepFacts || isAfterThreshold(original.slice(Math.max(at, i - 30), i)) ? original.slice(i, end) : ' '.repeat(end - i);
    i = end - 1;
  }
  // "entrega grátis no ‹Rio›": the place at the end is where, not part of what they said.
  const end = masked.slice(at, at + piece.length).search(/\u0002+[\s\u0001]*$/);
  return end > 0 ? out.slice(0, end) : out;
}

const HEAD_STOP = new Set([
  'com',
  'with',
  'con',
  'que',
  'that',
  'which',
  'who',
  'where',
  'onde',
  'donde',
  'quem',
  'quien',
  'ha',
  'há',
  'desde',
  'since',
  'e',
  'and',
  'y',
  'para',
  'pra',
  'for',
  'por',
  'by',
  'aberto',
  'aberta',
  'open',
  'abierto',
  'abierta',
  'atendemos',
  'atendendo',
  'oferecemos',
  'we',
  'nos',
  'nós',
  'i',
  'eu',
  'yo',
  'quero',
  'want',
  'quiero',
  'chamado',
  'chamada',
  'called',
  'named',
  'llamado',
  'llamada',
  // "conserto notebook aqui no centro": "here" says where, never what the business is.
  'aqui',
  'aquí',
  'here',
  'aca',
  'acá',
]);

/**
 * The head of a description: the words before a place, a "with", a clause or a fact — at most
 * eight. "vegan bakery ‹in Lisbon›", "clínica odontológica ‹Sorriso Leve› ‹em Recife›".
 */
function headPhrase(
  tokens: readonly Token[],
  original: string,
): { text: string; end: number; where?: { text: string; end: number } } | null {
  const kept: Token[] = [];
  let where: { text: string; end: number } | undefined;
  for (const [index, token] of tokens.entries()) {
    if (isMark(token)) break;
    // "quinta para eventos" keeps its purpose; "school for beginners" stops before its audience.
    const isPurpose =
      /^(para|pra|for)$/.test(token.folded) &&
      !tokens.slice(index + 1, index + 4).some((next) => cues.audienceWords.has(next.folded)) &&
      index + 1 < tokens.length &&
      !isMark(tokens[index + 1]!);
    // "ONG que ajuda crianças", "an app that helps restaurants…": a short head keeps its clause.
    const isRelative = /^(que|that|which|who)$/.test(token.folded) && kept.length <= 2 && index > 0;
    if (isRelative) {
      const clause: Token[] = [];
      for (const later of tokens.slice(index + 1)) {
        if (isMark(later) || (cues.placePrepositions.includes(later.folded) && clause.length > 0)) break;
        clause.push(later);
      }
      if (clause.length > 0 && clause.length <= 6) {
        kept.push(token, ...clause);
        break;
      }
    }
    if (index > 0 && HEAD_STOP.has(token.folded) && !isPurpose) {
      // "ball and butterfly valves": "and" between two describing words, not a new clause.
      const next = tokens[index + 1];
      let runAfter = 0;
      for (const later of tokens.slice(index + 1)) {
        if (isMark(later) || HEAD_STOP.has(later.folded) || cues.placePrepositions.includes(later.folded)) break;
        runAfter++;
      }
      const isListJoin = /^(e|and|y)$/.test(token.folded) && next && !isMark(next) && !HEAD_STOP.has(next.folded) && runAfter <= 3;
      if (!isListJoin) break;
    }
    const next = tokens[index + 1];
    // "teach guitar from my flat", "clases de inglés en mi casa": where the person works, not what
    // the business is.
    if (
      index > 0 &&
      (cues.placePrepositions.includes(token.folded) || /^(from|desde)$/.test(token.folded)) &&
      next &&
      cues.possessives.has(next.folded)
    ) {
      // Said as a detail of its own ("em casa", "a domicilio" stay in what: the client's home is the service's).
      const place = tokens[index + 2];
      if (place && !isMark(place)) where = { text: original.slice(token.start, place.end).trim(), end: place.end };
      break;
    }
    // "in Lisbon", "no centro de Curitiba", "in downtown Austin": where, not what.
    const markAt = tokens.slice(index + 1, index + 4).findIndex(isMark);
    const between = markAt >= 0 ? tokens.slice(index + 1, index + 1 + markAt) : [];
    // …but "escola de surf na ‹Ericeira›": the place's own preposition is "na", not "de".
    const isBeforePlace = markAt >= 0 && !between.some((word) => cues.placePrepositions.includes(word.folded) && word.folded !== 'de');
    if (index > 0 && cues.placePrepositions.includes(token.folded) && (!next || isBeforePlace)) break;
    kept.push(token);
    if (kept.length >= 8) {
      // "higienização de sofá e colchão na casa do ‹cliente›": a phrase cut at its length ends on
      // no preposition or article — what that word governs is the phrase's, never a card of its own…
      // …nor before an "of" that completes its last noun ("no prédio ‹do condomínio›").
      for (const later of tokens.slice(index + 1, index + 4)) {
        if (isMark(later) || HEAD_STOP.has(later.folded)) break;
        if (!cues.connectors.has(kept[kept.length - 1]!.folded) && !cues.ofWords.has(later.folded)) break;
        kept.push(later);
      }
      break;
    }
  }
  // "a dog groomer based (in Dunedin)": the participle leads to the place, it is no part of what.
  while (kept.length > 0 && (cues.connectors.has(kept[kept.length - 1]!.folded) || cues.locatedWords.has(kept[kept.length - 1]!.folded)))
    kept.pop();
  if (kept.length === 0) return null;
  return {
    text: clean(original.slice(kept[0]!.start, kept[kept.length - 1]!.end)),
    end: where?.end ?? kept[kept.length - 1]!.end,
    ...(where ? { where } : {}),
  };
}

function dedupe(items: readonly ReadItem[]): ReadItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = fold(item.text);
    // "w" left of "form w/ height, weight…": a letter is no offering or topic to write about.
    if (!key || seen.has(key) || !/\p{L}{2}/u.test(item.text)) return false;
    seen.add(key);
    return true;
  });
}

/** Words that only name a part every site has ("a contact form", "an about us page"), never the business. */
// One pattern for every naming cue, built once.
const NAMING_CUE = new RegExp(`(?:^|\\s)(?:${cues.namingCues.map(escapeRegExp).join('|')})(?:$|\\s)`);

/** Only words that lead into a name: a naming cue, a generic head ("empresa"), articles, connectors. */
function isNamingLeadIn(tokens: readonly Token[]): boolean {
  const text = tokens.map((token) => token.folded).join(' ');
  if (!NAMING_CUE.test(text)) return false;
  return tokens.every(
    (token) =>
      cues.namingCues.some((cue) => cue.split(' ').includes(token.folded)) ||
      // "pode ser ‹name› o nome": the lead of a name said before its noun.
      cues.nameAfterLeads.some((lead) => lead.split(' ').includes(token.folded)) ||
      cues.genericHeads.has(token.folded) ||
      cues.connectors.has(token.folded) ||
      /^(a|o|the|el|la|our|my|nossa|nosso|minha|meu|mi|nuestra|nuestro|se|is|e|es)$/.test(token.folded),
  );
}

function isSitePart(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !isMark(token));
  return (
    words.length > 0 &&
    words.some((token) => cues.siteParts.has(token.folded)) &&
    words.every(
      (token) =>
        cues.siteParts.has(token.folded) ||
        cues.containerNouns.has(token.folded) ||
        cues.siteNouns.has(token.folded) ||
        cues.connectors.has(token.folded),
    )
  );
}

/**
 * A brand list starting at `part`: a brand lead ("trabalho com", "we service") followed by a list
 * whose items are mostly capitalised names (brands), through the end of the sentence. Undefined
 * when the list is of ordinary words ("trabalho com festas e casamentos").
 */
function brandSentence(part: Part, parts: readonly Part[], original: string): { text: string; parts: Part[] } | undefined {
  const tokens = tokensOf(part.text);
  let at = 0;
  let lead = startsWithPhrase(tokens, 0, cues.brandLeads);
  if (lead === 0) {
    // "e também trabalhamos com…", "we also work with…", "arreglo todas las marcas: …": the lead
    // after a pronoun, a connector, a verb of what the business does or "all".
    for (;;) {
      const verb = startsWithPhrase(tokens, at, cues.offeringVerbs);
      const word = tokens[at]?.folded ?? '';
      if (verb > 0) at += verb;
      else if (cues.subjectPronouns.has(word) || cues.connectors.has(word) || cues.allWords.has(word)) at++;
      else break;
    }
    lead = startsWithPhrase(tokens, at, cues.brandLeads);
  }
  if (lead === 0) return undefined;
  const rest = parts.filter((other) => other.sentence === part.sentence && other.start >= part.start && !other.aside);
  const end = rest.at(-1)!.end;
  const listText = original.slice(part.start + (tokens[at + lead - 1]?.end ?? 0), end);
  const names = listText
    .split(new RegExp(`,|\\s(?:${cues.listJoiner})\\s`))
    .map((item) => item.trim())
    .filter(Boolean);
  const capitalised = names.filter((item) => /^\p{Lu}/u.test(item));
  if (capitalised.length < 2 || capitalised.length * 2 < names.length) return undefined;
  return { text: original.slice(part.start, end).trim(), parts: rest };
}

/** "região", "surrounding areas", "y alrededores": the area around the place just named, not an offering. */
function isPlaceArea(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => !isMark(token));
  if (
    words.length > 0 &&
    words.some((token) => cues.areaWords.has(token.folded)) &&
    words.every((token) => cues.areaWords.has(token.folded) || cues.connectors.has(token.folded))
  )
    return true;
  // "pra todo o Brasil", "all over Portugal": where, however it is said ("Greece" alone may be sold).
  const where = words.filter(
    (token) => !cues.areaWords.has(token.folded) && !cues.connectors.has(token.folded) && !cues.allWords.has(token.folded),
  );
  const saysAll = words.some((token) => cues.allWords.has(token.folded) || cues.areaWords.has(token.folded));
  return saysAll && where.length > 0 && where.length <= 3 && isCountryName(where.map((token) => token.word).join(' '));
}

/**
 * "solo repartimos en tequila, a amatitan, el arenal y magdalena no llegamos": a list of towns the
 * sentence goes on with and closes with a negation ("no llegamos", "não vou") is where the business
 * does not go — none of it is where it works. The negation must follow more of the list's words
 * (after a comma, "não atendo domingo" opens a clause of its own), within a few words.
 */
function closesInRefusal(text: string, from: number, lang: string | undefined): boolean {
  const end = text.slice(from).search(/[.;!?\n]/u);
  const sentence = text.slice(from, end < 0 ? undefined : from + end);
  const words = fold(sentence)
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);
  const negation = words.findIndex((word) => isNegationWord(word, lang, false));
  if (negation < 1 || negation > 8) return false;
  return !sentence.split(',').some((segment) => isNegationWord(fold(segment.trim().split(/\s+/)[0] ?? ''), lang, false));
}
