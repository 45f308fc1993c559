import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/abbreviations.json';
import { escapeRegExp } from './text';

/**
 * "pra", "vc", "tb", "q": what a phone keyboard's writer types for common words, written out
 * before the prompt is read — the site says "para" and "você", and the reader sees the words
 * its cues know. Only lowercase whole words (content/abbreviations.json); a capitalised "Pra"
 * may belong to a name and stays.
 */
const table = z.record(z.string().min(1).max(8), z.string().min(1).max(30));
const content = parseContent(
  'src/modules/brief/content/abbreviations.json',
  z.strictObject({ $comment: z.string(), pt: table, es: table }),
  raw,
);

function patternFor(words: Record<string, string>): RegExp {
  const alternation = Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Not inside a word, an address, a handle or a number ("c/u", "R$ 3/kg" stay: no letter before "/").
  return new RegExp(`(?<![\\p{L}\\p{N}@./])(?:${alternation})(?![\\p{L}\\p{N}@]|\\.\\p{L}|/\\p{L})`, 'gu');
}

const patterns = { pt: patternFor(content.pt), es: patternFor(content.es) };

export function expandAbbreviations(text: string, language: 'pt' | 'es'): string {
  const words = content[language];
  return text.replace(patterns[language], (match) => words[match] ?? match);
}
