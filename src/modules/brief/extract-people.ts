import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import content from './content/extract-people.json';
import { wordListSchema } from './content-schemas';
import { isCountryName } from './brief-details';
import { findGazetteerEntry, findWorldCities } from './places';
import { isRoleNoun, readingCues } from './reading-cues';
import { escapeRegExp } from './text';

// People the prompt names: after a title ("Dra. Juliana Prado", "Dr. Priya Shah"), after "with"/
// "com"/"con"/"sou"/"I'm", or a capitalised pair whose first word is a common first name.
const TITLE = /\b(?:Dr|Dra|Dr\.ª|Prof|Profa|Mr|Mrs|Ms|Sr|Sra)\.?\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:d[aeo]s?\s+)?\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Whom to talk to, by title and one name: "contact Mrs. Patterson", "fale com a Dona Cleusa", "con
// Doña Rosa". Capitalised titles only: a lowercase "seu" is "your" ("seu Instagram").
// The name is a lookahead: in "Contact Mrs. Patterson" the scan must not swallow "Mrs" as the name after "Contact".
const TITLE_AND_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}*)\.?\s+(?=(\p{Lu}\p{Ll}[\p{L}'’-]+)(?![\p{L}]))/gu;
const INTRO =
  /\b(?:with|com|con|sou|soy|I['’]m|I am|by|por|[Mm]y name is|[Mm]eu nome é|[Mm]eu nome e|[Mm]i nombre es|[Mm]e llamo|[Cc]hamo-me|[Mm]e chamo|novelist|author|autora?|escritora?|psic[oó]log[oa](?: \p{Ll}+)?|fot[oó]graf[oa](?: de [\p{Ll} ]+)?|nutricionista|personal trainer),?\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
// Common first names (folded) in pt, en and es: content/extract-people.json.
const people = parseContent(
  'src/modules/brief/content/extract-people.json',
  z.strictObject({
    firstNames: wordListSchema,
    selfNaming: wordListSchema,
    soloIntros: wordListSchema,
    appositiveLeads: wordListSchema,
    contactLeads: wordListSchema,
  }),
  content,
);
const FIRST_NAMES = new Set(people.firstNames);

/** A common first name (folded) in pt, en or es. */
export const isFirstName = (folded: string) => FIRST_NAMES.has(folded);
// Whom to ask for, by first name only: "falar com o Neno", "ligar ao Rui", "ask for Maggie", "pregunta
// por Chuy". A capitalised word right after the lead (and an article or a familiar title) is a
// person, not an offering and not the business.
// The lead may open a sentence ("Falar com…"), the name must be capitalised: no case-insensitive flag.
const anyCase = (phrase: string) => escapeRegExp(phrase).replace(/^\p{L}/u, (first) => `[${first.toLowerCase()}${first.toUpperCase()}]`);
// A title before the name ("Dona Cleusa", "Mr. Reid"): the reading cues' titles, with or without the full stop.
const TITLES = [...readingCues.personTitles, ...readingCues.familiarTitles]
  .sort((a, b) => b.length - a.length)
  .map((title) => `${anyCase(title)}\\.?`)
  .join('|');
const CONTACT_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${[...people.contactLeads]
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join(
      '|',
    )})\\s+(?:(?:${['o', 'a', 'the', 'el', 'la'].map(anyCase).join('|')})\\s+)?((?:${TITLES})\\s+)?(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?)(?![\\p{L}])`,
  'gu',
);
const NOT_NAMES = /^(S[aã]o|Santa|Santo|Rio|Porto|Belo|New|Los|San|Las|Buenos|Ciudad|Cidade|Av|Rua|Avenida|Street)$/;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "ligar para Lisboa", "fale com a Associação": a place or an organisation after the lead is nobody to ask for. */
function isPlaceOrOrganisation(name: string): boolean {
  const first = fold(name.split(/\s+/)[0]!);
  return (
    findGazetteerEntry(name) !== undefined ||
    findWorldCities(name).length > 0 ||
    isCountryName(name) ||
    readingCues.genericHeads.has(first) ||
    isRoleNoun(first) ||
    readingCues.nameStopWords.has(first)
  );
}

/**
 * Whom the prompt says to ask for ("falar com o Neno", "Ligar ao Rui", "ask for Walt", "fale com a
 * Dona Cleusa"), title kept: the site says it beside the contact details, as the person did.
 */
export function extractContactPerson(prompt: string): string | undefined {
  for (const match of prompt.matchAll(CONTACT_LEAD)) {
    if (!isPlaceOrOrganisation(match[2]!)) return `${match[1] ?? ''}${personName(match[2]!)}`.trim();
  }
  return undefined;
}

/** "com a Dani WhatsApp 19 9…": a channel after the first name is how to reach them, not their surname. */
function personName(words: string): string {
  const [first, second] = words.split(/\s+/);
  return second && readingCues.channelWords.includes(fold(second)) ? first! : words;
}

// "Chamo-me Inês Vaz Pereira e sou arquiteta", "My name is Tom Baker and I'm a piano tuner",
// "I'm Tom Baker, a piano tuner": a person who gives their full name and says what they are, alone,
// is the business — whatever the profession. A first name alone ("sou a Carla") or no "sou …" ("meu nome é Maria Souza" beside
// "minha confeitaria") is who writes, not the name on the site.
const SELF_NAMING = new RegExp(
  `(?<![\\p{L}])(?:${people.selfNaming.map((lead) => anyCase(lead).replace(/'/g, "['’]")).join('|')}),?\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,3})(?![\\p{L}])`,
  'u',
);
// The name's apposition says what they are: "I'm Tom Baker, a piano tuner", "sou a Ana Lima, uma fotógrafa".
const APPOSITION = new RegExp(`^,\\s*(?:${people.appositiveLeads.map(escapeRegExp).join('|')})\\s`, 'iu');
const SOLO_INTRO = new RegExp(`(?<![\\p{L}])(?:${people.soloIntros.map(escapeRegExp).join('|')})(?![\\p{L}'’])`, 'u');

/**
 * "Sou o Gilmar", "I'm Darlene", "me llamo Félix": the person writing introduces themselves by this
 * name — who writes, never the name of a business of a trade (a solo profession's is theirs).
 */
export function isSelfIntroduced(name: string, prompt: string): boolean {
  const lead = people.selfNaming.map((said) => anyCase(said).replace(/'/g, "['’]")).join('|');
  return new RegExp(`(?<![\\p{L}])(?:${lead}),?\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(prompt);
}

/** The full name of a professional who introduces themselves by it, else undefined. */
/** The full name the person writing introduced themselves by ("Meu nome é Geraldo Resende", "I'm Dennis Hobbs"). */
export function selfIntroducedName(prompt: string): string | undefined {
  return SELF_NAMING.exec(prompt)?.[1];
}

export function selfNamedProfessional(prompt: string): string | undefined {
  const match = SELF_NAMING.exec(prompt);
  const named = match?.[1];
  if (!match || !named) return undefined;
  if (APPOSITION.test(prompt.slice(match.index + match[0].length))) return named;
  return SOLO_INTRO.test(fold(prompt).replace(/[’]/g, "'")) ? named : undefined;
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
  for (const match of prompt.matchAll(CONTACT_LEAD)) {
    // "Don Chuy" was read with its title already.
    const name = personName(match[2]!);
    if (!isPlaceOrOrganisation(name) && !people.some((person) => person.split(/\s+/).includes(name))) add(name);
  }
  for (const match of prompt.matchAll(/\b(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu)) {
    if (FIRST_NAMES.has(fold(match[1]))) add(`${match[1]} ${match[2]}`);
  }
  return people.slice(0, 12);
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { people as peopleWords };
