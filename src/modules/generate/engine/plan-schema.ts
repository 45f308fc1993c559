import { z } from 'zod';
import { sectionTypes, type SectionType } from '@/modules/document/section-registry';
import { businessKinds } from '@/modules/document/site-document-schema';
import { fontPairingNames, palettePresetNames, themeSchema } from '@/modules/document/theme';

/**
 * Section types a generated landing page may use. `blog-list` needs post pages we do not write
 * and `gallery` needs real photos we do not have, so the model never plans them; a person can
 * still add them later (add-section accepts every registered type).
 */
export const planSectionTypes = sectionTypes.filter((type) => type !== 'blog-list' && type !== 'gallery') as [
  SectionType,
  ...SectionType[],
];

export const PLAN_MIN_SECTIONS = 6;
export const PLAN_MAX_SECTIONS = 10;

export const siteStyles = themeSchema.shape.style.options;
export type SiteStyle = (typeof siteStyles)[number];

/**
 * What the plan call returns: ~100 output tokens. Guided decoding writes properties in schema
 * order, and the order is chosen for speed: the page's section types come first (a few tokens
 * each), so every section call can start within about a second (watch-plan-stream.ts); then the
 * site-wide fields the page frame needs; then SEO. Everything the model does not need to decide
 * (ids, keys, colors, radius, spacing, page structure) is ours and absent here. Every field is
 * required so OpenAI's strict structured outputs accept the schema as is.
 *
 * No per-section briefs: every section call starts before the plan could write them (from the
 * brief, or as soon as its type is written), so they were read by no call, yet cost ~15 words a
 * section of output and held back the plan — and with it every finished section's event.
 */
export function planSchema(locales: readonly string[]) {
  const seoShape: Record<string, z.ZodObject<{ title: z.ZodString; description: z.ZodString }>> = {};
  for (const locale of locales) {
    seoShape[locale] = z.object({ title: z.string().min(1).max(70), description: z.string().min(1).max(170) });
  }
  return z.object({
    sections: z.array(z.enum(planSectionTypes)).min(PLAN_MIN_SECTIONS).max(PLAN_MAX_SECTIONS),
    name: z.string().min(1).max(80),
    kind: z.enum(businessKinds),
    tagline: z.string().min(1).max(140),
    style: z.enum(siteStyles),
    palette: z.enum(palettePresetNames),
    fonts: z.enum(fontPairingNames),
    seo: z.object(seoShape),
  });
}

export type ModelPlan = z.infer<ReturnType<typeof planSchema>>;

export type PlannedSection = {
  /** Ours, assigned in plan order (`faq`, `faq-2`), so a stored plan maps onto the document. */
  id: string;
  type: SectionType;
  /** What the section should say, when we know (predicted from the person's brief); '' otherwise. */
  brief: string;
};

/** The plan as the engine uses, emits and stores it (continue-generation takes it back). */
export type SitePlan = Omit<ModelPlan, 'sections' | 'seo'> & {
  seo: Record<string, { title: string; description: string }>;
  sections: PlannedSection[];
};
