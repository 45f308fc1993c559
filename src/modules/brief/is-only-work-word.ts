import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/what-guard.json';
import { fold } from './text';

// The same words what-guard.ts reads (content/what-guard.json): the person's word for their work,
// and the little words that may come with it.
const words = z.array(z.string().min(1).max(40)).min(1);
const content = parseContent(
  'src/modules/brief/content/what-guard.json',
  z.object({ workNouns: words, possessives: words, clausePronouns: words }).passthrough(),
  raw,
);
const WORK = new Set(content.workNouns);
const LEADS = new Set(content.possessives);
const PRONOUNS = new Set(content.clausePronouns);
// "for him", "para ela": a pronoun a preposition leads may be who a thing is for.
const FOR = new Set(['for', 'para', 'pra', 'por', 'to', 'a', 'de', 'with', 'con', 'com']);

/** "business", "o meu trabalho", "la empresa": the person's word for their work, alone — it names no thing sold. */
export function isOnlyWorkWord(phrase: string): boolean {
  const said = fold(phrase)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  return said.length > 0 && said.some((word) => WORK.has(word)) && said.every((word) => WORK.has(word) || LEADS.has(word));
}

/**
 * "pinta comigo", "taught me", "Me": a few words holding a person as a pronoun — not led by "for"
 * or "para", which may say who a thing is for ("gifts for her") — are left of a clause about
 * people, never a thing sold.
 */
export function isPronounFragment(phrase: string): boolean {
  const said = fold(phrase)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  // "Faço-as em tijolo", "caio-as no fim": a verb with its pronoun joined on opens a clause, however long.
  if (/^\p{L}+-(?:a|as|o|os|lo|la|los|las|me|te|se|lhe|lhes|nos|vos)$/u.test(said[0] ?? '')) return true;
  return said.length <= 3 && said.some((word, at) => PRONOUNS.has(word) && !FOR.has(said[at - 1] ?? ''));
}
