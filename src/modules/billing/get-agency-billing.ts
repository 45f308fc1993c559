import type { VerifiedClaims } from '@/lib/claims';
import { listClientBillingStates, type ClientBillingState } from './list-client-billing-states';
import { emptyUsageTotals, sumUsageByUser, type UsageTotals } from '@/modules/metering/sum-usage-by-user';
import { monthlyRecurringRevenue, type MrrBasis, type MrrByPlan } from './monthly-recurring-revenue';
import { getPlan, PLANS, type Tier } from './plans';

export type AgencyBillingRow = Omit<ClientBillingState, 'hasStripeSubscription'> & {
  mrrCents: number;
  mrrBasis: MrrBasis;
  /** This period's billed usage against the plan's included amounts (null: nothing included / unlimited). */
  usage: { metric: keyof UsageTotals; used: number; included: number | null }[];
};

export type AgencyBilling = {
  period: { start: Date; end: Date };
  rows: AgencyBillingRow[];
  pastDue: AgencyBillingRow[];
  byPlan: MrrByPlan;
  totalMrrCents: number;
  currency: 'BRL';
};

/** The usage period: the calendar month in UTC (the same one the quotas count in). */
function currentPeriod(now: Date): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}

/**
 * The agency's billing picture (admins only — listClientBillingStates refuses anyone else and RLS
 * limits the usage sums): per client plan, subscription status, MRR (from the plan table and the
 * subscription's state, never from Stripe's API, so it also works with payments not configured)
 * and this period's usage; the clients whose payment failed; and MRR per plan.
 */
export async function getAgencyBilling(claims: VerifiedClaims, now = new Date()): Promise<AgencyBilling> {
  const period = currentPeriod(now);
  const states = await listClientBillingStates(claims);
  const usage = await sumUsageByUser(claims, { from: period.start, to: period.end });
  const rows = states.map(({ hasStripeSubscription, ...state }): AgencyBillingRow => {
    const mrr = monthlyRecurringRevenue({ ...state, hasStripeSubscription });
    const used = usage.get(state.id) ?? emptyUsageTotals();
    const meters = getPlan(state.tier).meters;
    return {
      ...state,
      mrrCents: mrr.cents,
      mrrBasis: mrr.basis,
      usage: (Object.keys(used) as (keyof UsageTotals)[]).map((metric) => ({
        metric,
        used: used[metric],
        included: meters.find((m) => m.metric === metric)?.included ?? null,
      })),
    };
  });
  const byPlan = PLANS.map(({ tier }) => {
    const ofTier = rows.filter((r) => r.tier === tier);
    return {
      tier: tier as Tier,
      clients: ofTier.length,
      paying: ofTier.filter((r) => r.mrrCents > 0).length,
      mrrCents: ofTier.reduce((sum, r) => sum + r.mrrCents, 0),
    };
  });
  return {
    period,
    rows,
    pastDue: rows.filter((r) => r.subscriptionStatus === 'past_due' || r.subscriptionStatus === 'unpaid'),
    byPlan,
    totalMrrCents: byPlan.reduce((sum, p) => sum + p.mrrCents, 0),
    currency: 'BRL',
  };
}
