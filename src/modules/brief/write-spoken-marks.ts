import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/spoken-marks.json';
import { alternationOf, fold } from './text';
import { isDeterminer } from './word-classes';

/**
 * A dictated prompt's punctuation, said as words ("se sair palavra errada me desculpa vírgula daí
 * eu arrumo", "Nada de Fidel ponto"), written as the marks it stands for before anything is read —
 * the phone's speech-to-text is one more way people type, like the shortenings expand-abbreviations
 * writes out — so the words never reach a page and the sentence ends where the person ended it.
 * Only where the word cannot be one of the sentence's own (content/spoken-marks.json): after a word,
 * never after a little word ("a vírgula", "em ponto", "al punto") or a mark, and a stop
 * or a question mark only at the end of a line; and only in a prompt that says such words again and
 * again, as a dictated one does (one "vírgula" is a proofreader's word).
 */
const words = z.array(z.string().min(1).max(40)).min(1);
const content = parseContent(
  'src/modules/brief/content/spoken-marks.json',
  z.strictObject({
    $comment: z.string(),
    comma: words,
    stop: words,
    question: words,
    notAfter: words,
    minimumSaid: z.number().int().min(1),
  }),
  raw,
);

const NOT_AFTER = new Set(content.notAfter.map(fold));
const isNotAfter = (word: string) =>
  NOT_AFTER.has(fold(word)) || (['pt', 'es', 'en'] as const).some((language) => isDeterminer(fold(word), language));
const BEFORE = '([\\p{L}\\p{N}]+)[^\\S\\n]+';
const COMMA = new RegExp(`${BEFORE}(?:${alternationOf(content.comma)})(?=[^\\S\\n]+[\\p{L}\\p{N}]|[^\\S\\n]*(?:\\n|$))`, 'gu');
const AT_LINE_END = (said: readonly string[]) => new RegExp(`${BEFORE}(?:${alternationOf(said)})[^\\S\\n]*(?=\\n|$)`, 'gu');
// "R$ 12 vírgula 50" is an amount with its cents, "R$ 12,50" ("2 vírgula 4 vírgula 6" is a list).
const DECIMAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!(?:${alternationOf(content.comma)})[^\\S\\n]+)(\\p{N}+)[^\\S\\n]+(?:${alternationOf(content.comma)})[^\\S\\n]+(?=\\p{N}+(?![^\\S\\n]+(?:${alternationOf(content.comma)})))`,
  'gu',
);
const QUESTION = AT_LINE_END(content.question);
const STOP = AT_LINE_END(content.stop);

const SAID = new RegExp(`(?<![\\p{L}])(?:${alternationOf([...content.comma, ...content.stop, ...content.question])})(?![\\p{L}])`, 'gu');

export function writeSpokenMarks(text: string): string {
  // (A prompt that names a mark once or twice is not dictated: "sem vírgula fora do lugar".)
  if ((text.match(SAID) ?? []).length < content.minimumSaid) return text;
  const mark = (sign: string) => (said: string, word: string) => (isNotAfter(word) ? said : `${word}${sign}`);
  return text
    .replace(DECIMAL, '$1,')
    .replace(QUESTION, mark('?'))
    .replace(STOP, mark('.'))
    .replace(COMMA, (said: string, word: string, at: number, whole: string) => {
      if (isNotAfter(word)) return said;
      const after = whole.slice(at + said.length);
      return /^[^\S\n]*(?:\n|$)/u.test(after) ? word : `${word},`;
    });
}
