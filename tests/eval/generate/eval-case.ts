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
