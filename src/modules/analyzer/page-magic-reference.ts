import { z } from 'zod';
import { metricSchema } from './analysis-result';
import measured from './page-magic-reference.json';

/**
 * "A typical Page Magic site" for the result page's side-by-side: the vegan-bakery demo, built by
 * publishing's own code and measured with this same analyzer engine (same Lighthouse mobile run,
 * same guard) by tests/bench/analyzer/measure-page-magic-reference.ts. The numbers are that
 * measurement, kept with its date — not a live run and not a claim about every site.
 */
export const pageMagicReferenceSchema = z.object({
  site: z.string(),
  /** ISO date of the measurement. */
  measuredAt: z.string(),
  runs: z.number().int().min(1),
  lighthouseVersion: z.string(),
  scores: z.object({
    performance: z.number().int().min(0).max(100).nullable(),
    accessibility: z.number().int().min(0).max(100).nullable(),
    'best-practices': z.number().int().min(0).max(100).nullable(),
    seo: z.number().int().min(0).max(100).nullable(),
  }),
  metrics: z.array(metricSchema),
});
export type PageMagicReference = z.infer<typeof pageMagicReferenceSchema>;

export function getPageMagicReference(): PageMagicReference {
  return pageMagicReferenceSchema.parse(measured);
}
