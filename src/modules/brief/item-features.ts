import { priceCorrectionWords } from './correct-prices';
import { featureWords } from './detect-features';
import { formFieldWords } from './extract-form-fields';
import { peopleWords } from './extract-people';
import { privatePeopleWords } from './keep-people-private';
import { nameTalkWords } from './read-name-talk';
import { paymentWords } from './read-payments';
import { readingCueLists } from './reading-cues';
import { cardScreenWords } from './screen-cards';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';
import { toldPartWords } from './sort-told';
import { whatGuardWords } from './what-guard';
import { isClauseWord, wordClassTables, wordLanguageOf } from './word-classes';
import { questionnaireWords } from './without-questionnaire';

/**
 * What the item screen (screen-items.ts) weighs about one item the reader cut from a prompt: its own
 * words; the word families of its words and of its sentence's other words ("k:reading-cues.siteNouns",
 * "ck:private-people.thirdPersons"), and of the verb it hangs on; its shape (length, capitals,
 * digits, a list's mark, parentheses, a question, where in the prompt); its role; and how long the
 * prompt is. The families are language, not kinds of business, so a word the training never saw
 * still tells through its family; the shape features are also weighed in pairs.
 *
 * Features are plain strings so the weights (content/item-screen.json) are readable and reviewable.
 */

// Every list of words in the brief's content files, as its own module loaded it, is a family
// ("reading-cues.chatInterjections", "private-people.thirdPersons", "word-classes.pt.firstPerson");
// phrases are matched whole. Place names, kinds and spelling tables are left out: they say where
// or what, not whether to publish.
const sources: Record<string, unknown> = {
  'reading-cues': readingCueLists,
  'card-screen': cardScreenWords,
  'private-people': privatePeopleWords,
  'name-talk': nameTalkWords,
  'price-corrections': priceCorrectionWords,
  'told-parts': toldPartWords,
  'what-guard': whatGuardWords,
  'feature-words': featureWords,
  'form-fields': formFieldWords,
  'payment-words': paymentWords,
  questionnaire: questionnaireWords,
  'extract-people': peopleWords,
  'word-classes': wordClassTables(),
};
const families = new Map<string, string[]>();
const phraseFamilies: Array<{ phrase: string; family: string }> = [];
function addFamilies(value: unknown, family: string) {
  if (Array.isArray(value) || value instanceof Set) {
    for (const entry of value) {
      if (typeof entry !== 'string') continue;
      const folded = fold(entry).trim();
      if (!folded || folded.length > 40) continue;
      if (/\s/.test(folded)) phraseFamilies.push({ phrase: ` ${folded} `, family });
      else if (!families.get(folded)?.includes(family)) families.set(folded, [...(families.get(folded) ?? []), family]);
    }
  } else if (value && typeof value === 'object' && !(value instanceof Map))
    for (const [key, inner] of Object.entries(value)) if (key !== '$comment') addFamilies(inner, `${family}.${key}`);
}
for (const [name, value] of Object.entries(sources)) addFamilies(value, name);

// "- ", "• ", "1. ", "✅ ": the mark that opens a line of a list.
const LIST_MARK = /^[ \t]*(?:[-–—•*·▪✅✔☑➡►]|\d{1,2}[.)])[ \t]*/u;

const wordsOf = (text: string) => (fold(text).match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? []).map((word) => (/\d/.test(word) ? '#' : word));

