import { isInfinitiveVerb, readingCues } from './reading-cues';
import type { BriefItem, BriefPrice } from './site-brief-schema';
import { escapeRegExp, fold } from './text';

/**
 * A price list says its noun once: "sofá 2 lugares R$ 120, 3 lugares R$ 150, retrátil a partir de
 * R$ 180"; "corte masculino R$ 35, infantil R$ 25"; "2 hours guitar lesson $50, 3 hours $70". The
 * later entries are the same thing in another size or variety, so each is written whole, as a
 * visitor reads it — "Sofá 3 lugares", "Sofá retrátil", "Corte infantil", "3 hours guitar lesson" —
 * never a card "3 lugares" or "Retrátil" that names nothing. Read over the prices in the order
 * they were written; the offerings that were those labels are renamed with them.
 *
 * Two shapes, each from the entry just before:
 *  - a count and its unit ("3 lugares") where the entry before has the same unit after a count
 *    ("sofá 2 lugares"): the words around that count are shared;
 *  - in Portuguese and Spanish, one lower-case word shaped like an adjective ("retrátil",
 *    "infantil"; not a verb, never a noun of its own such as "barba"): the entry before's first word
 *    is its noun. English puts such a word before its noun ("kids haircut"), so it is left alone.
 */
const COUNTED = /^(\d+(?:[.,]\d+)?)\s+(\p{L}+)(.*)$/u;

export function fillElidedHeads(
  prices: readonly BriefPrice[],
  items: readonly BriefItem[],
  lang: string,
): { prices: BriefPrice[]; items: BriefItem[] } {
  const isRomance = lang.startsWith('pt') || lang === 'es';
  const renamed = new Map<string, string>();
  const filled: BriefPrice[] = [];
  for (const price of prices) {
    const before = filled.at(-1)?.label?.trim();
    const label = price.label?.trim();
    const whole = label && before ? wholeLabel(label, before, isRomance) : undefined;
    if (whole && label) renamed.set(fold(label), whole);
    filled.push(whole ? { ...price, label: whole } : price);
  }
  if (renamed.size === 0) return { prices: [...prices], items: [...items] };
  return {
    prices: filled,
    items: items.map((item) => {
      const whole = renamed.get(fold(item.text.trim()));
      return whole ? { ...item, text: whole } : item;
    }),
  };
}

function wholeLabel(label: string, before: string, isRomance: boolean): string | undefined {
  const counted = COUNTED.exec(label);
  if (counted) {
    const [, , unit, rest] = counted;
    // The same unit after a count in the entry before: "sofá ‹2 lugares›", "‹2 hours› guitar lesson".
    // ("1 hora", "2 horas": one unit, in the singular or the plural.)
    const stem = unit!.replace(/(?:es|s)$/iu, '');
    const shared = new RegExp(`(^|\\s)\\d+(?:[.,]\\d+)?\\s+${escapeRegExp(stem)}(?:es|s)?(?![\\p{L}])`, 'iu').exec(before);
    if (!shared) return undefined;
    const head = before.slice(0, shared.index + shared[1]!.length);
    const tail = rest!.trim() === '' ? before.slice(shared.index + shared[0].length) : '';
    if (head.trim() === '' && tail.trim() === '') return undefined;
    return `${head}${label}${tail}`.replace(/\s+/g, ' ').trim();
  }
  // "full groom for small dogs $75, medium $90": a variant named alone takes its sibling's place.
  const variant = fold(label);
  for (const scale of readingCues.variantScales) {
    if (!scale.has(variant)) continue;
    const words = before.split(/(\s+)/);
    const at = words.findIndex((word) => fold(word) !== variant && scale.has(fold(word)));
    if (at >= 0 && words.length > 1) return words.map((word, i) => (i === at ? label : word)).join('');
  }
  if (!isRomance || !/^\p{Ll}+$/u.test(label)) return undefined;
  const folded = fold(label);
  const isAdjectiveShaped = readingCues.adjectiveEndings.some((ending) => folded.length > ending.length + 2 && folded.endsWith(ending));
  if (!isAdjectiveShaped || isInfinitiveVerb(folded)) return undefined;
  const words = before.split(/\s+/);
  const noun = words[0]!;
  // Only after a noun said with its own modifier ("corte masculino", "sofá 3 lugares").
  if (words.length < 2 || !/^\p{L}+$/u.test(noun) || readingCues.connectors.has(fold(noun))) return undefined;
  return `${noun} ${label}`;
}
