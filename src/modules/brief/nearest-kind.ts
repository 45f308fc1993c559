import { fold } from './text';
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
export function nearestKind(input: { what: string; prompt: string; introduction?: string; lang: string; hint?: string }): NearestKind {
  const hint = input.hint?.trim();
  if (hint) {
    const named = kindNamedBy(hint, input.prompt);
    if (named) return { kind: named, confidence: named === genericTaxonomyKind ? 'none' : 'certain' };
    // The person's own words for the kind ("kayak repair workshop"): certain only if they name
    // one; otherwise the site is built from their words, not from the nearest template.
    const fromWords = fromDescription(hint, input.prompt, input.lang);
    return fromWords?.confidence === 'certain' ? fromWords : { kind: genericTaxonomyKind, confidence: 'none' };
  }
  // "ONG que ajuda crianças": the kind is in the head, not in what the clause says it does.
  const head = input.what.replace(/\s+(que|that|which|who)\s.*$/i, '');
  const fromWhat = head ? fromDescription(head, input.prompt, input.lang) : null;
  if (fromWhat) return fromWhat;
  // A kind named where the person introduces the business ("Whisker Haven, a volunteer-run cat
  // rescue in Bristol") lends its layout; a kind's word elsewhere ("school proms", "som mecânico
  // até as 20h", "nem médica", "next to the butcher's") says nothing about what this business is
  // once the person has said it in words of their own — those words build the site.
  // In the introduction, only a specific word counts: its "shop", "oficina" or "school" (of
  // "panelbeating shop", "oficina de velas", "school proms") is no more than a business.
  const anywhere = saysWhatItIs(head)
    ? rankTaxonomy(input.introduction ?? input.prompt).find((match) => namesSpecifically(match.kind, input.introduction ?? input.prompt))
    : rankTaxonomy(input.prompt)[0];
  if (anywhere) return { kind: anywhere.kind, confidence: 'near' };
  return { kind: genericTaxonomyKind, confidence: 'none' };
}

/**
 * Whether a description says what the business is in words of its own, beyond the generic ones:
 * "Estudio" (of "Estudio de yoga Shanti", whose name took the rest) or "produtor" does not.
 */
function saysWhatItIs(phrase: string): boolean {
  return descriptionWords(phrase).some((word) => !readingCues.genericHeads.has(word[0]));
}

/** Whether a kind's keywords match a word of the text that is not a generic word for a business. */
function namesSpecifically(kind: TaxonomyKind, text: string): boolean {
  const pattern = new RegExp(`(?<![a-z0-9])(?:${kind.keywords})(?![a-z0-9])`, 'g');
  return [...fold(text).matchAll(pattern)].some((hit) => descriptionWords(hit[0]).some((word) => !readingCues.genericHeads.has(word[0])));
}

function descriptionWords(phrase: string): RegExpExecArray[] {
  return [...fold(phrase).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].filter(
    (word) => !CONNECTOR.test(word[0]) && !readingCues.neutralModifiers.has(word[0]),
  );
}

const CONNECTOR = /^(de|do|da|dos|das|del|of|for|para|pra|the|a|an|o|os|as|um|uma|un|una|el|la|los|las|e|and|y|&|em|en|in|com|with|con)$/;

/**
 * Certain only when one kind explains every word of the description but those that never change
 * what a business is ("vegan", "family", "24h"): "clínica odontológica" is a dentist, "brewery
 * taproom" a bar — but "salsa school" is not simply a school and "kayak repair workshop" not a
 * school at all, so those are near, and written from the person's words.
 */
function fromDescription(phrase: string, prompt = '', lang = 'en'): NearestKind | null {
  const ranked = rankTaxonomy(phrase);
  if (ranked.length === 0) return null;
  const folded = fold(phrase);
  const words = descriptionWords(phrase);
  // "clínica de fisioterapia", "salsa school": a generic word for a business ("clinic", "school",
  // "shop") takes its kind from the rest of the description.
  const specific = words.filter((word) => !readingCues.genericHeads.has(word[0]));
  const judged = specific.length > 0 ? specific : words;
  const order = rankTaxonomy(prompt || phrase).map((match) => match.kind.id);
  let best: { kind: TaxonomyKind; covered: number } | null = null;
  for (const match of ranked) {
    if (match.kind.isFallback) continue;
    const pattern = new RegExp(`(?<![a-z0-9])(?:${match.kind.keywords})(?![a-z0-9])`, 'g');
    const hits = [...folded.matchAll(pattern)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
    const covers = (at: number, length: number) => hits.some((hit) => hit.start <= at && hit.end >= at + length);
    const covered = judged.filter((word) => covers(word.index, word[0].length)).length;
    if (judged.length > 0 && covered === judged.length) return { kind: match.kind, confidence: 'certain' };
    const isBetter =
      !best || covered > best.covered || (covered === best.covered && rankOf(order, match.kind.id) < rankOf(order, best.kind.id));
    if (covered > 0 && isBetter) best = { kind: match.kind, covered };
  }
  // Near: the kind that names the description's head ("software de gestão para salões" is
  // software), else the one that explains most of it — for the layout only.
  const head = headWord(judged.map((word) => word[0]).join(' '), lang);
  const byHead = head
    ? ranked.find((match) => !match.kind.isFallback && new RegExp(`(?<![a-z0-9])(?:${match.kind.keywords})(?![a-z0-9])`).test(head.word))
    : undefined;
  // Only a generic word matched ("panelbeating *shop*", "*oficina* de velas"): what the business
  // is lies in the words no kind knows, so no kind's layout fits it — unless nothing else was said
  // ("uma loja").
  if (!byHead && !best && specific.length > 0) return null;
  return { kind: byHead?.kind ?? best?.kind ?? ranked[0]!.kind, confidence: 'near' };
}

function rankOf(order: readonly string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}
