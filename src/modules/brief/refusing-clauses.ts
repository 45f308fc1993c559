import { isNegationWord } from './reading-cues';
import { fold } from './text';

/**
 * "covilhã e guarda não vou", "a Olavarría y Tapalqué no vamos": a clause that closes with a
 * negation (no number in it) — the towns it names are where the business does not go.
 */
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
  }
  return spans;
}
