import { extractBrief, type ExtractBriefInput } from '@/modules/brief/extract-brief';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

export type { SiteBrief };
export type ExtractSiteBriefInput = ExtractBriefInput;

/**
 * The brief of a prompt (name, kind, location, languages, audience, tone, requested features,
 * given facts, advertising rules), without a model. The studio shows it and may send it back
 * corrected; every generation starts from it.
 */
export function extractSiteBrief(input: ExtractSiteBriefInput): SiteBrief {
  return extractBrief(input);
}
