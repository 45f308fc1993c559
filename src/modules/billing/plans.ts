import type { Entitlements } from '@/modules/accounts/get-entitlements';
import type { BilledMetric } from '@/modules/metering/stripe-meters';

/**
 * The one plan → price table. The Billing page, the webhook (price → tier), `npm run stripe:setup`
 * and the usage lines read it; Stripe objects are found by lookup key, never by id, so the same
 * table works in every Stripe account. Amounts are in centavos (BRL). Included amounts equal the
 * quotas in tier_limits (the database enforces those; Stripe charges only the overage above them).
 */
export type Tier = Entitlements['tier'];

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
  meters: readonly MeterPrice[];
};

const GB = 1;

function meters(tier: Tier, included: Record<BilledMetric, number>): MeterPrice[] {
  const overage: Record<BilledMetric, { cents: number; per: number }> = {
    page_generate: { cents: 150, per: 1 },
    ai_token: { cents: 200, per: 100_000 },
    container_hours: { cents: 2, per: 1 },
    storage_gb: { cents: 100, per: GB },
  };
  return (Object.keys(included) as BilledMetric[]).map((metric) => ({
    metric,
    included: included[metric],
    overageCents: overage[metric].cents,
    perUnits: overage[metric].per,
    lookupKey: `pm_${tier}_${metric}_monthly`,
  }));
}

export const PLANS: readonly Plan[] = [
  {
    tier: 'free',
    monthlyCents: null,
    lookupKey: null,
    meters: meters('free', { page_generate: 30, ai_token: 300_000, container_hours: 744, storage_gb: 5 }),
  },
  {
    tier: 'basic',
    monthlyCents: 29_700,
    lookupKey: 'pm_basic_monthly',
    meters: meters('basic', { page_generate: 200, ai_token: 2_000_000, container_hours: 3 * 744, storage_gb: 25 }),
  },
  {
    tier: 'pro',
    monthlyCents: 89_700,
    lookupKey: 'pm_pro_monthly',
    meters: meters('pro', { page_generate: 1000, ai_token: 10_000_000, container_hours: 10 * 744, storage_gb: 100 }),
  },
  { tier: 'enterprise', monthlyCents: null, lookupKey: null, meters: [] },
];

export const CURRENCY = 'brl';

export function getPlan(tier: Tier): Plan {
  const plan = PLANS.find((p) => p.tier === tier);
  if (!plan) throw new Error(`no plan for tier ${tier}`);
  return plan;
}

/** Plans a client can buy through Checkout. */
export const PURCHASABLE_TIERS = ['basic', 'pro'] as const satisfies readonly Tier[];
export type PurchasableTier = (typeof PURCHASABLE_TIERS)[number];

/** The tier a subscription's licensed price stands for (the webhook's one mapping), or null. */
export function tierForLookupKey(lookupKey: string | null | undefined): Tier | null {
  return PLANS.find((p) => p.lookupKey !== null && p.lookupKey === lookupKey)?.tier ?? null;
}

/** Every lookup key of one plan: its licensed price first, then its metered prices. */
export function lookupKeysFor(tier: PurchasableTier): string[] {
  const plan = getPlan(tier);
  return [plan.lookupKey!, ...plan.meters.map((m) => m.lookupKey)];
}
