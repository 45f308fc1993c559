import { z } from 'zod';
import type { Entitlements } from './get-entitlements';
import { STRIPE_METERS, type BilledMetric } from '@/modules/metering/stripe-meters';
import raw from './content/plans.json';

/**
 * The plan catalogue: what each tier costs, what it includes and what it may not exceed. It is the
 * one source of these numbers (content/plans.json, validated here at load). Everything else is
 * derived from it:
 *  - Stripe's catalogue (`npm run stripe:setup`, setup-stripe-catalog.ts) through plans.ts;
 *  - the database's `tier_limits`, which triggers and policies enforce, through a generated
 *    migration (`npm run plans:migration`, plan-limits-sql.ts);
 *  - tests/billing/plan-parity.test.ts applies every migration to a fresh database and fails when
 *    a row of tier_limits differs from this file (an edit here without its migration).
 *
 * Why a JSON file and not a TypeScript object: a plan is a business fact reviewed as content (the
 * diff of a price change is one number), the generator and the parity test read the same parsed
 * value, and zod refuses an inconsistent catalogue at load instead of at the first invoice.
 *
 * The included amounts of three billed meters ARE hard limits (generations, AI tokens and storage:
 * the database refuses more, Stripe charges nothing above), so the file states them once, as
 * limits; only hosting hours are included without a hard limit (sites never stop serving).
 * `null` means unlimited (enterprise, arranged with the agency).
 */
export type Tier = Entitlements['tier'];

const count = z.number().int().nonnegative();
const unlimitedOr = <T extends z.ZodType>(schema: T) => schema.nullable();

const limitsSchema = z.strictObject({
  projects: unlimitedOr(count),
  domains: unlimitedOr(count),
  storageGiB: unlimitedOr(count),
  fileMiB: unlimitedOr(count),
  teamMembers: unlimitedOr(z.number().int().min(1)),
  ticketsPerMonth: unlimitedOr(count),
  generationsPerMonth: unlimitedOr(count),
  aiTokensPerMonth: unlimitedOr(count),
  // Not nullable in SQL (tier_limits.max_performance_pages is NOT NULL): a page costs checks.
  performancePages: count,
});

export type PlanLimits = z.infer<typeof limitsSchema>;

const tierSchema = z.strictObject({
  tier: z.enum(['free', 'basic', 'pro', 'enterprise']) satisfies z.ZodType<Tier>,
  /** Centavos a month; null when not sold through Stripe (free, or enterprise "talk to us"). */
  monthlyCents: z.number().int().positive().nullable(),
  lookupKey: z
    .string()
    .regex(/^pm_[a-z]+_monthly$/)
    .nullable(),
  /** The Stripe product a sold plan's prices belong to (`pm_<tier>`), by the name Stripe shows. */
  stripeProductName: z.string().min(1).max(250).nullable(),
  includedContainerHours: count.nullable(),
  limits: limitsSchema,
});

const meterNames = STRIPE_METERS.map((m) => m.metric) as [BilledMetric, ...BilledMetric[]];
const overageSchema = z.strictObject({ cents: z.number().int().nonnegative(), perUnits: z.number().int().positive() });

const catalogueSchema = z
  .strictObject({
    currency: z.literal('brl'),
    /**
     * Prices are final prices: the taxes on the service (ISS, PIS/COFINS) are inside them, as
     * Brazilian consumer prices must be shown. Stripe's prices are created with this tax_behavior
     * and the plans table says "taxes included" from it.
     */
    taxBehavior: z.literal('inclusive'),
    overage: z.record(z.enum(meterNames), overageSchema),
    /** In display order: the pricing table and tier_limits.display_order follow it. */
    tiers: z.array(tierSchema).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const tiers = catalogue.tiers.map((t) => t.tier);
    for (const tier of tierSchema.shape.tier.options) {
      if (tiers.filter((t) => t === tier).length !== 1) ctx.addIssue({ code: 'custom', message: `tier ${tier} must appear exactly once` });
    }
    for (const metric of meterNames) {
      if (!catalogue.overage[metric]) ctx.addIssue({ code: 'custom', path: ['overage', metric], message: 'no overage price' });
    }
    catalogue.tiers.forEach((t, i) => {
      // A sold plan has a price, its lookup key and its product, or none of them.
      const sold = [t.monthlyCents, t.lookupKey, t.stripeProductName].map((v) => v !== null);
      if (sold.some(Boolean) && !sold.every(Boolean)) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i], message: 'monthlyCents, lookupKey and stripeProductName go together' });
      }
      if (t.lookupKey !== null && t.lookupKey !== `pm_${t.tier}_monthly`) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i, 'lookupKey'], message: `expected pm_${t.tier}_monthly` });
      }
      // A tier with any metered allowance must state all of them: Stripe's graduated price needs a first tier.
      const metered = [t.limits.generationsPerMonth, t.limits.aiTokensPerMonth, t.limits.storageGiB, t.includedContainerHours];
      if (metered.some((v) => v === null) && metered.some((v) => v !== null)) {
        ctx.addIssue({ code: 'custom', path: ['tiers', i], message: 'included amounts are all set or all unlimited' });
      }
    });
  });

export type PlanCatalogue = z.infer<typeof catalogueSchema>;
export type CataloguePlan = PlanCatalogue['tiers'][number];

/** Parses a catalogue; throws a readable error naming the first problem (used at load and by tests). */
export function parsePlanCatalogue(value: unknown): PlanCatalogue {
  const parsed = catalogueSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`billing/content/plans.json is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export const PLAN_CATALOGUE: PlanCatalogue = parsePlanCatalogue(raw);

/** What each billed meter includes for one plan (the first, free, graduated tier in Stripe), or null: unlimited. */
export function includedUsage(plan: CataloguePlan): Record<BilledMetric, number> | null {
  const { generationsPerMonth, aiTokensPerMonth, storageGiB } = plan.limits;
  if (generationsPerMonth === null || aiTokensPerMonth === null || storageGiB === null || plan.includedContainerHours === null) {
    return null;
  }
  return {
    page_generate: generationsPerMonth,
    ai_token: aiTokensPerMonth,
    container_hours: plan.includedContainerHours,
    storage_gb: storageGiB,
  };
}
