import { isTownOf } from './places';
import { readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';

/**
 * "atendo araras e leme", "conchal e rio claro não vou": a phone's writer types towns in lower
 * case, and the page would say them so. A run of one to three lowercase words that is a town of the
 * business's country (the GeoNames gazetteer) is written with capitals when the words around it say
 * it is a place: a place preposition before it ("em leme"), or another such town joined to it by a
 * comma or "e"/"y"/"and"/"ou" ("araras e leme"). A lone word that is also a common one ("leme" is
 * a rudder) is never touched.
 */
const WORD = /[\p{L}'’-]+/gu;
const CONNECTORS = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'la', 'las', 'los']);
const JOINERS = new Set(['e', 'y', 'and', 'ou', 'o', 'or']);
// "de março", "relógios de parede", "from may": "de", "from" and "desde" lead months and materials as
// often as towns — only the prepositions of where something is.
const NOT_WHERE = new Set(['de', 'from', 'desde']);
const PREPOSITIONS = new Set(readingCues.placePrepositions.filter((word) => !word.includes(' ') && !NOT_WHERE.has(word)));

type Span = { start: number; end: number; words: string[]; isWritten: boolean };

export function capitalisePlaces(items: readonly BriefItem[], country: string | undefined): BriefItem[] {
  if (!country) return [...items];
  return items.map((item) =>
    item.role === 'offering' || item.role === 'topic' ? item : { ...item, text: capitaliseIn(item.text, country) },
  );
}

function capitaliseIn(text: string, country: string): string {
  const tokens = [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const towns: Span[] = [];
  for (let at = 0; at < tokens.length; at++) {
    for (let length = 3; length >= 1; length--) {
      const run = tokens.slice(at, at + length);
      if (run.length < length) continue;
      if (CONNECTORS.has(fold(run[0]!.word)) || CONNECTORS.has(fold(run.at(-1)!.word))) continue;
      const name = text.slice(run[0]!.start, run.at(-1)!.end);
      if (!/^[\p{L}'’ -]+$/u.test(name)) continue;
      if (!isTownOf(name, country)) continue;
      // A town already written with its capital ("Olhão") is no word to change, but a neighbour that says the next one is a place too.
      const isWritten = /^\p{Lu}/u.test(run[0]!.word);
      towns.push({ start: run[0]!.start, end: run.at(-1)!.end, words: run.map((token) => token.word), isWritten });
      at += length - 1;
      break;
    }
  }
  const wordBefore = (span: Span) => fold(/([\p{L}]+)[\s,]*$/u.exec(text.slice(0, span.start))?.[1] ?? '');
  const isJoinedTo = (a: Span, b: Span) =>
    /^\s*(?:,|\s)\s*(?:(?:e|y|and|ou|o|or)\s+)?$/u.test(text.slice(a.end, b.start)) && a.end <= b.start;
  let out = text;
  for (const [index, span] of towns.entries()) {
    const before = wordBefore(span);
    const isPlace =
      PREPOSITIONS.has(before) ||
      (towns[index - 1] !== undefined && isJoinedTo(towns[index - 1]!, span)) ||
      (towns[index + 1] !== undefined && isJoinedTo(span, towns[index + 1]!) && isJoinerBetween(text, span, towns[index + 1]!));
    if (!isPlace || span.isWritten) continue;
    const written = span.words
      .map((word) => (CONNECTORS.has(fold(word)) ? word : word.charAt(0).toLocaleUpperCase() + word.slice(1)))
      .join(' ');
    out = out.slice(0, span.start) + written + out.slice(span.end);
  }
  return out;
}

function isJoinerBetween(text: string, a: Span, b: Span): boolean {
  const between = fold(text.slice(a.end, b.start)).trim().replace(/^,\s*/, '');
  return JOINERS.has(between) || between === '' || between === ',';
}
