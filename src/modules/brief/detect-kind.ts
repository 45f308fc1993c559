import { businessKinds } from '@/modules/document/site-document-schema';
import { genericKind, kindById, kinds } from './kinds';
import { fold } from './text';
import type { KindDef, SchemaKind } from './kind-types';

const patterns = new Map(kinds.map((kind) => [kind.id, new RegExp(`(?<![a-z0-9])(?:${kind.keywords})(?![a-z0-9])`, 'g')]));

export type KindMatch = { kind: KindDef; score: number; first: number; end: number };

/**
 * Kinds mentioned in a text, best first. A keyword of several words ("clinica odontologica",
 * "coffee shop") counts once per word, so it beats the bare word another kind owns ("clinica",
 * "shop"); ties go to the kind mentioned first, which is usually the business itself ("a bar
 * with live music").
 */
export function rankKinds(text: string): KindMatch[] {
  const folded = fold(text);
  const matches: KindMatch[] = [];
  for (const kind of kinds) {
    const pattern = patterns.get(kind.id);
    if (!pattern) continue;
    let score = 0;
    let first = -1;
    let end = -1;
    for (const match of folded.matchAll(pattern)) {
      score += match[0].split(/\s+/).length;
      if (first < 0) {
        first = match.index;
        end = match.index + match[0].length;
      }
    }
    if (score > 0) matches.push({ kind, score, first, end });
  }
  return matches.sort((a, b) => b.score - a.score || a.first - b.first);
}

/** Where a kind's keywords occur in a text (positions in the original text). */
export function keywordSpans(text: string, kind: KindDef): { start: number; end: number }[] {
  const pattern = patterns.get(kind.id);
  if (!pattern) return [];
  return [...fold(text).matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const SCHEMA_DEFAULTS: Record<SchemaKind, string> = {
  LocalBusiness: 'generic',
  Bakery: 'bakery',
  Restaurant: 'restaurant',
  CafeOrCoffeeShop: 'cafe',
  BarOrPub: 'bar',
  Store: 'shop',
  ProfessionalService: 'consultant',
  HealthAndBeautyBusiness: 'salon',
  SportsActivityLocation: 'gym',
  LodgingBusiness: 'hotel',
  MedicalBusiness: 'clinic',
  LegalService: 'lawyer',
  HomeAndConstructionBusiness: 'construction',
  EducationalOrganization: 'school',
  Organization: 'nonprofit',
  Person: 'portfolio',
};

function isSchemaKind(value: string): value is SchemaKind {
  return (businessKinds as readonly string[]).includes(value);
}

/**
 * The kind of business: an explicit `businessKind` wins (one of our kind ids, a schema.org kind
 * — refined by the prompt when the prompt names a kind of that schema type — or free words),
 * else the prompt's best match, else the generic kind.
 */
export function resolveKind(prompt: string, businessKind?: string): KindDef {
  const ranked = rankKinds(prompt);
  const hint = businessKind?.trim() ?? '';
  if (hint !== '') {
    const direct = kindById(hint) ?? kinds.find((kind) => kind.id.toLowerCase() === hint.toLowerCase());
    if (direct) return direct;
    if (isSchemaKind(hint)) {
      return ranked.find((match) => match.kind.schemaKind === hint)?.kind ?? kindById(SCHEMA_DEFAULTS[hint]) ?? genericKind;
    }
    const fromWords = rankKinds(hint)[0];
    if (fromWords) return fromWords.kind;
  }
  return ranked[0]?.kind ?? genericKind;
}
