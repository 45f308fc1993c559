import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/told-parts.json';
import { isTownOf } from './places';
import { isInfinitiveVerb, isNegationWord, readingCues } from './reading-cues';
import type { BriefItem, UnusedReason } from './site-brief-schema';
import { escapeRegExp, fold } from './text';
import { isClauseWord, isClosedWord, isDeterminer, wordLanguageOf } from './word-classes';

/**
 * What the person told us about the business (a brief's `detail` items) is of two sorts for a
 * visitor, and a third that is for nobody:
 *  - **story**: who runs it, since when, how it started, how the work is done ("Faço bolo faz uns 25
 *    anos", "I've had my round for fourteen years") — the About text;
 *  - **terms**: what a visitor checks before asking — delivery and areas, notice, minimums, payment,
 *    what is not done, days and months ("Reparto en Cabra gratis a partir de 2 menús", "Pagamento até
 *    ao dia 8") — a list of its own, so the About is not the owner's message pasted in;
 *  - **a fragment**: what is left of a sentence once its facts and cards were cut out ("Pode dizer",
 *    "Estamos", "Whichever you", "Oficina"), a form question's yes/no ("se quer avença (s/n)") or a
 *    reason cut from what it explains ("Porque é Bezerros…"). It is read by its shape — how many
 *    words, whether one is a verb, what it opens or ends on — never by its topic, and is listed as
 *    not used ('filler'; a form question 'site'), never lost.
 * The sort is by the words' function (content/told-parts.json and reading-cues), not by trade.
 */
