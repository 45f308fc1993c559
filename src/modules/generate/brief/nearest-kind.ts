import { fold } from '../offline/text';
import type { KindConfidence } from './site-brief-schema';
import { genericTaxonomyKind, kindNamedBy, rankTaxonomy } from './taxonomy';
import type { TaxonomyKind } from './taxonomy-types';
import { readingCues } from './reading-cues';

export type NearestKind = { kind: TaxonomyKind; confidence: KindConfidence };

/**
 * The word a description hangs on: English puts it last ("kayak repair *workshop*", "vegan
 * *bakery*"), Portuguese and Spanish first ("*padaria* vegana", "*tienda* de cerámica").
 * Before "of"/"for"/"de" the head is what comes before ("school of rock" → school).
 */
export function headWord(phrase: string, lang: string): { word: string; start: number } | null {
  const folded = fold(phrase);
  const words = [...folded.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (words.length === 0) return null;
  if (lang.startsWith('en')) {
    const of = words.findIndex((word) => /^(of|for)$/.test(word[0]));
    const at = of > 0 ? of - 1 : words.length - 1;
    return { word: words[at]![0], start: words[at]!.index };
  }
  return { word: words[0]![0], start: words[0]!.index };
}

/**
 * The taxonomy's kind nearest to what the person said the business is, and how sure that is:
 *   - certain: a specific kind names the head of their description ("vegan bakery" → bakery);
 *   - near: a kind is named elsewhere, or only a family catch-all fits ("tienda de cerámica" → a shop);
 *   - none: nothing fits — the site is written from their words alone.
 * The composer uses a kind's own copy only when certain; its layout when near.
 */
export function nearestKind(input: { what: string; prompt: string; lang: string; hint?: string }): NearestKind {
  const hint = input.hint?.trim();
  if (hint) {
    const named = kindNamedBy(hint, input.prompt);
    if (named) return { kind: named, confidence: named === genericTaxonomyKind ? 'none' : 'certain' };
    // The person's own words for the kind ("kayak repair workshop"): certain only if they name
    // one; otherwise the site is built from their words, not from the nearest template.
    const fromWords = fromDescription(hint);
    return fromWords?.confidence === 'certain' ? fromWords : { kind: genericTaxonomyKind, confidence: 'none' };
  }
  const fromWhat = input.what ? fromDescription(input.what) : null;
  if (fromWhat?.confidence === 'certain') return fromWhat;
  const anywhere = rankTaxonomy(input.prompt)[0];
  if (fromWhat) return fromWhat;
  if (anywhere) return { kind: anywhere.kind, confidence: 'near' };
  return { kind: genericTaxonomyKind, confidence: 'none' };
}

const CONNECTOR = /^(de|do|da|dos|das|del|of|for|para|pra|the|a|an|o|os|as|um|uma|un|una|el|la|los|las|e|and|y|&|em|en|in|com|with|con)$/;

/**
 * Certain only when one kind explains every word of the description but those that never change
 * what a business is ("vegan", "family", "24h"): "clínica odontológica" is a dentist, "brewery
 * taproom" a bar — but "salsa school" is not simply a school and "kayak repair workshop" not a
 * school at all, so those are near, and written from the person's words.
 */
function fromDescription(phrase: string): NearestKind | null {
  const ranked = rankTaxonomy(phrase);
  if (ranked.length === 0) return null;
  const folded = fold(phrase);
  const words = [...folded.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].filter(
    (word) => !CONNECTOR.test(word[0]) && !readingCues.neutralModifiers.has(word[0]),
  );
  for (const match of ranked) {
    if (match.kind.isFallback) continue;
    const pattern = new RegExp(`(?<![a-z0-9])(?:${match.kind.keywords})(?![a-z0-9])`, 'g');
    const hits = [...folded.matchAll(pattern)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
    const covers = (at: number, length: number) => hits.some((hit) => hit.start <= at && hit.end >= at + length);
    if (words.length > 0 && words.every((word) => covers(word.index, word[0].length))) return { kind: match.kind, confidence: 'certain' };
  }
  // Near: the most specific kind named, for the layout only (its copy is another business's).
  return { kind: ranked[0]!.kind, confidence: 'near' };
}
