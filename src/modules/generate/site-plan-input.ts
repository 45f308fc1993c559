import { z } from 'zod';
import { sectionTypes } from '@/modules/document/section-registry';

/**
 * The part of a plan a stopped generation keeps (server-side, with its partial document) so
 * "continue" writes the sections still missing. Everything else (name, theme, SEO) is re-derived
 * from the partial document. Checked again when read back: the stored JSON is only trusted as
 * far as this shape.
 */
export const sitePlanSchemaLoose = z.object({
  sections: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), type: z.enum(sectionTypes), brief: z.string().max(200) }))
    .min(1)
    .max(12),
});
export type SitePlanLoose = z.infer<typeof sitePlanSchemaLoose>;
