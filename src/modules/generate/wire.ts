import { z } from 'zod';
import { errorKey } from '@/lib/i18n/error-key';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { siteStyles } from './engine/plan-schema';
import { askedFacts, briefFeatures, siteBriefSchema } from '@/modules/brief/site-brief-schema';

// What crosses the wire between the studio (browser) and the project's generate/edit route
// handlers: the request bodies, the NDJSON events of a generation and the edit response. The
// server validates requests and types what it emits with these schemas; the browser parses what
// it receives with the same ones. Browser-safe: zod and plain data only.

// pt-PT is its own site locale: a business in Portugal writes European Portuguese (issue 9 #4).
export const SITE_LOCALES = ['en', 'pt-BR', 'pt-PT', 'es', 'fr', 'de'] as const;

// ---- Requests ------------------------------------------------------------------------------

export const generateRequestSchema = z.object({
  prompt: z
    .string({ error: errorKey('errors.generate.promptRequired') })
    .trim()
    .min(3, errorKey('errors.generate.promptTooShort'))
    .max(2000, errorKey('errors.generate.promptTooLong')),
  locales: z
    .array(z.enum(SITE_LOCALES))
    .min(1, errorKey('errors.generate.localesRequired'))
    .max(5)
    .refine((l) => new Set(l).size === l.length, errorKey('errors.generate.localesUnique')),
  style: z.enum(siteStyles).optional(),
  businessKind: z.string().trim().max(40).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
  /**
   * The brief the studio showed (and the person may have corrected). Absent: the server reads
   * it from the prompt. Its languages are replaced by `locales`, which the studio keeps in step.
   */
  brief: siteBriefSchema.optional(),
  /**
   * The person corrected the brief: it is built from as is. Otherwise, with a model, the model
   * reads the prompt itself and `brief` is only its fallback and the source of exact facts.
   */
  isBriefConfirmed: z.boolean().optional(),
});
export type GenerateRequest = z.infer<typeof generateRequestSchema>;

/** What the studio sends to read a brief from a prompt while the person types (extractSiteBriefAction). */
export const extractBriefRequestSchema = z.object({
  prompt: z.string().trim().min(3).max(2000),
  /** The kind as the person corrected it, in their own words. */
  businessKind: z.string().trim().max(60).optional(),
  /** The studio's languages: used only when the prompt is too short to tell. */
  fallbackLocales: z.array(z.enum(SITE_LOCALES)).min(1).max(6).optional(),
});
export type ExtractBriefRequest = z.infer<typeof extractBriefRequestSchema>;

/** A fact the studio asks for inline (hours, phone, donation link or PIX key, address, prices). */
export const readFactRequestSchema = z.object({
  fact: z.enum(askedFacts),
  text: z.string().trim().min(1).max(300),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const editRequestSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('rewrite_section'),
    sectionId: z.string().min(1).max(64),
    instruction: z.string().trim().min(1, errorKey('errors.generate.instructionRequired')).max(500),
  }),
  z.object({ action: z.literal('add_section'), type: z.string().min(1).max(40), position: z.number().int().min(0).max(50).optional() }),
  z.object({ action: z.literal('add_locale'), locale: z.enum(SITE_LOCALES) }),
  // The stopped generation to continue. Only its id: the server continues from its own copy of
  // what that generation wrote, never from a document the browser sends (issue 10 #5).
  z.object({ action: z.literal('continue'), generationId: z.uuid() }),
]);
export type EditRequest = z.infer<typeof editRequestSchema>;

// ---- Responses -----------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A site document on the wire. The server validates every document (parseSiteDocument) before
 * sending it, and a section event carries the whole document, so the browser only checks the
 * shape here instead of re-running the full schema many times per second.
 */
const wireDocument = z.custom<SiteDocument>(
  (value) => isRecord(value) && isRecord(value.i18n) && Array.isArray(value.pages) && isRecord(value.theme),
  'Not a site document.',
);

export const studioErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type StudioError = z.infer<typeof studioErrorSchema>;

/** Planned sections: the studio shows how many are coming (the server keeps its own copy for "Continue"). */
export const plannedSectionSchema = z.object({ id: z.string(), type: z.string(), brief: z.string() });
export type PlannedSection = z.infer<typeof plannedSectionSchema>;
const planSchema = z.object({ sections: z.array(plannedSectionSchema) });

const index = z.number().int().nonnegative();

/** The brief check of a finished draft: each requested feature present, missing or withheld (regulated). */
export const briefCoverageSchema = z.object({
  features: z.array(z.object({ feature: z.enum(briefFeatures), status: z.enum(['present', 'missing', 'withheld']) })),
  missing: z.array(z.enum(briefFeatures)),
  /** The things the person named, each on the page in their words or missing. */
  items: z.array(z.object({ text: z.string().max(160), status: z.enum(['present', 'missing']) })).optional(),
});

/**
 * One line of POST /api/projects/<id>/generate, in stream order: started → plan → skeleton →
 * section… (section-draft while sections are being written, section-failed when one could not be
 * written) → done, or error at any point.
 * Fields only the server's logs care about (provider, reason, usage) are optional, so the
 * browser accepts lines without them.
 */
export const siteStreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), generationId: z.string(), mode: z.enum(['ai', 'offline']) }),
  // The brief the generation works from (refined by the model on the AI path): the studio shows it.
  z.object({ type: z.literal('plan'), plan: planSchema, brief: siteBriefSchema.optional() }),
  z.object({ type: z.literal('skeleton'), document: wireDocument, plan: planSchema.optional() }),
  z.object({
    type: z.literal('section'),
    index,
    total: index.nullable(),
    sectionId: z.string(),
    document: wireDocument,
    provider: z.string().optional(),
  }),
  z.object({ type: z.literal('section-failed'), index, sectionId: z.string(), reason: z.string().optional() }),
  // The page so far with these sections partly written (their fields as decoded): preview only.
  z.object({ type: z.literal('section-draft'), sectionIds: z.array(z.string()), document: wireDocument }),
  z.object({
    type: z.literal('done'),
    version: z.number().int().positive(),
    document: wireDocument,
    providers: z.array(z.string()),
    isOffline: z.boolean(),
    usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }).optional(),
    briefCoverage: briefCoverageSchema.optional(),
  }),
  z.object({ type: z.literal('error'), error: studioErrorSchema }),
]);
export type SiteStreamEvent = z.infer<typeof siteStreamEventSchema>;

/** One parsed NDJSON line → an event, or null for anything unknown or malformed (ignored, never fatal). */
export function parseStreamEvent(value: unknown): SiteStreamEvent | null {
  const parsed = siteStreamEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** What a saved edit returns. */
export const siteEditResultSchema = z.object({ version: z.number().int().positive(), document: wireDocument, provider: z.string() });
export type SiteEditResult = z.infer<typeof siteEditResultSchema>;

/** The body of POST /api/projects/<id>/edit. */
export const editResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: siteEditResultSchema }),
  z.object({ ok: z.literal(false), error: studioErrorSchema }),
]);
export type EditResponse = z.infer<typeof editResponseSchema>;

export function parseEditResponse(body: unknown): EditResponse | null {
  const parsed = editResponseSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** The error of a non-2xx JSON body (`{ error }`), if any. */
export function errorFromBody(body: unknown): StudioError | null {
  const parsed = z.object({ error: studioErrorSchema }).safeParse(body);
  return parsed.success ? parsed.data.error : null;
}
