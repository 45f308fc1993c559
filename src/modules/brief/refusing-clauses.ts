import { isNegationWord } from './reading-cues';
import { fold } from './text';

/**
 * "covilhã e guarda não vou", "a Olavarría y Tapalqué no vamos": a clause that closes with a
 * negation (no number in it) — the towns it names are where the business does not go.
 */
// A word (the negation, checked by the reader's one test), up to two more, "in"/"em"/"de", a capital.
const NOT_IN = /^(\p{L}+)\s+(?:[\p{Ll}'’]+\s+){0,2}(?:in|em|en|no|na|de|do|da|del|at|from)\s+(?:(?:el|la|o|a|the)\s+)?\p{Lu}/u;

export function refusingClauses(text: string, lang: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^.,;:!?\n]+/gu)) {
    const words = fold(match[0])
      .split(/[^\p{L}'’]+/u)
      .filter(Boolean);
    if (/\d/.test(match[0]) || words.length < 3) continue;
    // The negation closes it, or comes right before its last word, the verb ("não vou", "no llegamos");
    // in the prompt's language ("ficamos no Fundão": Portuguese "no" is "in the"), and "no más" is "just".
    const last = words.slice(-2);
    if (last.some((word, at) => isNegationWord(word, lang, false) && !(word === 'no' && /^(?:mas|nomas)$/.test(last[at + 1] ?? ''))))
      spans.push({ start: match.index, end: match.index + match[0].length });
    // "I'm not based in Stornoway", "não moro em Belém", "no el de Lima": a negation a few words
    // before "in"/"em"/"de" and a capitalised name — from the negation on, where the business is not.
    else {
      // (Tried at every word: the negation may stand anywhere in the clause.)
      const refused = [...match[0].matchAll(/(?<![\p{L}'’])\p{L}/gu)].find((word) => {
        const found = NOT_IN.exec(match[0].slice(word.index));
        return found !== null && isNegationWord(fold(found[1]!), lang, false);
      });
      if (refused) spans.push({ start: match.index + refused.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
