import { z } from 'zod';
import { briefFeatures, itemRoles } from '@/modules/brief/site-brief-schema';
import { taxonomy } from '@/modules/brief/taxonomy';

/**
 * What the model is asked for when it reads the prompt: the model-facing part of the SiteBrief
 * (site-brief-schema.ts), in the order guided decoding writes it and as small as it can be
 * (~100–150 output tokens), because the call runs alongside the plan and must be done by the time
 * the plan is. What only we decide (location and country rules, tone, advertising rules, notes,
 * the kind's labels and schema.org type) is not asked for: the cross-check fills it from the
 * prompt's rule-based reading and the taxonomy. Every field is required (null or [] when the
 * prompt says nothing) so OpenAI's strict structured outputs accept the schema as is.
 */
export const modelBriefKindIds = taxonomy.map((entry) => entry.id) as [string, ...string[]];

export const MODEL_BRIEF_MAX_ITEMS = 16;

export const modelBriefSchema = z.object({
  /** The business's name exactly as the prompt writes it; null when it gives none. */
  name: z.string().min(1).max(80).nullable(),
  /** What the business is, in the person's own words ("kite-surf school for beginners"). */
  what: z.string().max(120),
  /** The nearest kind of our taxonomy, or null when none fits (the site is then built from `what`). */
  kindId: z.enum(modelBriefKindIds).nullable(),
  features: z.array(z.enum(briefFeatures)).max(briefFeatures.length),
  items: z.array(z.object({ text: z.string().min(1).max(160), role: z.enum(itemRoles) })).max(MODEL_BRIEF_MAX_ITEMS),
  audience: z.string().max(120).nullable(),
  /** Locales ("pt-BR", "en"); checked one by one in the cross-check, so one odd tag costs only itself. */
  languages: z.array(z.string().max(16)).max(6),
  facts: z.object({
    phones: z.array(z.string().max(40)).max(4),
    whatsapp: z.string().max(40).nullable(),
    emails: z.array(z.string().max(254)).max(4),
    address: z.string().max(160).nullable(),
    openingHours: z.array(z.string().max(40)).max(14),
    prices: z.array(z.object({ text: z.string().max(40), label: z.string().max(60).nullable() })).max(12),
    pixKey: z.string().max(120).nullable(),
    urls: z.array(z.string().max(300)).max(6),
  }),
});

export type ModelBrief = z.infer<typeof modelBriefSchema>;

const EMPTY_FACTS: ModelBrief['facts'] = {
  phones: [],
  whatsapp: null,
  emails: [],
  address: null,
  openingHours: [],
  prices: [],
  pixKey: null,
  urls: [],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A partial answer (a model without guided decoding that left fields out, a kind id of its own)
 * is still an answer: missing fields become "not said" (null, []) and an unknown kind becomes
 * null, so the cross-check completes them from the prompt's rule-based reading. Anything that is
 * not an object stays a failure (the engine then uses the rule-based brief).
 */
export function repairModelBrief(value: unknown): ModelBrief | null {
  if (!isRecord(value)) return null;
  const facts = isRecord(value.facts) ? value.facts : {};
  const kindId = typeof value.kindId === 'string' && modelBriefKindIds.includes(value.kindId) ? value.kindId : null;
  const candidate = {
    name: null,
    what: '',
    features: [],
    items: [],
    audience: null,
    languages: [],
    ...value,
    kindId,
    facts: { ...EMPTY_FACTS, ...facts },
  };
  if (Array.isArray(candidate.features)) {
    candidate.features = candidate.features.filter((feature: unknown) => (briefFeatures as readonly unknown[]).includes(feature));
  }
  const checked = modelBriefSchema.safeParse(candidate);
  return checked.success ? checked.data : null;
}