function lengthBin(count: number): string {
  if (count <= 3) return String(count);
  if (count <= 6) return '4-6';
  if (count <= 12) return '7-12';
  return '13+';
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where the item was said: each place its words stand whole in the prompt (folded, so a restored
 * accent still matches), at most three. An item said twice ("recheado de brigadeiro… vendo
 * brigadeiro, beijinho") is weighed at each.
 */
export function placesOf(text: string, folded: string, said: string): number[] {
  const needle = fold(said);
  const out: number[] = [];
  if (!needle) return out;
  for (let at = folded.indexOf(needle); at >= 0 && out.length < 3; at = folded.indexOf(needle, at + 1)) {
    const isWhole = !WORD.test(text[at - 1] ?? ' ') && !WORD.test(text[at + needle.length] ?? ' ');
    if (isWhole) out.push(at);
  }
  if (out.length === 0 && folded.includes(needle)) out.push(folded.indexOf(needle));
  return out;
}

export type ItemContext = {
  /** The prompt as read (the positions items were cut from). */
  text: string;
  /** fold(text), computed once per prompt. */
  folded: string;
  lang: string;
  /** Folded labels of the prices read: an item one names is priced. */
  pricedLabels: ReadonlySet<string>;
};

/** The item's features as said at `at` (a place from placesOf; -1 when its words were not found). */
export function itemFeatures(
  item: Pick<BriefItem, 'text' | 'role' | 'feature'>,
  context: ItemContext,
  at = placesOf(context.text, context.folded, item.text)[0] ?? -1,
): string[] {
  // How long the prompt is: a few lines rarely hold talk or asides, a long letter often does.
  const promptWords = (context.text.match(/\S+/g) ?? []).length;
  const out = new Set<string>([
    `r:${item.role}`,
    ...(item.feature ? ['feature'] : []),
    `P:${promptWords < 60 ? 's' : promptWords < 150 ? 'm' : promptWords < 400 ? 'l' : 'xl'}`,
  ]);
  const words = wordsOf(item.text);
  out.add(`n:${lengthBin(words.length)}`);
  for (const word of words) out.add(`w:${word}`);
  if (words[0]) out.add(`f:${words[0]}`);
  if (words.length > 1) out.add(`l:${words.at(-1)}`);
  const language = wordLanguageOf(context.lang);
  const joined = ` ${words.join(' ')} `;
  for (const [index, word] of words.entries()) {
    for (const family of families.get(word) ?? []) out.add(`k:${family}`);
    const original = item.text.match(/[\p{L}][\p{L}']*/gu)?.[index];
    if (original && isClauseWord(original, word, language, index === 0)) out.add('verb');
  }
  for (const { phrase, family } of phraseFamilies) if (joined.includes(phrase)) out.add(`k:${family}`);
  const letters = item.text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toLocaleUpperCase()) out.add('caps');
  if (/^\p{Lu}/u.test(item.text.trim())) out.add('cap0');
  if (/\d/.test(item.text)) out.add('digit');
  if (/[?]/.test(item.text)) out.add('q');
  if (context.pricedLabels.has(fold(item.text))) out.add('priced');

  if (at < 0) {
    out.add('unplaced');
    return withPairs([...out]);
  }
  const end = at + item.text.length;
  const lineStart = context.text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = context.text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? context.text.length : lineEndAt;
  const line = context.text.slice(lineStart, lineEnd);
  if (LIST_MARK.test(line)) out.add('listline');
  const lineWords = wordsOf(line);
  if (lineWords.length === words.length) out.add('wholeline');
  else if (lineWords.length <= words.length + 3) out.add('nearline');
  // The sentence around it: from the stop before to the stop after, within the line.
  const before = context.text.slice(lineStart, at);
  const stops = [...before.matchAll(/[.!?;](?=\s)/gu)];
  const sentenceStart = lineStart + (stops.length > 0 ? stops.at(-1)!.index + 1 : 0);
  const afterStop = context.text.slice(end, lineEnd).search(/[.!?;](?=\s|$)/u);
  const sentenceEnd = afterStop < 0 ? lineEnd : end + afterStop + 1;
  const sentence = context.text.slice(sentenceStart, sentenceEnd);
  if (/\?/.test(sentence)) out.add('s:q');
  if (/!/.test(sentence)) out.add('s:ex');
  if (/:/.test(context.text.slice(lineStart, at))) out.add('colonbefore');
  if (/^\s*[,;]?\s*$/.test(context.text.slice(sentenceStart, at).replace(/^[\s\p{P}\p{S}]+/gu, ''))) out.add('s:first');
  const open = (context.text.slice(lineStart, at).match(/\(/g) ?? []).length;
  const close = (context.text.slice(lineStart, at).match(/\)/g) ?? []).length;
  if (open > close) out.add('inparen');
  if (/["“«]/.test(context.text.slice(Math.max(lineStart, at - 2), at))) out.add('quoted');
  // The sentence's shape: a list of short pieces ("gorros, casacos e luvas"), with no verb, long or short.
  const pieces = sentence.split(/,|;|\s(?:e|and|y|ou|or|o|&)\s/u).filter((piece) => wordsOf(piece).length > 0);
  if (pieces.length >= 3 && pieces.every((piece) => wordsOf(piece).length <= 4)) out.add('s:list');
  const sentenceWords = sentence.match(/[\p{L}][\p{L}']*/gu) ?? [];
  if (!sentenceWords.some((word, index) => isClauseWord(word, fold(word), language, index === 0))) out.add('s:verbless');
  out.add(`s:n${lengthBin(sentenceWords.length)}`);
  // The verb the item hangs on: the nearest verb before it in its sentence ("faço camisolas,
  // casacos, gorros" — made; "queria o site com as cores da serra, castanhos" — wished).
  const leading = [...context.text.slice(sentenceStart, at).matchAll(/[\p{L}][\p{L}']*/gu)].reverse();
  const verbAt = leading.findIndex((word) => isClauseWord(word[0], fold(word[0]), language, false));
  if (verbAt >= 0) {
    const verb = fold(leading[verbAt]![0]);
    out.add(`pv:${verb}`);
    for (const family of families.get(verb) ?? []) out.add(`pk:${family}`);
    out.add(`pd:${lengthBin(verbAt)}`);
  } else out.add('pv:none');
  const own = new Set(words);
  const around = wordsOf(sentence).filter((word) => !own.has(word));
  // The sentence's words by their families only: its own words, weighted one by one, overfit the
  // prompts the weights were learned from (measured on held-out folds).
  for (const word of around) for (const family of families.get(word) ?? []) out.add(`ck:${family}`);
  const position = at / Math.max(1, context.text.length);
  out.add(`p:${Math.min(4, Math.floor(position * 5))}`);
  return withPairs([...out]);
}

// Words and families weigh alone; the shape features also weigh in pairs ("one word" and "in a
// list of short pieces" together say more than either): a linear model cannot join them itself.
const isWordFeature = (feature: string) => /^(?:w|f|l|k|ck|pk|pv):/.test(feature);

function withPairs(features: string[]): string[] {
  const shape = features.filter((feature) => !isWordFeature(feature)).sort();
  const pairs: string[] = [];
  for (let i = 0; i < shape.length; i++) for (let j = i + 1; j < shape.length; j++) pairs.push(`x:${shape[i]}|${shape[j]}`);
  return [...features, ...pairs];
}