const list = z.array(z.string().min(1).max(40)).min(1);
const toldSchema = z.object({
  $comment: z.string(),
  storyLeads: list,
  termsWords: list,
  questionMarks: list,
  reasonOpeners: list,
  danglingEnds: list,
  conditionOpeners: list,
  onlyWords: list,
});
const content = parseContent('src/modules/brief/content/told-parts.json', toldSchema, raw);
const STORY = new Set(content.storyLeads);
const TERMS = new Set([...content.termsWords, ...readingCues.conditionWords, ...readingCues.restrictionWords]);
const DANGLING = new Set(content.danglingEnds);
const QUESTION_MARKS = content.questionMarks;
const ONLY = new Set(content.onlyWords);
// A sentence opening on one of these words ("as long as", "ya que"), its spaces however typed.
const openingOn = (leads: readonly string[]) =>
  new RegExp(`^(?:${leads.map((lead) => escapeRegExp(lead).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'u');
const CONDITION = openingOn(content.conditionOpeners);
const REASON = openingOn(content.reasonOpeners);
// "R$ 55", "9 €", "$110", "S/ 90": an amount of money makes a sentence a term.
const MONEY =
  /(?:[$€£¥₡₲]|r\$|s\/|\b(?:usd|eur|brl|mxn|clp|cop|pen|ars|uyu)\b)\s?\d|\d\s?(?:€|eur\b|euros?\b|reais\b|pesos\b|soles\b|dollars?\b)/u;

export type ToldPart = 'story' | 'terms';

function wordsOf(text: string): { typed: string; folded: string }[] {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((match) => ({ typed: match[0], folded: fold(match[0]) }));
}

/** Whether a told sentence is the business's story or its terms (see above). `lang` the prompt's locale. */
export function toldPartOf(text: string, lang: string): ToldPart {
  const typed = wordsOf(text);
  const words = typed.map((word) => word.folded);
  if (words.some((word) => STORY.has(word))) return 'story';
  const folded = fold(text).trim();
  if (CONDITION.test(folded) || typed.some((word) => ONLY.has(word.typed.toLocaleLowerCase()))) return 'terms';
  if (MONEY.test(folded) || /\d\s?(?:km|mi|m2|m²|m3)\b/u.test(folded)) return 'terms';
  const isTerm = (word: string) =>
    TERMS.has(word) ||
    isNegationWord(word, lang, false) ||
    readingCues.whenWords.has(word) ||
    readingCues.monthWords.has(word) ||
    readingCues.dayWords.has(word);
  return words.some(isTerm) ? 'terms' : 'story';
}

/** A told part that is no sentence but names a thing offered ("Consultas presenciais"): a card. */
const THING = 'thing';

/**
 * Why a told part is no sentence for a visitor (see above), or undefined when it is one. `country`
 * (ISO) lets a town standing alone with a verb ("Mira vou") be told from a thing.
 */
export function toldFragmentReason(text: string, lang: string, country?: string): UnusedReason | typeof THING | undefined {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  if (QUESTION_MARKS.some((mark) => folded.includes(mark))) return 'site';
  const words = wordsOf(text);
  const language = wordLanguageOf(lang);
  if (words.length <= 1) return 'filler';
  // "No tenemos nombre y no queremos que nos inventéis uno", "o nome fica assim": the name, talked over with us.
  if (words.some((word) => readingCues.nameNouns.has(word.folded))) return 'aside';
  if (REASON.test(folded)) return 'filler';
  // The last word as typed: "é" (is) ends a sentence where "e" (and) leaves it hanging.
  const last = words.at(-1)!;
  const isLastToken = /^[\s.!?…]*$/u.test(text.slice(text.lastIndexOf(last.typed) + last.typed.length));
  if (isLastToken && DANGLING.has(last.typed.toLocaleLowerCase())) return 'filler';
  // "ninguém me conhece por esse", "fica por volta": a sentence cut before its noun, or its price.
  if (isLastToken && words.length > 1 && (isDeterminer(last.folded, language) || readingCues.priceApproximators.has(last.folded)))
    return 'filler';
  const isVerb = words.map((word, index) => isClauseWord(word.typed, word.folded, language, index === 0));
  // Clauses, not verb words: "I can", "he estado" are one.
  const verbs = isVerb.filter((is, index) => is && !isVerb[index - 1]).length;
  // "Se o pelo estiver muito embolado", "Si traéis vuestro táper", "as long as I can get round the
  // back": a condition with nothing it is the condition of — the rest of its line was cut away.
  if (CONDITION.test(folded) && verbs < 2 && !/[,;:]/u.test(folded) && !words.some((word) => isNegationWord(word.folded, lang, false)))
    return 'filler';
  // "Em minha casa", "De Pedrógão Pequeno": a few words with no verb that open on a preposition are
  // what is left of a sentence ("socorro na estrada", a thing, stays; English verbs are not told
  // from nouns by their form, so English is not read so).
  if (
    language !== 'en' &&
    verbs === 0 &&
    words.length <= 3 &&
    isClosedWord(words[0]!.folded, language) &&
    !/\d/u.test(folded) &&
    !words.some((word) => TERMS.has(word.folded))
  )
    return 'filler';
  // "barrio Cordón", "bairro Ponta Verde": where the business is, told.
  if (readingCues.neighbourhoodWords.has(words[0]!.folded) && words.length >= 2) return undefined;
  if (words.length === 2 && !/\d/u.test(folded)) {
    // Two words make a sentence only as a verb and the thing it acts on ("aceito encomendas");
    // two verbs, a pronoun, or a town with a verb ("Pode dizer", "Whichever you", "Mira vou") do not.
    const isThing = words.map(
      (word, index) =>
        !isVerb[index] &&
        !(language !== 'en' && isInfinitiveVerb(word.folded)) &&
        !isClosedWord(word.folded, language) &&
        !isDeterminer(word.folded, language) &&
        !isNegationWord(word.folded, lang) &&
        !(country && isTownOf(word.typed, country)),
    );
    // A term said in two words ("pagamento antecipado", "minimum charge") is one too.
    // In English the clause word is its subject ("Whichever you"): a subject and one word more is cut.
    const isVerbAndThing = language === 'en' ? !isVerb[0] && !isVerb[1] : (isVerb[0] && isThing[1]) || (isVerb[1] && isThing[0]);
    const makesSentence = isVerbAndThing || words.some((word) => TERMS.has(word.folded));
    // "Consultas presenciais", "clases grupales": a thing and its kind — offered, never dropped.
    // (A name inside — "barrio Cordón" — is where, not a thing.)
    // Only a plural ("Aulas particulares", "clases grupales"): "Trabalho sozinho" is the person
    // working alone, its verb shaped like a noun.
    if (!makesSentence && language !== 'en' && isThing[0] && isThing[1] && /s$/u.test(words[0]!.folded) && !/\p{Lu}/u.test(words[1]!.typed))
      return THING;
    if (!makesSentence) return 'filler';
  }
  return undefined;
}

/** The told parts (details) that are fragments, set aside as not used; every other item as it was. */
export function screenTold({ items, lang, country }: { items: readonly BriefItem[]; lang: string; country?: string }): {
  items: BriefItem[];
  unused: { words: string; why: UnusedReason }[];
} {
  const kept: BriefItem[] = [];
  const unused: { words: string; why: UnusedReason }[] = [];
  for (const item of items) {
    const why = item.role === 'detail' && !item.feature ? toldFragmentReason(item.text, lang, country) : undefined;
    if (why === THING) kept.push({ ...item, role: 'offering' });
    else if (why) unused.push({ words: item.text, why });
    else kept.push(item);
  }
  return { items: kept, unused };
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as toldPartWords };
