import { fold } from './text';
import { consumerKinds } from './taxonomy-consumer';
import { serviceKinds } from './taxonomy-services';
import { kind, type TaxonomyKind } from './taxonomy-types';

/** When nothing in the prompt names a kind of business. */
export const genericTaxonomyKind: TaxonomyKind = kind(
  'local-business',
  'general',
  'LocalBusiness',
  ['business', 'negócio', 'negocio', 'm'],
  '',
  {
    copy: 'generic',
    isFallback: true,
  },
);

export const taxonomy: readonly TaxonomyKind[] = [...consumerKinds, ...serviceKinds];

const patterns = new Map(taxonomy.map((entry) => [entry.id, new RegExp(`(?<![a-z0-9])(?:${entry.keywords})(?![a-z0-9])`, 'g')]));

export type TaxonomyMatch = { kind: TaxonomyKind; score: number; first: number };

/**
 * Kinds a text names, best first: a keyword of several words counts once per word (so "clinica
 * veterinaria" beats "clinica"); specific kinds beat family catch-alls ("loja online" only when
 * nothing says what the shop sells); ties go to the kind mentioned first.
 */
export function rankTaxonomy(text: string): TaxonomyMatch[] {
  const folded = fold(text);
  const matches: TaxonomyMatch[] = [];
  for (const entry of taxonomy) {
    let score = 0;
    let first = -1;
    for (const match of folded.matchAll(patterns.get(entry.id)!)) {
      score += match[0].split(/\s+/).length;
      if (first < 0) first = match.index;
    }
    if (score > 0) matches.push({ kind: entry, score, first });
  }
  return matches.sort(
    (a, b) => Number(a.kind.isFallback ?? false) - Number(b.kind.isFallback ?? false) || b.score - a.score || a.first - b.first,
  );
}

export function taxonomyKindById(id: string): TaxonomyKind | undefined {
  return id === genericTaxonomyKind.id ? genericTaxonomyKind : taxonomy.find((entry) => entry.id === id);
}

// The offline composer's first 32 kind ids, which saved drafts and the studio may still send.
const LEGACY_IDS: Record<string, string> = {
  salon: 'beauty-salon',
  barber: 'barbershop',
  yoga: 'yoga-studio',
  clinic: 'medical-clinic',
  vet: 'veterinarian',
  pet: 'pet-shop',
  lawyer: 'law-firm',
  realEstate: 'real-estate',
  wedding: 'wedding-planner',
  trades: 'handyman',
  cleaning: 'cleaning-service',
  agency: 'marketing-agency',
  startup: 'saas',
  shop: 'online-store',
  travel: 'tour-operator',
  generic: 'local-business',
};

/** The kind a hint names exactly: one of our ids (or an old one), or a schema.org type. */
export function kindNamedBy(hint: string, prompt = ''): TaxonomyKind | undefined {
  const wanted = hint.trim();
  const direct = taxonomyKindById(LEGACY_IDS[wanted] ?? wanted.toLowerCase());
  if (direct) return direct;
  const bySchema = taxonomy.filter((entry) => entry.schemaKind === wanted);
  if (bySchema.length === 0) return undefined;
  return (
    rankTaxonomy(prompt).find((match) => match.kind.schemaKind === wanted)?.kind ?? bySchema.find((entry) => entry.copy) ?? bySchema[0]
  );
}

/** The kind: the person's hint when it names one (an id, a schema.org type or words), else the prompt's best match. */
export function resolveTaxonomyKind(prompt: string, hint?: string): TaxonomyKind {
  const wanted = hint?.trim();
  if (wanted) {
    const direct = taxonomyKindById(LEGACY_IDS[wanted] ?? wanted.toLowerCase());
    if (direct) return direct;
    const bySchema = taxonomy.filter((entry) => entry.schemaKind === wanted);
    if (bySchema.length > 0)
      return (
        rankTaxonomy(prompt).find((match) => match.kind.schemaKind === wanted)?.kind ?? bySchema.find((entry) => entry.copy) ?? bySchema[0]
      );
    const fromWords = rankTaxonomy(wanted)[0];
    if (fromWords) return fromWords.kind;
  }
  return rankTaxonomy(prompt)[0]?.kind ?? genericTaxonomyKind;
}
