import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/what-guard.json';
import { isNegationWord, readingCues } from './reading-cues';
import { isSelfIntroduced } from './extract-people';
import { isInThanks, isSignedName } from './screen-cards';
import { fold } from './text';
import { isClauseWord, isClosedWord, isDeterminer, wordLanguageOf } from './word-classes';

/**
 * What the reader took for what the business is, checked once more, by what the phrase is rather
 * than by any trade: "Escrevo em nome do meu avô" names the writer's family; "having a go" sits in
 * thanks to us; "vou tentar explicar" opens the writer's plan; "trabalho", "mi pega", "my business"
 * are the person's word for their work, naming no trade. Then what they say they are with a copula
 * is what it is ("ele é sapateiro", "soy gasfíter").
 */
const words = z.array(z.string().min(1).max(40)).min(1);
const content = parseContent(
  'src/modules/brief/content/what-guard.json',
  z.object({
    $comment: z.string().optional(),
    workNouns: words,
    auxiliaryLeads: words,
    possessives: words,
    clausePronouns: words,
    interjections: words,
  }),
  raw,
);
const WORK = new Set(content.workNouns);
const AUXILIARY = new Set(content.auxiliaryLeads);
const LEADS = new Set(content.possessives);
const PRONOUNS = new Set(content.clausePronouns);
const INTERJECTIONS = new Set(content.interjections);

