/**
 * What a stock search needs from a site's brief, as a shape rather than an import: the brief
 * belongs to the generate module, which calls this module (so this module must not import it).
 * The generator's SiteBrief fits it as it is.
 */
export type PhotoBrief = {
  what?: string;
  kind: { label: { en: string }; isFallback: boolean; confidence?: 'certain' | 'near' | 'none' };
  facts: { offerings: readonly string[] };
};

export type PhotoTerms = {
  /** The business as a stock library understands it (hero and about). */
  main: string;
  /** One search per offering, for the gallery (in the person's words). */
  offerings: string[];
};

/**
 * The searches for a site: the kind's English label when a known kind matched (stock libraries
 * search best in English), else the person's own words for what the business is; the
 * offerings as they wrote them. Null when the brief says too little to look for anything.
 */
export function photoTermsOf(brief: PhotoBrief): PhotoTerms | null {
  const isKnownKind = !brief.kind.isFallback && brief.kind.confidence !== 'none';
  const main = (isKnownKind ? brief.kind.label.en : '') || brief.what || '';
  const offerings = [...new Set(brief.facts.offerings.map((offering) => offering.trim()).filter(Boolean))].slice(0, 8);
  if (!main.trim() && offerings.length === 0) return null;
  return { main: main.trim() || offerings[0]!, offerings };
}
