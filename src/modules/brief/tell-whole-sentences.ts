import type { BriefItem, UnusedReason } from './site-brief-schema';
import { fold } from './text';

/**
 * "Dia trabalho numa fábrica. Liguem depois das 18h. Mandem SMS." — the About was glued from the
 * pieces left when a sentence was cut around its facts and things ("de dia trabalho numa fábrica,
 * liguem depois das 18h ou mandem SMS"). A told part (detail) whose sentence carries nothing else
 * the page shows — no thing on a card, no price, phone or email, nothing said about the site or to
 * us — is told as that whole sentence, as the person said it; two parts of one sentence become that
 * one sentence. A sentence that also holds a card or a fact keeps its told part alone, so nothing
 * is said twice.
 *
 * Runs on the text with the asides set aside (blanked), so a sentence never brings one back.
 */
export type WholeSentenceInput = {
  items: readonly BriefItem[];
  /** The prompt as the reader read it, asides blanked. */
  text: string;
  /** Facts shown elsewhere on the page (phones, emails, prices, ways to pay): a sentence with one stays cut. */
  shownFacts: readonly string[];
  /** Opening hours were read: a sentence with a time of day is theirs to show. */
  hasHours?: boolean;
  /** Words left off the page, and why. */
  unused: readonly { words: string; why: UnusedReason }[];
};

const MAX_ITEM = 160;
const SENTENCE_END = /[.!?\n]/u;
// "₡25.000", "3.5 km": a point between digits ends no sentence.
const endsSentence = (text: string, at: number) =>
  SENTENCE_END.test(text.charAt(at)) && !(text.charAt(at) === '.' && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)));

// "10h", "19:00", "9am", "18h30": a time of day.
const CLOCK = /(?<![\p{L}\p{N}])\d{1,2}(?:[:h]\d{2}|h|\s?(?:am|pm))(?![\p{L}\p{N}])/iu;

export function tellWholeSentences({ items, text, shownFacts, hasHours = false, unused }: WholeSentenceInput): BriefItem[] {
  const folded = fold(text);
  const others = [
    ...items.filter((item) => item.role !== 'detail').map((item) => item.text),
    ...shownFacts,
    ...unused.filter((said) => said.why !== 'filler').map((said) => said.words),
  ]
    .map((said) => fold(said).trim())
    .filter((said) => said.length >= 2);
  const told = new Set<string>();
  const out: BriefItem[] = [];
  for (const item of items) {
    const at = item.role === 'detail' ? folded.indexOf(fold(item.text)) : -1;
    if (at < 0) {
      out.push(item);
      continue;
    }
    let start = at;
    while (start > 0 && !endsSentence(text, start - 1)) start--;
    let end = at + item.text.length;
    while (end < text.length && !endsSentence(text, end)) end++;
    const sentence = text
      .slice(start, end)
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:)-]+|[\s,;:(-]+$/gu, '')
      .trim();
    const foldedSentence = fold(sentence);
    const isPure =
      sentence.length <= MAX_ITEM && !others.some((other) => foldedSentence.includes(other)) && !(hasHours && CLOCK.test(sentence));
    if (!isPure) {
      out.push(item);
      continue;
    }
    if (told.has(foldedSentence)) continue;
    told.add(foldedSentence);
    out.push({ ...item, text: sentence });
  }
  return out;
}
