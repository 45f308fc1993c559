import type { BriefItem, BriefPrice, UnusedReason } from './site-brief-schema';
import { readingCues } from './reading-cues';
import { fold } from './text';
import { isClauseWord, isClosedWordOfAny, wordLanguageOf } from './word-classes';

/**
 * A thing sold is named in a list, beside its price, or after a verb that sells it; a few words
 * that make a sentence of their own in the middle of prose are something *said* — a reaction, a
 * greeting, a thanks, a shrug ("Un robo.", "Y el señor con prisas.", "Bueno.", "Gràcies.",
 * "Que coisa."). The reader cuts prose at sentence ends and reads any short piece as a card of what
 * the business offers; this pass sets those remarks aside instead, so the page never lists a
 * customer's complaint or the writer's "bueno" as a service.
 *
 * What stays a card: a remark with a price; a line of its own (a list written one thing per line);
 * and a run of three short sentences or more in a line ("Pão. Bolos. Café."), which is a list
 * written with full stops.
 */
export type RemarksInput = {
  items: readonly BriefItem[];
  prices: readonly BriefPrice[];
  /** The prompt as read, in the same positions the items were read from. */
  text: string;
  /** The prompt's locale: which verbs make a clause. */
  lang: string;
};

// Words a remark may have: a card of four words or fewer is a name; a longer sentence is told elsewhere.
const MAX_REMARK_WORDS = 4;
// A sentence this short beside others is a list written with full stops, from this many in a row.
const MIN_STOPPED_LIST = 3;

// "- ", "• ", "1. ", "2) ": the mark that opens a line of a list.
const LIST_MARK = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+/u;

type Sentence = { start: number; end: number; words: number; isClause: boolean };

// "tb temos plantas de interior", "Também arranjo guarda-chuvas": a verb that sells, makes or has sells it.
const SELLING = new Set([...readingCues.doingVerbs, ...readingCues.haveVerbs].flatMap((verb) => fold(verb).split(' ')));

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The sentences of one line: cut at ". ", "! ", "? " (a point inside "1.000" or "n.º" cuts nothing). */
function sentencesOf(line: string, offset: number, lang: string): Sentence[] {
  const language = wordLanguageOf(lang);
  const clause = (body: string) =>
    [...body.matchAll(/\p{L}[\p{L}'’]*/gu)].some((word, index) => isClauseWord(word[0], fold(word[0]), language, index === 0));
  const out: Sentence[] = [];
  let start = 0;
  for (const end of line.matchAll(/[.!?…]+(?=\s|$)/gu)) {
    const body = line.slice(start, end.index);
    if (wordCount(body) > 0) out.push({ start: offset + start, end: offset + end.index, words: wordCount(body), isClause: clause(body) });
    start = end.index + end[0].length;
  }
  const rest = line.slice(start);
  if (wordCount(rest) > 0) out.push({ start: offset + start, end: offset + line.length, words: wordCount(rest), isClause: clause(rest) });
  return out;
}

export function setAsideRemarks({ items, prices, text, lang }: RemarksInput): {
  items: BriefItem[];
  unused: { words: string; why: UnusedReason }[];
} {
  const folded = fold(text);
  // The sentences of every prose line (two sentences or more), each with whether it is a remark's place.
  const remarkPlaces: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    // "1. Training your oxen. You bring me…": a list line's first sentence is the thing it lists.
    const marker = LIST_MARK.exec(line)?.[0] ?? '';
    const sentences = sentencesOf(line.slice(marker.length), offset + marker.length, lang).slice(marker ? 1 : 0);
    offset += line.length + 1;
    if (sentences.length < 2) continue;
    const isShort = sentences.map((sentence) => sentence.words <= MAX_REMARK_WORDS + 1);
    sentences.forEach((sentence, index) => {
      if (!isShort[index]) return;
      let first = index;
      let last = index;
      while (first > 0 && isShort[first - 1]) first--;
      while (last < sentences.length - 1 && isShort[last + 1]) last++;
      // Said amid the writer's own sentences ("Nos cobraron 55 €… Un robo."), not amid the lines
      // of an ad, whose sentences name things without a verb ("Bancadas, pias… Medição sem custo.").
      const amidClauses = [sentences[first - 1], sentences[last + 1]].some((beside) => beside?.isClause);
      if (last - first + 1 < MIN_STOPPED_LIST && amidClauses) remarkPlaces.push(sentence);
    });
  }
  if (remarkPlaces.length === 0) return { items: [...items], unused: [] };
  const priced = prices.flatMap((price) => (price.label ? [fold(price.label.trim())] : []));
  const unused: { words: string; why: UnusedReason }[] = [];
  const kept = items.filter((item) => {
    if (item.role !== 'offering' || item.feature) return true;
    const own = fold(item.text.trim());
    if (!own || wordCount(own) > MAX_REMARK_WORDS || priced.some((label) => label === own || label.includes(own))) return true;
    // The remark is its sentence, all but a word that leads into it ("Y el señor con prisas").
    // (Never a thing with a number — "Matrimonial 120$" is priced — nor one of a list: "Introductions, weddings, burials.")
    if (/\d/u.test(own)) return true;
    const place = remarkPlaces.find((sentence) => {
      const said = folded.slice(sentence.start, sentence.end);
      const at = said.indexOf(own);
      if (at < 0 || said.includes(',') || sentence.words - wordCount(own) > 2) return false;
      // …the rest of it only articles and small words ("Y el", "Un"): "cambio y rotación de
      // cubiertas" or "tb temos plantas de interior" name what is sold.
      const around = `${said.slice(0, at)} ${said.slice(at + own.length)}`.match(/[\p{L}']+/gu) ?? [];
      const isSmall = (word: string) => isClosedWordOfAny(word) || readingCues.articles.has(word) || readingCues.connectors.has(word);
      return around.every(isSmall) && !SELLING.has((own.match(/[\p{L}']+/gu) ?? [])[0] ?? '');
    });
    if (!place) return true;
    unused.push({ words: item.text, why: 'aside' });
    return false;
  });
  return { items: kept, unused };
}
