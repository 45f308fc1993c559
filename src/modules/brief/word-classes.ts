import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/word-classes.json';

/**
 * Which class a word of a prompt belongs to, as far as telling a thing from a clause needs:
 * a finite verb ("contratam", "ocupa", "valoramos", "has") says something happens — a told
 * sentence; a closed-class word (a preposition, adverb, pronoun, conjunction or interjection:
 * "acima", "siempre", "nem", "desculpa") names nothing. The table (content/word-classes.json)
 * is generated from the LibreOffice dictionaries by scripts/build-word-classes.ts: it stores the
 * infinitives, and a finite form is found by stripping a regular ending ("perguntem" → perguntar,
 * "pierde" → perder); nouns that would look like verbs that way ("casa", "marca") are listed.
 */
export type WordLanguage = 'pt' | 'es' | 'en';

const list = z.array(z.string().min(1));
const endings = z.object({ ar: list, er: list, ir: list });
const wordClassesSchema = z.object({
  $comment: z.string(),
  endings: z.object({ pt: endings, es: endings }),
  determiners: z.object({ pt: list, es: list, en: list }),
  pt: z.object({ verbs: list, irregular: list, nominal: list, closed: list, firstPerson: list }),
  es: z.object({ verbs: list, irregular: list, nominal: list, closed: list, firstPerson: list }),
  en: z.object({ closed: list, subject: list }),
});

type Determiners = Record<WordLanguage, Set<string>>;
type Romance = {
  verbs: Set<string>;
  irregular: Set<string>;
  nominal: Set<string>;
  closed: Set<string>;
  firstPerson: Set<string>;
  endings: [string, string[]][];
};
let tables: { pt: Romance; es: Romance; en: { closed: Set<string>; subject: Set<string> }; determiners: Determiners } | undefined;

function load() {
  if (tables) return tables;
  const content = parseContent('src/modules/brief/content/word-classes.json', wordClassesSchema, raw);
  const romance = (language: 'pt' | 'es'): Romance => ({
    verbs: new Set(content[language].verbs),
    irregular: new Set(content[language].irregular),
    nominal: new Set(content[language].nominal),
    closed: new Set(content[language].closed),
    firstPerson: new Set(content[language].firstPerson),
    endings: Object.entries(content.endings[language]),
  });
  tables = {
    pt: romance('pt'),
    es: romance('es'),
    en: { closed: new Set(content.en.closed), subject: new Set(content.en.subject) },
    determiners: { pt: new Set(content.determiners.pt), es: new Set(content.determiners.es), en: new Set(content.determiners.en) },
  };
  return tables;
}

export function wordLanguageOf(lang: string | undefined): WordLanguage {
  return lang?.startsWith('pt') ? 'pt' : lang?.startsWith('es') ? 'es' : 'en';
}

// Spelling and stem changes of a conjugation: "ligue" (ligar), "fique" (ficar), "pierde" (perder), "pide" (pedir).
export function stemVariants(stem: string): string[] {
  const out = [stem];
  if (stem.endsWith('gu')) out.push(stem.slice(0, -1));
  if (stem.endsWith('qu')) out.push(`${stem.slice(0, -2)}c`);
  if (stem.endsWith('j')) out.push(`${stem.slice(0, -1)}g`);
  const last = (from: string, to: string) => {
    const at = stem.lastIndexOf(from);
    if (at >= 0) out.push(stem.slice(0, at) + to + stem.slice(at + from.length));
  };
  last('ie', 'e');
  last('ue', 'o');
  last('i', 'e');
  return out;
}

/**
 * A word that makes a clause of the words around it. In Portuguese and Spanish, a person-marked
 * verb form: "contratam", "vira", "perguntem", "tapados los *valoramos*", "*es* un lavacar";
 * infinitives, gerunds and participles are not, they name services ("afinar travões", "lavado de
 * chasis"). English verbs are nouns as often as not ("hinges", "quote", "trim"), so there a
 * subject pronoun or an auxiliary marks the clause ("trailer just *has* my number", "*I* don't
 * spray"). `word` as typed, `folded` without accents in lower case.
 */
