import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/extract-people.json';
import { wordListSchema } from './content-schemas';
import { readingCues } from './reading-cues';

// People the prompt names: after a title ("Dra. Juliana Prado", "Dr. Priya Shah"), after "with"/
// "com"/"con"/"sou"/"I'm", or a capitalised pair whose first word is a common first name.
const TITLE = /\b(?:Dr|Dra|Dr\.ª|Prof|Profa|Mr|Mrs|Ms|Sr|Sra)\.?\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Whom to talk to, by title and one name: "contact Mrs. Patterson", "fale com a Dona Cleusa", "con
// Doña Rosa". Capitalised titles only: a lowercase "seu" is "your" ("seu Instagram").
// The name is a lookahead: in "Contact Mrs. Patterson" the scan must not swallow "Mrs" as the name after "Contact".
const TITLE_AND_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}*)\.?\s+(?=(\p{Lu}\p{Ll}[\p{L}'’-]+)(?![\p{L}]))/gu;
const INTRO =
  /\b(?:with|com|con|sou|soy|I'm|I am|by|por|[Mm]y name is|[Mm]eu nome é|[Mm]eu nome e|[Mm]i nombre es|[Mm]e llamo|novelist|author|autora?|escritora?|psic[oó]log[oa](?: \p{Ll}+)?|fot[oó]graf[oa](?: de [\p{Ll} ]+)?|nutricionista|personal trainer),?\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Common first names (folded) in pt, en and es: content/extract-people.json.
const FIRST_NAMES = new Set(
  parseContent('src/modules/brief/content/extract-people.json', z.strictObject({ firstNames: wordListSchema }), content).firstNames,
);
const NOT_NAMES = /^(S[aã]o|Santa|Santo|Rio|Porto|Belo|New|Los|San|Las|Buenos|Ciudad|Cidade|Av|Rua|Avenida|Street)$/;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function extractPeople(prompt: string): string[] {
  const people: string[] = [];
  const add = (name: string) => {
    const clean = name.trim();
    if (!NOT_NAMES.test(clean.split(/\s+/)[0]) && !people.includes(clean)) people.push(clean);
  };
  for (const match of prompt.matchAll(TITLE)) add(match[1]);
  for (const match of prompt.matchAll(TITLE_AND_NAME)) {
    const isTitle = readingCues.personTitles.has(fold(match[1]!)) || readingCues.familiarTitles.has(fold(match[1]!));
    if (isTitle && !people.some((person) => person.startsWith(match[2]!)))
      add(prompt.slice(match.index, match.index + match[0].length + match[2]!.length));
  }
  for (const match of prompt.matchAll(INTRO)) add(match[1]);
  for (const match of prompt.matchAll(/\b(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu)) {
    if (FIRST_NAMES.has(fold(match[1]))) add(`${match[1]} ${match[2]}`);
  }
  return people.slice(0, 12);
}
