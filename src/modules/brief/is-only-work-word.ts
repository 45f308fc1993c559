import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/what-guard.json';
import { fold } from './text';

// The same words what-guard.ts reads (content/what-guard.json): the person's word for their work,
// and the little words that may come with it.
const words = z.array(z.string().min(1).max(40)).min(1);
const content = parseContent(
  'src/modules/brief/content/what-guard.json',
  z.object({ workNouns: words, possessives: words }).passthrough(),
  raw,
);
const WORK = new Set(content.workNouns);
const LEADS = new Set(content.possessives);

/** "business", "o meu trabalho", "la empresa": the person's word for their work, alone — it names no thing sold. */
export function isOnlyWorkWord(phrase: string): boolean {
  const said = fold(phrase)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  return said.length > 0 && said.some((word) => WORK.has(word)) && said.every((word) => WORK.has(word) || LEADS.has(word));
}