export function isClauseWord(word: string, folded: string, language: WordLanguage, isFirst = false): boolean {
  const t = load();
  if (language === 'en') return t.en.subject.has(word.toLowerCase().replace(/’/g, "'"));
  const table = t[language];
  if (table.irregular.has(word.toLowerCase())) return true;
  // "são 5 quartos" (they are) as typed in lower case; "São João", a saint, keeps its capital.
  if (language === 'pt' && word === 'são') return true;
  if (table.nominal.has(folded) || table.closed.has(folded) || !/^[a-z]+$/.test(folded)) return false;
  // Spanish names its work with nouns made from the verb's first person or subjunctive ("cambio de
  // aceite", "retoque", "ajuste", "encargo"), which its dictionary often lists only as the verb:
  // opening a phrase, such a word is the thing named.
  if (isFirst && language === 'es' && /[oe]$/.test(folded)) return false;
  return hasRegularEnding(folded, table.endings, table.verbs);
}

/**
 * Whether a word may be a form of a verb at all, even one that is also a noun ("ajuda", help or
 * helps): for a place where a noun cannot stand, such as right after "um site" (folded).
 */
export function mayBeVerb(folded: string, language: WordLanguage): boolean {
  if (language === 'en') return false;
  const table = load()[language];
  return table.irregular.has(folded) || hasRegularEnding(folded, table.endings, table.verbs);
}

/** "secar", "buscar": a verb's infinitive as the dictionary lists it (folded). */
export function isInfinitive(folded: string, language: WordLanguage): boolean {
  return language !== 'en' && load()[language].verbs.has(folded);
}

/**
 * "não *dou* aula de inglês", "no *hago* envíos": an irregular verb's first person singular, which
 * no regular ending finds (folded).
 */
export function isIrregularFirstPerson(folded: string, language: WordLanguage): boolean {
  return language !== 'en' && load()[language].firstPerson.has(folded);
}

/** An article or possessive ("a", "o nosso", "unos", "the"): passed over to find a phrase's head. */
export function isDeterminer(folded: string, language: WordLanguage): boolean {
  return load().determiners[language].has(folded);
}

/** Whether stripping a regular ending leaves a known infinitive (shared with the table's builder). */
export function hasRegularEnding(folded: string, endings: ReadonlyArray<[string, readonly string[]]>, verbs: ReadonlySet<string>): boolean {
  if (folded.length < 3) return false;
  for (const [conjugation, forms] of endings)
    for (const ending of forms) {
      if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
      const stem = folded.slice(0, folded.length - ending.length);
      if (stemVariants(stem).some((candidate) => verbs.has(candidate + conjugation))) return true;
    }
  return false;
}

/**
 * Whether a word is a form of one of `infinitives` (folded): in Portuguese and Spanish by a regular
 * ending ("llamen", "chamem", "mencionou" → llamar, chamar, mencionar); in English by its -s, -ed or
 * -ing ("described", "calling" → describe, call). A class of verbs is kept as its infinitives, so
 * every person and tense is found without listing each form; irregular forms ("diga", "said") are
 * the caller's to list.
 */
export function isFormOfVerb(folded: string, infinitives: ReadonlySet<string>, language: WordLanguage): boolean {
  if (infinitives.has(folded)) return true;
  if (language !== 'en') return hasRegularEnding(folded, load()[language].endings, infinitives);
  const stem = /^(.{2,}?)(?:ies|es|s|ed|d|ing)$/.exec(folded)?.[1];
  return stem !== undefined && [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')].some((base) => infinitives.has(base));
}

/** A word of grammar in any of the languages we read ("nada", "near", "siempre"): for text whose language may be mixed (folded). */
export function isClosedWordOfAny(folded: string): boolean {
  return (['pt', 'es', 'en'] as const).some((language) => isClosedWord(folded, language));
}

/** A preposition, adverb, pronoun, conjunction or interjection ("acima", "quem", "nem", "siempre", "whenever"). */
export function isClosedWord(folded: string, language: WordLanguage): boolean {
  return load()[language].closed.has(folded);
}

/** The tables as loaded, for the item screen's word families (item-features.ts). */
export function wordClassTables() {
  return load();
}
