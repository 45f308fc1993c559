import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/private-people.json';
import { extractPeople } from './extract-people';
import { isNegationWord, readingCues } from './reading-cues';
import type { BriefItem, UnusedReason } from './site-brief-schema';
import { escapeRegExp, fold } from './text';

/**
 * "My wife runs the card reader and does the chatting at the stall, but she's asked not to be on
 * the website, so please leave her off"; "pode deixar a roupa c/ minha cunhada em videira … n quero
 * o nome dela no site". When the person asks us to keep someone off the site, the "her"/"dela" of
 * that request is the relative named last before it ("my wife", "minha cunhada"). From then on that
 * relative is private: a part of a sentence that only takes them along ("com minha cunhada", "with
 * my sister") is cut out, so the sentence still tells customers what it tells them ("pode deixar a
 * roupa em Videira, eu busco toda sexta"); a sentence about them is set aside as said to us; and the
 * request itself is never published. A relative nobody asked to hide stays where the reader put
 * them ("La abrió mi viejo, Ramón, en 1988" tells the workshop's story).
 */
const words = z.array(z.string().min(1).max(40)).min(1);
const privatePeopleSchema = z.object({
  $comment: z.string().optional(),
  thirdPersons: words,
  showWords: words,
  leaveCues: words,
  companionLeads: words,
  appearWords: words,
  showStems: words,
  aboutWords: words,
  otherPeople: words,
  modifiers: words,
});
const cues = parseContent('src/modules/brief/content/private-people.json', privatePeopleSchema, raw);
const THIRD = new Set(cues.thirdPersons);
const OTHER_PEOPLE = new Set(cues.otherPeople);
// A pronoun that stands before its verb ("no lo nombréis"); "el"/"o" before a word are articles.
const CLITICS = new Set(['lo', 'los', 'le', 'les', 'la', 'las']);
const NAME_NOUNS = new Set(['nombre', 'nombres', 'nome', 'nomes', 'name', 'names']);
const MODIFIERS = new Set(cues.modifiers);

/** A verb of naming or showing, in any person or mood ("cita", "mencionado", "nombréis", "put"). */
function isShowWord(token: string): boolean {
  return cues.showWords.includes(token) || cues.showStems.some((stem) => token.startsWith(stem));
}

/** Who a person may ask us to leave out: family, staff, or someone else of theirs ("o meu ex-sócio"). */
function isPersonNoun(word: string): boolean {
  const bare = word.replace(/^ex-/, '');
  return (
    readingCues.kinshipWords.has(word) ||
    readingCues.staffNouns.has(word) ||
    OTHER_PEOPLE.has(word) ||
    readingCues.kinshipWords.has(bare) ||
    readingCues.staffNouns.has(bare) ||
    OTHER_PEOPLE.has(bare)
  );
}

export type PrivatePeopleInput = {
  items: readonly BriefItem[];
  unused: readonly { words: string; why: UnusedReason }[];
  /** The prompt as read. */
  text: string;
  lang: string;
};

type Kin = { word: string; at: number };

