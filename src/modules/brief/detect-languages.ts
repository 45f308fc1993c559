import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { isNegationWord } from './reading-cues';
import { fold } from './text';
import content from './content/detect-languages.json';
import { keywordsSchema } from './content-schemas';

/**
 * The prompt's language and the site's languages. Written here rather than taken from a
 * language-identification library because prompts are often three words long ("barbearia em
 * Braga"), where statistical detectors guess, and because what matters most — Brazilian or
 * European Portuguese, "bilingual" — is not something they answer.
 */
export type PromptLanguage = 'en' | 'es' | 'pt';

// The word lists are content: content/detect-languages.json.
const words = parseContent(
  'src/modules/brief/content/detect-languages.json',
  z.strictObject({
    /** fr: a language we do not write, told apart so its words never vote for the one nearest it. */
    functionWords: z.strictObject({
      pt: keywordsSchema.min(1),
      es: keywordsSchema.min(1),
      en: keywordsSchema.min(1),
      fr: keywordsSchema.min(1),
    }),
    kindWords: z.strictObject({ pt: keywordsSchema.min(1), es: keywordsSchema.min(1) }),
    europeanPortugueseWords: keywordsSchema.min(1),
    // hedges: "e um pouco de alemão", "and a little German" — still the list of languages spoken.
    spokenLanguageLeads: z.strictObject({ before: keywordsSchema.min(1), after: keywordsSchema.min(1), hedges: keywordsSchema.min(1) }),
    languageNames: z.array(z.strictObject({ lang: z.enum(['pt', 'en', 'es', 'fr', 'de', 'it']), names: keywordsSchema.min(1) })),
    declineVerbs: keywordsSchema.min(1),
  }),
  content,
);

