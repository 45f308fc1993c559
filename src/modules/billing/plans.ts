import { STRIPE_METERS, type BilledMetric } from '@/modules/metering/stripe-meters';
import { PLAN_CATALOGUE, includedUsage, type PlanLimits, type Tier } from './plan-catalogue';

/**
 * The plan → price table as the app uses it, derived from the plan catalogue
 * (content/plans.json, plan-catalogue.ts), which also generates the database's tier_limits. The
 * Billing page, the webhook (price → tier), `npm run stripe:setup` and the usage lines read it;
 * Stripe objects are found by lookup key, never by id, so the same table works in every Stripe
 * account. Amounts are in centavos (BRL). A meter's included amount is the plan's hard limit where
 * one exists (the database enforces it; Stripe charges only the overage above it).
 */
export type { Tier };

export type MeterPrice = {
  metric: BilledMetric;
  /** Included in the monthly price: the first graduated tier, free. */
  included: number;
  /** Overage, in centavos per `perUnits` units. */
  overageCents: number;
  perUnits: number;
  lookupKey: string;
};

export type Plan = {
  tier: Tier;
  /** null: not sold through Stripe (free, or enterprise "talk to us"). */
  monthlyCents: number | null;
  lookupKey: string | null;
  /** The Stripe product's name (null when not sold). */
  stripeProductName: string | null;
  /** Empty when usage is unlimited (enterprise). */
  meters: readonly MeterPrice[];
  /** The hard limits the database enforces (tier_limits); null: unlimited. */
  limits: PlanLimits;
};

export const PLANS: readonly Plan[] = PLAN_CATALOGUE.tiers.map((plan) => {
  const included = includedUsage(plan);
  const meters = included
    ? STRIPE_METERS.map(({ metric }) => ({
        metric,
        included: included[metric],
        overageCents: PLAN_CATALOGUE.overage[metric]!.cents,
        perUnits: PLAN_CATALOGUE.overage[metric]!.perUnits,
        lookupKey: `pm_${plan.tier}_${metric}_monthly`,
      }))
    : [];
  return {
    tier: plan.tier,
    monthlyCents: plan.monthlyCents,
    lookupKey: plan.lookupKey,
    stripeProductName: plan.stripeProductName,
    meters,
    limits: plan.limits,
  };
});

export const CURRENCY = PLAN_CATALOGUE.currency;
/** Whether the prices include taxes (plans.json): Stripe's prices and the page's "taxes included" follow it. */
export const TAX_BEHAVIOR = PLAN_CATALOGUE.taxBehavior;

export function getPlan(tier: Tier): Plan {
  const plan = PLANS.find((p) => p.tier === tier);
  if (!plan) throw new Error(`no plan for tier ${tier}`);
  return plan;
}

/** Plans a client can buy through Checkout. */
export const PURCHASABLE_TIERS = ['basic', 'pro'] as const satisfies readonly Tier[];
export type PurchasableTier = (typeof PURCHASABLE_TIERS)[number];

// The literal list above types Checkout; the catalogue decides what has a price. They must agree.
const pricedTiers = PLANS.filter((p) => p.monthlyCents !== null).map((p) => p.tier);
if (pricedTiers.join() !== PURCHASABLE_TIERS.join()) {
  throw new Error(`plans.json prices ${pricedTiers.join(', ')} but PURCHASABLE_TIERS is ${PURCHASABLE_TIERS.join(', ')}`);
}

/** The tier a subscription's licensed price stands for (the webhook's one mapping), or null. */
export function tierForLookupKey(lookupKey: string | null | undefined): Tier | null {
  return PLANS.find((p) => p.lookupKey !== null && p.lookupKey === lookupKey)?.tier ?? null;
}

/** Every lookup key of one plan: its licensed price first, then its metered prices. */
export function lookupKeysFor(tier: PurchasableTier): string[] {
  const plan = getPlan(tier);
  return [plan.lookupKey!, ...plan.meters.map((m) => m.lookupKey)];
}
