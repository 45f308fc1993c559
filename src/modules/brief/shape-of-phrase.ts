import { isNegationWord, readingCues } from './reading-cues';
import { fold } from './text';
import { isClauseWord, isClosedWord, isDeterminer, isInfinitive, mayBeVerb, type WordLanguage } from './word-classes';

const cues = readingCues;

/**
 * What a short phrase the reader cut from a prompt is, by its grammar, whatever its topic:
 * - 'thing': a noun phrase — it can name something the business offers ("revisão completa com
 *   lavagem", "hanging internal doors", "lavado de chasis");
 * - 'clause': a told sentence — a person-marked verb ("passeios vocês contratam direto com o
 *   guia", "invoice comes by text", "tapados los valoramos en persona") or a phrase led by a word
 *   that names nothing ("quem mora em Castrolanda", "depois disso vira crédito", "hasta unos 10 cm");
 * - 'fragment': one or two words that name nothing ("nem", "siempre", "desculpa", "acima disso"),
 *   left when a sentence was cut around its facts.
 * A card on the site must be a thing; this is the one test every reading rule answers to.
 */
const JOINERS = new Set(['e', 'y', 'ou', 'o']);

export type PhraseShape = 'thing' | 'clause' | 'fragment';
export type PhraseWord = { word: string; folded: string };

/** The phrase's words from its head on: articles and possessives passed over. */
function fromHead(words: readonly PhraseWord[], language: WordLanguage): PhraseWord[] {
  const said = words.filter((token) => /[\p{L}\p{N}]/u.test(token.word));
  let at = 0;
  // ("está escrito" is a verb, though "esta" folded is "this".)
  while (
    at < said.length - 1 &&
    isDeterminer(said[at]!.folded, language) &&
    !isClauseWord(said[at]!.word, said[at]!.folded, language, at === 0)
  )
    at++;
  return said.slice(at);
}

/** "acima de 3 km", "hasta unos 10 cm", "mesmo valor": the head names nothing. */
export function opensWithClosedWord(words: readonly PhraseWord[], language: WordLanguage): boolean {
  const head = fromHead(words, language)[0];
  return head !== undefined && isClosedWord(head.folded, language) && !/\p{N}/u.test(head.word);
}

export function shapeOfPhrase(words: readonly PhraseWord[], language: WordLanguage): PhraseShape {
  const rest = fromHead(words, language);
  const head = rest[0];
  if (!head) return 'fragment';
  const named = rest.filter((token) => !isClosedWord(token.folded, language) && !isDeterminer(token.folded, language));
  if (opensWithClosedWord(rest, language)) return named.length <= 1 ? 'fragment' : 'clause';
  // "motor e bateria não", "no weekends": a negation refuses, it names nothing offered.
  const isNegation = (folded: string) => isNegationWord(folded, language, false);
  if (rest.some((token) => isNegation(token.folded))) return rest.length <= 2 ? 'fragment' : 'clause';
  // "troco espuma e tecido", "busco e levo seu carro", "arreglo sillas": a Portuguese or Spanish
  // trade names its work with the first person of its verbs, before what it works on — the service.
  let from = 0;
  if (language !== 'en' && rest.length > 1)
    while (from < rest.length - 1 && (/o$/.test(rest[from]!.folded) || (from > 0 && JOINERS.has(rest[from]!.folded)))) from++;
  if (from > 0 && isClosedWord(rest[from]!.folded, language) && !isDeterminer(rest[from]!.folded, language)) from = 0;
  if (language !== 'en' && rest.some((_, index) => isVerbByItsNeighbours(rest, index, language)))
    return rest.length <= 1 ? 'fragment' : 'clause';
  // "goes", "perguntem": a verb said alone is a cut sentence's — too little to tell.
  if (rest.some((token, index) => index >= from && isClauseWord(token.word, token.folded, language, index === 0)))
    return rest.length <= 1 ? 'fragment' : 'clause';
  return 'thing';
}