export function isNotWhat(what: string, text: string, people: readonly string[] = [], lang?: string): boolean {
  const said = fold(what)
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  const namesFamily = said.some((word, at) => readingCues.kinshipWords.has(word) && readingCues.possessives.has(said[at - 1] ?? ''));
  const isWorkWord = said.length > 0 && said.every((word) => WORK.has(word) || LEADS.has(word)) && said.some((word) => WORK.has(word));
  // "mundo me chama" (from "todo mundo me chama de Tia Nena"): a clause about people; "OK" (from
  // "OK, here goes"): a filler — neither names a trade.
  const isClause = said.some((word) => PRONOUNS.has(word));
  const isFiller = said.length > 0 && said.every((word) => INTERJECTIONS.has(word));
  // "escribo" (from "Os escribo desde Infiesto"), "have a website": the writing and the site are
  // not the business; "Joaquim Fialho": a person is who, not what.
  const isAboutWriting = said.some((word) => readingCues.writingWords.has(word) || readingCues.siteSelfNouns.has(word));
  // ("Aqui é o Édson … Meu nome é Édson Luís Kowalski", "Aqui é a Clara … Maria Clara Souza": a named
  // person's given name alone is who, too; a surname may be the trade: "I'm Mike Baker. Baker since 1998".)
  const nameWords = new Set(people.flatMap((person) => fold(person).split(/\s+/u).slice(0, -1)));
  const isPerson =
    people.some((person) => person.length > 2 && fold(what).includes(fold(person))) ||
    (/^\p{Lu}\p{Ll}+$/u.test(what.trim()) && nameWords.has(fold(what.trim()))) ||
    (/^\p{Lu}\p{Ll}+(?:\s+(?:de|da|do|dos|das|del)?\s*\p{Lu}\p{Ll}+){1,3}$/u.test(what.trim()) && isSelfIntroduced(what.trim(), text));
  // "Não sou conservadora-restauradora diplomada", "I'm not a vet": what they say they are not.
  // "Égua, mana, …", "Boa tarde, meu amigo.": a word calling out or calling someone is no trade.
  // "llevo 32 años arreglando…": a count makes a sentence, not a trade.
  const isNegated = occurrences(text, what).some((at) => {
    const before = fold(text.slice(Math.max(0, at - 30), at)).match(/[\p{L}']+/gu) ?? [];
    return before.slice(-3).some((word) => isNegationWord(word, lang, false));
  });
  const isCalling = occurrences(text, what).some(
    (at) =>
      (/(?:^|[.!?\n]\s*)$/u.test(text.slice(0, at)) && /^\s*,/u.test(text.slice(at + what.length)) && said.length === 1) ||
      (readingCues.possessives.has(fold(text.slice(0, at)).match(/([\p{L}]+)\s+$/u)?.[1] ?? '') &&
        /(?:,\s*|^)$/u.test(fold(text.slice(0, at)).replace(/[\p{L}]+\s+$/u, '')) &&
        /^\s*[.!?]/u.test(text.slice(at + what.length))),
  );
  const isCounted = /\d/.test(what);
  // "Jordi P.", "Ana M": a name signed as a review or a comment is, is someone.
  const isSigned = isSignedName(what);
  return (
    isNegated ||
    isCalling ||
    isCounted ||
    namesFamily ||
    isWorkWord ||
    isClause ||
    isFiller ||
    isAboutWriting ||
    isPerson ||
    isSigned ||
    AUXILIARY.has(said[0] ?? '') ||
    isInThanks(text, what)
  );
}

// "não só", "não faço só", "not only", "no solo": a negation that adds ("não faço só bolos, faço
// também salgados") negates nothing.
const ONLY_AFTER_NEGATION = new Set(['so', 'apenas', 'only', 'just', 'solo', 'solamente', 'somente']);
// How far a negation reaches: "não sou advogado", "I'm not a qualified lawyer", "no soy abogada".
const NEGATION_REACH = 3;

/**
 * The text with the words a negation reaches blanked (same length): "Soy notaria, no soy abogada",
 * "I'm a bookkeeper, not an accountant", "não faço bolos" — what the person says they are not or do
 * not do is no evidence of what the business is. A negation reaches three words, within its clause.
 */
export function withoutNegatedWords(text: string, lang: string | undefined): string {
  const folded = fold(text);
  const blanks: Array<[number, number]> = [];
  for (const clause of folded.matchAll(/[^,.;:!?()\n]+/gu)) {
    const words = [...clause[0].matchAll(/[\p{L}'’]+/gu)];
    for (const [index, word] of words.entries()) {
      const reach = words.slice(index + 1, index + 1 + NEGATION_REACH);
      if (!isNegationWord(word[0], lang, false) || reach.some((next) => ONLY_AFTER_NEGATION.has(next[0]))) continue;
      for (const reached of reach) {
        const start = clause.index + reached.index;
        blanks.push([start, start + reached[0].length]);
      }
    }
  }
  let out = text;
  for (const [start, end] of blanks) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

// "ele é sapateiro", "she's a potter", "soy gasfiter": a copula, an article at most, then a word.
const COPULA =
  /(?<![\p{L}])(?:é|is a|is an|'s a|es|sou|soy|somos|i'm a|i am a|we're a|we are a)\s+(?:(?:um|uma|a|an|un|una|o)\s+)?([\p{L}-]{3,})/giu;
// A trade's agent noun: "sapateiro", "relojoeira", "taxista", "tapicero", "plumber".
const AGENT_NOUN = /\p{L}{2}(?:eiro|eira|ista|dor|dora|tor|tora|ero|era|er|ist)$/u;

/** Where `what` stands in the text, as typed (case aside). */
function occurrences(text: string, what: string): number[] {
  const folded = fold(text);
  const sought = fold(what);
  const found: number[] = [];
  for (let at = folded.indexOf(sought); at >= 0 && sought; at = folded.indexOf(sought, at + 1)) found.push(at);
  return found;
}

/** The trade said with a copula, when it is an agent noun or a kind we know (`isKind`). */
export function whatAfterCopula(text: string, lang: string, isKind: (folded: string) => readonly unknown[]): string | undefined {
  const language = wordLanguageOf(lang);
  for (const match of text.matchAll(COPULA)) {
    const word = match[1]!;
    const folded = fold(word);
    // A name ("sou a Cida") or a word that names nothing ("é muito", "is open") is not what it is.
    if (/^\p{Lu}/u.test(word) || isClosedWord(folded, language) || isClauseWord(word, folded, language)) continue;
    // "não sou engenheiro naval", "I'm not a vet": what they are not.
    const before = fold(text.slice(Math.max(0, match.index - 20), match.index)).match(/[\p{L}']+/gu) ?? [];
    if (before.slice(-2).some((said) => isNegationWord(said, lang, false))) continue;
    if (isKind(folded).length > 0 || (AGENT_NOUN.test(folded) && !isDeterminer(folded, language))) return word.toLocaleLowerCase();
  }
  return undefined;
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as whatGuardWords };
