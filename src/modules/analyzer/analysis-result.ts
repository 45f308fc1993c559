import { z } from 'zod';
import { FIELD_METRIC_IDS } from '@/lib/crux/field-metrics';

/**
 * The compact result of one analysis, as stored and as sent to the browser (one zod schema for
 * both): the four Lighthouse scores of a mobile run, the lab metrics rated by Google's thresholds,
 * the final screenshot and the top opportunities. Not the whole Lighthouse report (~1 MB).
 */
export const CATEGORY_IDS = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRIC_IDS = ['lcp', 'cls', 'tbt', 'fcp', 'si'] as const;

/** How much of a failing audit's list is kept (the report names what to fix; it is not the whole Lighthouse report). */
export const FIX_ITEMS_MAX = 5;
export const FIX_TEXT_MAX = 300;
export const FIX_CATEGORIES = ['accessibility', 'seo'] as const;

/** A failing accessibility or SEO audit: what to fix (Lighthouse's title) and the elements or files it names. */
export const auditFixSchema = z.object({
  id: z.string(),
  /** Lighthouse's title in the language of the run, with `code` in backticks. */
  title: z.string().max(FIX_TEXT_MAX),
  /** The elements (their HTML) or files (URLs) it names, at most FIX_ITEMS_MAX. */
  items: z.array(z.string().max(FIX_TEXT_MAX)).max(FIX_ITEMS_MAX),
  /** How many it names in all. */
  itemCount: z.number().int().min(0),
});
export type AuditFix = z.infer<typeof auditFixSchema>;

export const ratingSchema = z.enum(['good', 'needs-improvement', 'poor']);
export type Rating = z.infer<typeof ratingSchema>;

export const metricSchema = z.object({
  id: z.enum(METRIC_IDS),
  /** Milliseconds, except CLS (unitless). */
  value: z.number(),
  rating: ratingSchema,
});
export type Metric = z.infer<typeof metricSchema>;

export const opportunitySchema = z.object({
  /** The Lighthouse audit id (`uses-optimized-images`, `render-blocking-resources`, …). */
  id: z.string(),
  /** Estimated time saved, in ms (Lighthouse's overallSavingsMs or its LCP/FCP metric savings). */
  savingsMs: z.number(),
  /** Estimated bytes saved, when the audit is about transfer size. */
  savingsBytes: z.number().nullable(),
  /** Bytes the audit's items weigh today (e.g. all the images it names). */
  totalBytes: z.number().nullable(),
  /** The files the audit names (their URLs), the heaviest first as Lighthouse lists them; absent on older results. */
  files: z.array(z.string().max(FIX_TEXT_MAX)).max(FIX_ITEMS_MAX).optional(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

/** Real-user data from the Chrome UX Report (p75 over 28 days, phones), when a CrUX key is configured. */
export const fieldDataSchema = z.object({
  scope: z.enum(['url', 'origin']),
  p75: z.partialRecord(z.enum(FIELD_METRIC_IDS), z.number()),
  period: z.object({ first: z.string(), last: z.string() }).nullable(),
});
export type FieldDataResult = z.infer<typeof fieldDataSchema>;

export const analysisResultSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  formFactor: z.literal('mobile'),
  scores: z.object({
    performance: z.number().int().min(0).max(100).nullable(),
    accessibility: z.number().int().min(0).max(100).nullable(),
    'best-practices': z.number().int().min(0).max(100).nullable(),
    seo: z.number().int().min(0).max(100).nullable(),
  }),
  metrics: z.array(metricSchema),
  opportunities: z.array(opportunitySchema),
  /** The final screenshot as a data: URL (JPEG, a few tens of KB). */
  screenshot: z.string().nullable(),
  /** Requests the page tried to make to forbidden addresses (blocked). */
  blockedRequests: z.number().int().min(0),
  lighthouseVersion: z.string(),
  durationMs: z.number(),
  /** Failing accessibility and SEO audits, the heaviest first; absent on results stored before they were kept. */
  fixes: z.object({ accessibility: z.array(auditFixSchema), seo: z.array(auditFixSchema) }).optional(),
  /** Absent on results stored before field data existed, null when CrUX is not configured or has none. */
  field: fieldDataSchema.nullable().optional(),
});
export type AnalysisResult = z.infer<typeof analysisResultSchema>;
