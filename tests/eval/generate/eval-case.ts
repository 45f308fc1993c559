/**
 * One annotated prompt of the generation eval (`npm run eval:generate`). The annotations say what
 * a careful person reading the prompt would expect, written before the extractor was tuned:
 *   - kind: acceptable business kinds, best first (ids of the brief's open taxonomy);
 *   - name: the business name exactly as the prompt gives it, or null when it gives none;
 *   - languages: the site's languages, default first (pt-PT for Portugal, pt-BR for Brazil);
 *   - features: what the site must contain as working elements;
 *   - facts: what the prompt states and the site must use verbatim.
 */
export type EvalFeature =
  | 'hours'
  | 'whatsapp'
  | 'phone'
  | 'email'
  | 'map'
  | 'booking'
  | 'menu'
  | 'pricing'
  | 'quote'
  | 'newsletter'
  | 'blog'
  | 'donation'
  | 'delivery'
  | 'social'
  | 'gallery'
  | 'team'
  | 'faq'
  | 'testimonials';

export type EvalFacts = {
  phone?: string;
  email?: string;
  /** Prices as the prompt writes them ("R$ 45", "€12"). */
  prices?: string[];
  /** People the prompt names (staff, founders). */
  people?: string[];
  address?: string;
  pix?: string;
  instagram?: string;
};

export type EvalCase = {
  id: string;
  /** The prompt's own language. */
  lang: 'pt-BR' | 'pt-PT' | 'en' | 'es';
  prompt: string;
  kind: readonly string[];
  name: string | null;
  languages: readonly string[];
  features: readonly EvalFeature[];
  facts?: EvalFacts;
};

/**
 * The words-first annotations of held-out set 5 (issue 31), written by someone who never read the
 * extractor, the taxonomy's keywords or the phrase banks:
 *   - what: what the business is, in the prompt's own words ("industrial valve maker");
 *   - named: each thing the person named that a page about this business must carry in their own
 *     words — offerings, list items, audiences, certifications, schedule items, channels, calls to
 *     action — as short phrases copied from the prompt;
 *   - kindInTaxonomy: whether one of the taxonomy's kinds really names this business. When false,
 *     `kind` lists the nearest acceptable kinds (possibly none) and the kind figure skips the case.
 */
export type WordsFirstAnnotations = {
  what: string;
  named: readonly string[];
  kindInTaxonomy: boolean;
};

export type HeldOutCase = EvalCase & WordsFirstAnnotations;