// Function words and endings distinctive enough to vote (folded: no accents, lowercase). A word
// joined by a hyphen is not one ("e-mail" is not the Portuguese "e").
const wordsOf = (list: readonly string[]) => `(?<![\\w-])(${list.join('|')})(?![\\w-])`;
const VOTES: Record<PromptLanguage, RegExp> = {
  pt: new RegExp(`${wordsOf(words.functionWords.pt)}|\\w(cao|coes|oes|nh\\w|lh\\w)\\b`, 'g'),
  es: new RegExp(`${wordsOf(words.functionWords.es)}|\\w(cion|ciones|dad|dades)\\b`, 'g'),
  en: new RegExp(wordsOf(words.functionWords.en), 'g'),
};
const FRENCH = new RegExp(wordsOf(words.functionWords.fr), 'g');
// Characters only one of the three uses.
const MARKS: Record<PromptLanguage, RegExp> = { pt: /[ãõç]|ê|ô/gi, es: /[ñ¿¡]|ción\b/gi, en: /\b(?:ing|ed)\b|'s\b/g };

/**
 * Which of pt / es / en the prompt is written in. When its words do not tell (none vote, or two
 * languages tie), the business words decide, then the country of the place it names ("reformo
 * sofa, troco espuma. contagem mg" is Brazilian), then English.
 */
export function detectPromptLanguage(prompt: string, options: { country?: string } = {}): PromptLanguage {
  const { scores, folded, french } = vote(prompt);
  // "j'ai besoin d'un site web pour ma business": French, which we do not write — its "de", "la",
  // "pis" and "les" made it Portuguese. The site is written in English, the language the world's
  // visitors read most, and the brief says why.
  if (french > scores[0].score) return 'en';
  const undecided = () => kindWordLanguage(folded) ?? countryLanguage(options.country);
  if (scores[0].score === 0) return undecided() ?? 'en';
  // A tie between pt and es (the short prompts that share "para", "de", "que") goes to the words.
  if (scores[0].score === scores[1].score) return undecided() ?? scores[0].lang;
  return scores[0].lang;
}

/** "fr" when the prompt is written in French, a language we do not write (its site is in English). */
export function unwrittenLanguage(prompt: string): 'fr' | undefined {
  const { scores, french } = vote(prompt);
  return french > scores[0].score ? 'fr' : undefined;
}

/** The language the prompt's own words vote for, or undefined when none vote or two tie. */
export function votedLanguage(prompt: string): PromptLanguage | undefined {
  const { scores } = vote(prompt);
  return scores[0].score > 0 && scores[0].score > scores[1].score ? scores[0].lang : undefined;
}

function vote(prompt: string) {
  // "se habla español", "we speak Portuguese": a language the business speaks, not the one the
  // prompt is written in — its words do not vote.
  const text = withoutSpokenLanguages(prompt);
  const folded = fold(text);
  const score = (lang: PromptLanguage) => (folded.match(VOTES[lang]) ?? []).length + 2 * (text.match(MARKS[lang]) ?? []).length;
  const scores = (['pt', 'es', 'en'] as const).map((lang) => ({ lang, score: score(lang) }));
  scores.sort((a, b) => b.score - a.score);
  return { scores, folded, french: (folded.match(FRENCH) ?? []).length };
}

/** The language most people write in the country (CLDR's likely subtags), if it is one of ours. */
export function countryLanguage(country: string | undefined): PromptLanguage | undefined {
  if (!country) return undefined;
  try {
    const language = new Intl.Locale('und', { region: country }).maximize().language;
    return language === 'pt' || language === 'es' || language === 'en' ? language : undefined;
  } catch {
    return undefined;
  }
}

// Business words that give a one-word prompt away ("cafeteria" is both; "padaria" is not).
const PT_WORDS = new RegExp(`\\b(${words.kindWords.pt.join('|')})\\b`);
const ES_WORDS = new RegExp(`\\b(${words.kindWords.es.join('|')})\\b`);

function kindWordLanguage(folded: string): PromptLanguage | undefined {
  if (PT_WORDS.test(folded)) return 'pt';
  if (ES_WORDS.test(folded)) return 'es';
  return undefined;
}

// Words that only European Portuguese uses; Brazil writes "celular", "café da manhã", "equipe"…
const EUROPEAN_PT = new RegExp(`\\b(${words.europeanPortugueseWords.join('|')})\\b|\\d\\s?€|€\\s?\\d`);

/** Whether the prompt uses words only European Portuguese uses ("telemóvel", "recolha", "passamos a ferro"). */
export function writesLikePortugal(prompt: string): boolean {
  return EUROPEAN_PT.test(fold(prompt));
}

/** pt-PT when the place is in Portugal or the prompt writes like Portugal; pt-BR otherwise. */
export function portugueseVariant(prompt: string, country: string | undefined): 'pt-PT' | 'pt-BR' {
  if (country === 'PT') return 'pt-PT';
  if (country === 'BR') return 'pt-BR';
  return EUROPEAN_PT.test(fold(prompt)) ? 'pt-PT' : 'pt-BR';
}

const LANGUAGE_NAMES: Array<{ lang: PromptLanguage | 'fr' | 'de' | 'it'; pattern: string }> = words.languageNames.map(
  ({ lang, names }) => ({
    lang,
    pattern: names.join('|'),
  }),
);
const NAME = LANGUAGE_NAMES.map((entry) => entry.pattern).join('|');
const SPOKEN_LANGUAGE = new RegExp(
  // "falamos português, inglês e francês, e um pouco de alemão": the whole list after the lead is spoken.
  `(?<![\\p{L}])(?:(?:${words.spokenLanguageLeads.before.join('|')})\\s+(?:${NAME})(?:\\s*(?:,|\\be\\b|\\band\\b|\\by\\b|&|/)\\s*(?:(?:e|and|y)\\s+)?(?:(?:${words.spokenLanguageLeads.hedges.join('|')})\\s+)?(?:${NAME}))*|(?:${NAME})\\s+(?:${words.spokenLanguageLeads.after.join('|')}))(?![\\p{L}])`,
  'gu',
);

/** A phrase that opens with "se habla", "we speak", "falamos"… (folded): the staff's languages, not something sold. */
export const SPOKEN_LANGUAGE_LEAD = new RegExp(`^(?:${words.spokenLanguageLeads.before.join('|')})\\b`);

/** The prompt with its "se habla español" phrases blanked (found on the folded text, which keeps positions). */
function withoutSpokenLanguages(prompt: string): string {
  let text = prompt;
  for (const match of fold(prompt).matchAll(SPOKEN_LANGUAGE)) {
    text = text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
  }
  return text;
}
// "português e inglês", "em português e em inglês": the preposition may be said again.
const LIST = new RegExp(
  `\\b(${NAME})\\b((?:\\s*(?:,|\\be\\b|\\band\\b|\\by\\b|\\bet\\b|&|/)\\s*(?:(?:em|in|en)\\s+)?\\b(?:${NAME})\\b)+)`,
  'g',
);
// One language named as the site's ("site em inglês", "website in Spanish", "sitio en inglés").
const SINGLE = new RegExp(
  `\\b(?:site|website|pagina|sitio|web|landing page|textos?)\\s+(?:todo\\s+|all\\s+|only\\s+|so\\s+|solo\\s+)?(?:em|in|en)\\s+(${NAME})\\b`,
  'g',
);

function languageOf(name: string): PromptLanguage | 'fr' | 'de' | 'it' | undefined {
  return LANGUAGE_NAMES.find((entry) => new RegExp(`^(?:${entry.pattern})$`).test(name))?.lang;
}

/**
 * Languages the prompt asks the site to be in: a list of two or more language names ("bilíngue
 * português e inglês", "in English and Spanish") or one named as the site's ("site em inglês").
 * A single language name alone ("escola de inglês") is a subject, not a site language.
 */
const DECLINE_VERBS = new Set(words.declineVerbs);

export function requestedLanguages(prompt: string): Array<PromptLanguage | 'fr' | 'de' | 'it'> {
  // "site em português e inglês (falamos português, inglês e francês)": the staff's languages are
  // not the site's.
  const folded = fold(withoutSpokenLanguages(prompt));
  const found: Array<PromptLanguage | 'fr' | 'de' | 'it'> = [];
  const add = (name: string) => {
    const lang = languageOf(name);
    if (lang && !found.includes(lang)) found.push(lang);
  };
  // "não precisa site em espanhol", "no quiero la página en inglés": a language refused is none asked —
  // in its own clause ("não falo espanhol, mas quero o site em inglês" asks for English), by a negation
  // of wanting or needing it ("não só em português e inglês" refuses nothing). The prompt's language
  // (for Spanish "no") is read only when a clause has a negation to weigh: this runs per clause.
  let lang: PromptLanguage | undefined;
  const isRefused = (index: number) => {
    const clauseStart = Math.max(0, folded.slice(0, index).search(/[^.!?;,\n]*$/u), index - 40);
    const before = (folded.slice(clauseStart, index).match(/[\p{L}']+/gu) ?? []).slice(-4);
    return before.some((word, at) => {
      if (!DECLINE_VERBS.has(before[at + 1] ?? '')) return false;
      lang ??= detectPromptLanguage(prompt);
      return isNegationWord(word, lang, false);
    });
  };
  for (const match of folded.matchAll(LIST)) {
    if (isRefused(match.index)) continue;
    add(match[1]);
    for (const name of match[2].match(new RegExp(`\\b(?:${NAME})\\b`, 'g')) ?? []) add(name);
  }
  if (found.length === 0) for (const match of folded.matchAll(SINGLE)) if (!isRefused(match.index)) add(match[1]);
  return found;
}

/** "bilingual"/"bilíngue" without naming the second language. */
export function asksForBilingual(prompt: string): boolean {
  return /\bbiling(u|ü)\w*|\bbil[ií]ngu\w*/i.test(prompt);
}
