import { readingCues } from './reading-cues';
import { alternationOf, fold } from './text';

/**
 * The questions the person wrote for their FAQ with the answers they gave, in the way people
 * write them after a FAQ cue: "perguntas frequentes: abelha sem ferrão pica? não, no máximo gruda
 * no cabelo. precisa de licença? não precisa.", "FAQ: Do you buy things outright? Sometimes."
 * Each question runs to its "?", its answer to the end of the sentence after it; the FAQ ends at
 * the first sentence that is not a question. The cues are the reading cues' FAQ words (language,
 * never a trade).
 */
export type FaqPair = { question: string; answer: string };
export type FaqReading = {
  pairs: FaqPair[];
  /** The questions and answers as written (after the cue's colon): no offering is read from them. */
  blockText: string;
};

// A character inside one sentence: anything but its end — a full stop between digits ("3.500 kg",
// "5.º ano") is part of a number, not the end of the answer.
const IN_SENTENCE = '[^.!?\\n]|(?<=\\d)\\.(?=\\d|\\s?[ºª°])';

const FAQ_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(readingCues.faqCues)})(?![\\p{L}\\p{N}])[^.!?\\n:]{0,30}:`, 'gu');
const MAX_PAIRS = 12;

export function extractFaq(prompt: string): FaqReading | null {
  const folded = fold(prompt);
  for (const cue of folded.matchAll(FAQ_CUE)) {
    const start = cue.index + cue[0].length;
    const pairs: FaqPair[] = [];
    let at = start;
    let end = start;
    while (pairs.length < MAX_PAIRS) {
      // The question: to its "?", within one line and without a full stop before it.
      const question = new RegExp(`^\\s*((?:${IN_SENTENCE}){3,200}\\?)`, 'u').exec(prompt.slice(at));
      if (!question) break;
      const afterQuestion = at + question[0].length;
      // The answer: the rest of that sentence (one line); nothing when the next question starts at once.
      const answer = new RegExp(
        `^[ \\t]*((?:${IN_SENTENCE})*?[^.!?\\n\\s](?:${IN_SENTENCE})*?)(?:(?<!\\d)[.!]+|[.!]+(?![\\dºª°])|(?=\\n)|$)`,
        'u',
      ).exec(prompt.slice(afterQuestion));
      const answerText = answer?.[1]?.trim() ?? '';
      if (answerText.endsWith('?') || /\?/.test(answerText)) break;
      pairs.push({ question: question[1]!.trim().slice(0, 150), answer: answerText.slice(0, 300) });
      at = afterQuestion + (answer?.[0].length ?? 0);
      end = at;
    }
    if (pairs.length > 0) return { pairs, blockText: prompt.slice(start, end).trim() };
  }
  return null;
}
