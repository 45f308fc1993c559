import { isFirstPersonPluralVerb, readingCues } from './reading-cues';
import { fold } from './text';
import { isClauseWord, wordLanguageOf } from './word-classes';

/**
 * Whether the writer speaks for themself alone across the whole prompt: they say "I", "my" or a
 * work verb in the first person singular at least twice ("arreglo… mi viejo", "my van… I groom")
 * and never "we", "our", a team
 * or a verb in the first person plural ("fazemos", "repartimos"). A one-person business is then
 * written as one person ("Sobre mim", "What I do"), never as "we" — set 26's reviewer found solo
 * owners written as a team on most sites, because only an opening "sou…"/"I am…" said so.
 * Grammar, never a trade: the words are reading-cues' singularOwnWords and pluralOwnWords.
 */
// The work verbs in the first person singular ("arreglo", "faço", "atiendo", "dou"): Portuguese and
// Spanish drop the "I", so the verb alone says who works.
const SINGULAR_WORK_VERBS = new Set(
  [...readingCues.offeringVerbs, ...readingCues.workVerbs].filter(
    (verb) => /^\p{L}+$/u.test(verb) && /o$/.test(verb) && !/mos$/.test(verb),
  ),
);

export function speaksAlone(text: string, lang: string | undefined): boolean {
  const language = wordLanguageOf(lang);
  const words = text.split(/[^\p{L}'’]+/u).filter(Boolean);
  const folded = words.map((word) => fold(word).replace(/’/g, "'"));
  const joined = ` ${folded.join(' ')} `;
  let singular = 0;
  for (const [at, word] of folded.entries()) {
    if (readingCues.singularOwnWords.has(word)) singular++;
    // …but "o conserto de geladeiras", "el arreglo": a noun, not the writer's verb.
    else if (
      language !== 'en' &&
      SINGULAR_WORK_VERBS.has(word) &&
      !readingCues.ofWords.has(folded[at + 1] ?? '') &&
      !readingCues.articles.has(folded[at - 1] ?? '')
    )
      singular++;
  }
  const saysPlural =
    readingCues.pluralOwnWords.some((cue) => joined.includes(` ${cue} `)) ||
    (language !== 'en' && words.some((word, at) => isFirstPersonPluralVerb(folded[at]!) && isClauseWord(word, folded[at]!, language)));
  return singular >= 2 && !saysPlural;
}
