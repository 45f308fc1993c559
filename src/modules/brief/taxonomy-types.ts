import type { businessKinds } from '@/modules/document/site-document-schema';
import type { KindFamily } from './site-brief-schema';

export type SchemaKind = (typeof businessKinds)[number];

/**
 * One kind of business the offline extractor recognises. The taxonomy is open (a model may name
 * any kind); this table is what we can tell without one.
 */
export type TaxonomyKind = {
  id: string;
  family: KindFamily;
  schemaKind: SchemaKind;
  noun: { en: string; pt: string; es: string; gender: 'm' | 'f' };
  /**
   * Folded (lowercase, no accents) keyword alternation in pt, en and es, matched on word
   * boundaries. A keyword of several words counts once per word, so "clinica veterinaria" beats
   * the bare "clinica" of another kind.
   */
  keywords: string;
  /** The phrase bank written for exactly this business, when there is one; else the family's words. */
  copy?: string;
  /** A family-level catch-all ("a shop", "a clinic"): chosen only when nothing specific matched. */
  isFallback?: boolean;
};

type Noun = [en: string, pt: string, es: string, gender: 'm' | 'f'];

export function kind(
  id: string,
  family: KindFamily,
  schemaKind: SchemaKind,
  noun: Noun,
  keywords: string,
  options: { copy?: string; isFallback?: boolean } = {},
): TaxonomyKind {
  const [en, pt, es, gender] = noun;
  return { id, family, schemaKind, noun: { en, pt, es, gender }, keywords, ...options };
}