/**
 * "Check-out até", "café da manhã (das)": a thing whose time was read out as a fact ends on the word
 * that led to it, or a parenthesis of words that name nothing. The thing is said without it
 * ("Check-out", "café da manhã").
 */
// The words that lead to a time or a place read out as a fact ("até", "das", "from", "em").
const LEADS_TO_FACT = new Set([...cues.timeWords, ...cues.ofWords, ...cues.placePrepositions]);

export function withoutLooseEnd(text: string, language: WordLanguage): string {
  let out = text.replace(/\s*\(([^()]*)\)\s*$/u, (whole, inside: string) => {
    const words = inside.match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.every((word) => isClosedWord(fold(word), language)) ? '' : whole;
  });
  for (;;) {
    const match = /\s+([\p{L}]+)[\s,;:]*$/u.exec(out);
    const last = match ? fold(match[1]!) : '';
    if (!match || !LEADS_TO_FACT.has(last)) break;
    out = out.slice(0, match.index);
  }
  return out.trim() || text;
}

// Pronouns that stand before a verb and nothing else (content of the grammar, not of a trade).
// (Not Portuguese "nos": it is "em os" as often — "atendimento nos finais de semana".)
const PROCLITICS = { pt: new Set(['se', 'me', 'te', 'lhe', 'lhes']), es: new Set(['se', 'me', 'te', 'le', 'les', 'nos', 'os']) };
const ENCLITIC = /(?:me|te|se|lo|la|le|nos|los|las|les)$/u;
const ARTICLES_ES = new Set(['el', 'la', 'los', 'las', 'un', 'una']);

/**
 * A word a verb by what stands beside it, where the word alone could be a noun or an adjective:
 * - after a pronoun that only a verb takes: "el tajamar *se llena*", "a gente *te manda*";
 * - with a pronoun written onto it, as Spanish does, its accent kept: "*llámenme* a la noche";
 * - a Spanish head in -e with an article after it: "*atiende* el teléfono" ("cambio de aceite",
 *   "corto el pasto" — a trade's first person — stay what they name);
 * - a head that may be a verb, followed by an infinitive: "*deixa* secar", "*manda* buscar".
 */
function isVerbByItsNeighbours(words: readonly PhraseWord[], index: number, language: 'pt' | 'es'): boolean {
  const { word, folded } = words[index]!;
  const before = words[index - 1]?.folded;
  const next = words[index + 1]?.folded;
  if (before !== undefined && PROCLITICS[language].has(before) && mayBeVerb(folded, language)) return true;
  // ("pétalos de rosa", "pétalos" alone: a noun before "de", or said alone, is a thing named, whatever it ends in.)
  // ("Visítenos", "Contáctenos de 8 a 18": a pronoun no noun ends in — "nos", "me", "le" — says so alone or before "de".)
  const isVerbEnding = /(?:nos|me|te|le|les|se)$/u.test(folded) || (next !== undefined && next !== 'de' && next !== 'del');
  if (language === 'es' && /[áéíóú]/u.test(word) && ENCLITIC.test(folded) && isVerbEnding) {
    // (An order or a wish ends in -a, -e, -an or -en before its pronoun: "móviles" is no "movi" + "les".)
    const stem = [folded.replace(ENCLITIC, ''), folded.replace(ENCLITIC, '').replace(ENCLITIC, '')].find(
      (candidate) => candidate.length >= 3 && /[ae]n?$/u.test(candidate) && mayBeVerb(candidate, language),
    );
    if (stem) return true;
  }
  if (index !== 0 || next === undefined) return false;
  if (language === 'es' && /e$/u.test(folded) && ARTICLES_ES.has(next) && isClauseWord(word, folded, language)) return true;
  return !isInfinitive(folded, language) && !/o$/u.test(folded) && isInfinitive(next, language) && mayBeVerb(folded, language);
}
