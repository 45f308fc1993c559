import { joinIntoPrevious } from './join-told-clauses';
import { readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';
import { isIrregularFirstPerson, mayBeVerb, wordLanguageOf } from './word-classes';

// "lo remojo", "o corto": the verb's object pronoun, between two steps.
const CLITICS = new Set(readingCues.notForTheSiteSaid.objectClitics);

// A first person singular in the present: "corto", "lixo", "boto" (pt), "coso", "pinto" (es).
const isFirstPersonVerb = (folded: string, language: ReturnType<typeof wordLanguageOf>) =>
  isIrregularFirstPerson(folded, language) || (folded.endsWith('o') && mayBeVerb(folded, language));

/**
 * "Depois de seco eu corto, limpo por dentro, lixo e boto o bocal": the steps a person tells of
 * their own work go on after the part the reader told — "lixo" is "I sand", not rubbish, and "boto
 * o bocal" no offering. An offering right after a told part, in the same sentence with only a
 * comma or a joining word between, is more of that part when the part says "eu"/"yo" and the
 * offering opens with a verb in the first person (and is no "arreglo de ropa"). Portuguese and
 * Spanish, whose verbs say their person; an English list of verbs ("I cut, clean and sand") is
 * read as it was.
 */
export function continueNarration(items: readonly BriefItem[], text: string, lang: string | undefined): BriefItem[] {
  const language = wordLanguageOf(lang);
  if (language === 'en') return [...items];
  return joinIntoPrevious(items, text, {
    locates: () => true,
    joins: (last, item, { gap, lastStart, lastEnd }) =>
      item.role === 'offering' &&
      last.role === 'detail' &&
      isJoiningGap(gap) &&
      // (The reader may have left the pronoun out of the part: "Yo corto el mimbre" is "corto el mimbre".)
      speaksInFirstPerson(text.slice(Math.max(0, text.slice(0, lastStart).search(/[^.!?\n]*$/u)), lastEnd)) &&
      isFirstPersonVerb(fold(item.text).match(/\p{L}+/u)?.[0] ?? '', language) &&
      // ("arreglo de ropa", "banho e tosa": a noun of a service, never a step.)
      !/^\p{L}+\s+(?:de|do|da|dos|das|del|e|y)(?![\p{L}])/u.test(fold(item.text)),
  });
}

/**
 * Whether the told part says "eu"/"yo" — the steps are the speaker's own. A verb that says its
 * person is not enough: "trabajo hace 20 años en mi casa, arreglo de ropa" lists services.
 */
function speaksInFirstPerson(said: string): boolean {
  return (fold(said).match(/\p{L}+/gu) ?? []).some((word) => readingCues.firstPersonSingular.has(word));
}

/** A comma, at most one joining word ("e", "y") and the verb's object pronoun ("lo remojo"): still the same list of steps. */
function isJoiningGap(gap: string): boolean {
  if (/[.!?\n():;]/u.test(gap) || gap.length > 12) return false;
  const words = fold(gap).match(/\p{L}+/gu) ?? [];
  const joiners = words.filter((word) => readingCues.toldJoiners.has(word));
  const clitics = words.filter((word) => CLITICS.has(word));
  return joiners.length <= 1 && clitics.length <= 1 && joiners.length + clitics.length === words.length;
}