const SENTENCE = /[^.!?\n]+[.!?\n]*/gu;
// Where a request's refusal starts: its first word of negation.
const NEGATION_START = new RegExp(
  `(?<![\\p{L}])(?:${[...readingCues.ruleNegations, ...readingCues.ruleNegationsNotPortuguese, 'nothing', 'nada', 'leave', 'keep', 'deixa', 'deixe', 'deixem', 'dejala', 'dejalo', 'dejenla', 'dejenlo'].map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);
const WORD = /[\p{L}'’/-]+/gu;

export function keepPeoplePrivate({ items, unused, text, lang }: PrivatePeopleInput): {
  items: BriefItem[];
  unused: { words: string; why: UnusedReason }[];
} {
  const folded = fold(text);
  const kin = kinMentions(folded);
  const hidden = new Set<string>();
  const requests: string[] = [];
  // The request from its refusal on ("…não seja citado o meu antigo sócio, Rogério, com quem rompi"):
  // no part of it is for the site, however the reader cut it.
  const refusals: string[] = [];
  const names = new Set<string>();
  const persons = extractPeople(text).flatMap((person) => {
    const at = folded.indexOf(fold(person));
    return at >= 0 ? [{ name: fold(person), at }] : [];
  });
  let hiddenAny = false;
  for (const sentence of folded.matchAll(SENTENCE)) {
    const said = sentence[0];
    if (!isHideRequest(said, lang)) continue;
    requests.push(said.trim());
    const refusal = said.search(NEGATION_START);
    if (refusal >= 0) refusals.push(said.slice(refusal).trim());
    // The relative named last before the request (or in it: "que não seja mencionado o meu antigo
    // sócio"), at most two sentences back, and their name when it follows ("o meu sócio, Rogério").
    // (A "dela"/"her" points back: whom it names stands before it — "ela não é minha sócia" after it is no one to hide.)
    const pronoun = [...said.matchAll(WORD)].find((token) => THIRD.has(token[0]) && !CLITICS.has(token[0]));
    const until = sentence.index + (pronoun ? pronoun.index : said.length);
    const near = (mention: { at: number }) => mention.at < until && mention.at > sentence.index - 400;
    const before = kin.filter(near).at(-1);
    // "Quem mais me indica é a Dra. Luana… Não coloca o nome dela": with no relative of theirs
    // nearer, the person named last before the request is the one to keep off the site.
    const named = persons.filter(near).at(-1);
    if (named && (!before || named.at > before.at)) {
      names.add(named.name);
      hiddenAny = true;
      continue;
    }
    if (!before) continue;
    hidden.add(before.word);
    const name = /^[\s,]+(\p{Lu}\p{Ll}{2,})/u.exec(text.slice(before.at + before.word.length))?.[1];
    if (name) names.add(fold(name));
  }
  if (hidden.size === 0 && !hiddenAny) return { items: [...items], unused: [...unused] };
  const kept: BriefItem[] = [];
  const setAside: { words: string; why: UnusedReason }[] = [];
  for (const item of items) {
    const itemFolded = fold(item.text);
    // (…or the part of it left once the reader cut its "ela" away: "não quer aparecer".)
    if (
      requests.some(
        (request) => request.includes(itemFolded.trim()) && (isHideRequest(itemFolded, lang) || refusesShowing(itemFolded, lang)),
      ) ||
      refusals.some((refusal) => refusal.includes(itemFolded.trim())) ||
      [...names].some((name) => ownKinAt(itemFolded, name) >= 0)
    ) {
      setAside.push({ words: item.text, why: 'aside' });
      continue;
    }
    const mentioned = [...hidden].filter((word) => ownKinAt(itemFolded, word) >= 0);
    if (mentioned.length === 0) {
      kept.push(item);
      continue;
    }
    const cut = mentioned.reduce<string | undefined>(
      (rest, word) => (rest === undefined ? undefined : withoutCompanion(rest, word)),
      item.text,
    );
    if (cut !== undefined && cut.split(/\s+/).filter(Boolean).length >= 3) kept.push({ ...item, text: cut });
    else setAside.push({ words: item.text, why: 'aside' });
  }
  return { items: kept, unused: [...unused, ...setAside] };
}

/** A person noun at `at` led by a possessive, maybe with a word between ("o meu antigo sócio"). */
function isOwned(tokens: readonly string[], at: number): boolean {
  const previous = tokens[at - 1] ?? '';
  return readingCues.possessives.has(previous) || (MODIFIERS.has(previous) && readingCues.possessives.has(tokens[at - 2] ?? ''));
}

/** "não quer aparecer", "doesn't want to be shown": a negation and a word about showing. */
function refusesShowing(folded: string, lang: string): boolean {
  const tokens = [...folded.matchAll(WORD)].map((token) => token[0]);
  return (
    tokens.some((token) => isNegationWord(token, lang, false)) &&
    tokens.some((token) => isShowWord(token) || cues.appearWords.includes(token))
  );
}

/**
 * "minha cunhada", "my wife", "mi hermana" (folded): a possessive, then a kinship word — or one who
 * works for the business ("minha ajudante", "our apprentice"), or someone else of theirs ("o meu
 * ex-sócio"); a word may stand between ("o meu antigo sócio", "my older brother").
 */
function kinMentions(folded: string): Kin[] {
  const tokens = [...folded.matchAll(WORD)];
  const out: Kin[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = token[0].replace(/'s$/, '');
    if (!isPersonNoun(word)) continue;
    const previous = tokens[index - 1]?.[0] ?? '';
    const twoBack = tokens[index - 2]?.[0] ?? '';
    if (readingCues.possessives.has(previous) || (MODIFIERS.has(previous) && readingCues.possessives.has(twoBack)))
      out.push({ word, at: token.index });
  }
  return out;
}

/** The hidden relative's word in an item, with or without its possessive (the reader may have dropped "my"). */
function ownKinAt(folded: string, word: string): number {
  const match = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(folded);
  return match ? match.index : -1;
}

/**
 * "pode deixar a roupa c/ minha cunhada em videira" → "pode deixar a roupa em videira": the
 * relative and the word that takes them along (with a name after them, if any). Undefined when the
 * relative is more than a companion (the subject, the one who does the work).
 */
function withoutCompanion(text: string, word: string): string | undefined {
  const leads = [...cues.companionLeads]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const possessives = [...readingCues.possessives].map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `\\s*,?\\s*(?<![\\p{L}])(?:${leads})\\s+(?:(?:a|o|la|el|the)\\s+)?(?:${possessives})\\s+${escapeRegExp(word)}(?:\\s+\\p{Lu}\\p{L}+)?(?![\\p{L}])`,
    'u',
  );
  const folded = fold(text);
  const match = pattern.exec(folded);
  if (!match) return undefined;
  return (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(/\s{2,}/g, ' ').trim();
}

/**
 * "leave her off", "put him on the site", "n quero o nome … dela no site", "no la nombren", "she's
 * asked not to be on the website": with a negation (or "leave … off"), a word about showing with a
 * third person as what is shown (up to five words on), or a third person as who is not to appear.
 * "ele não quer mudar o nome" is about the name, not about showing him: no request.
 */
function isHideRequest(said: string, lang: string): boolean {
  if (cues.leaveCues.some((cue) => said.includes(cue))) return true;
  const tokens = [...said.matchAll(WORD)].map((token) => token[0]);
  const isThird = (token: string | undefined) => token !== undefined && (THIRD.has(token) || /^(?:she|he)'[sd]$/.test(token));
  // "nothing about him on there", "nada sobre o meu irmão": a refusal of anything said about someone.
  const about = tokens.some(
    (token, at) =>
      isNegationWord(token, lang) &&
      cues.aboutWords.includes(tokens[at + 1] ?? '') &&
      tokens.slice(at + 2, at + 6).some((next) => isThird(next) || isPersonNoun(next)),
  );
  if (about) return true;
  if (!tokens.some((token) => isNegationWord(token, lang, false))) return false;
  const joined = ` ${tokens.join(' ')} `;
  // Who is shown: a third person ("não cita ele", "no lo nombréis"), or someone of theirs named right
  // there ("que não seja mencionado o meu antigo sócio").
  const shown = tokens.some(
    (token, at) =>
      isShowWord(token) &&
      // (…or a clitic before the verb: "no lo nombréis", "não o ponham".)
      ((CLITICS.has(tokens[at - 1] ?? '') && !NAME_NOUNS.has(token)) ||
        tokens.slice(at + 1, at + 6).some((next, offset) => isThird(next) || (isPersonNoun(next) && isOwned(tokens, at + 1 + offset)))),
  );
  const appearing = cues.appearWords.some((word) => {
    const at = joined.indexOf(` ${word} `);
    return (
      at >= 0 &&
      joined
        .slice(Math.max(0, at - 40), at)
        .split(' ')
        .some(isThird)
    );
  });
  return shown || appearing;
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { cues as privatePeopleWords };
