import { z } from 'zod';
import { sectionTypes } from '@/modules/document/section-registry';

/**
 * The part of a plan the browser sends back to continue a stopped
 * generation: which sections were planned. Everything else (name, theme,
 * SEO) is re-derived from the saved partial document, so a client cannot
 * smuggle more than short briefs into the prompts.
 */
export const sitePlanSchemaLoose = z.object({
  sections: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), type: z.enum(sectionTypes), brief: z.string().max(200) }))
    .min(1)
    .max(12),
});
