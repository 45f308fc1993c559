import type { ClientBillingState } from './list-client-billing-states';
import { getPlan, type Tier } from './plans';

/**
 * Why a client's MRR is what it is, so the admin view can label it:
 *  - `subscription`: a Stripe subscription that is collecting (active, trialing, or past due —
 *    Stripe is still retrying the card, so the revenue is at risk but not lost yet);
 *  - `complimentary` / `enterprise_grant`: a plan an admin granted by hand: 0, it earns nothing
 *    through Stripe (enterprise is invoiced outside it);
 *  - `manual`: a paid tier set by hand without a subscription (the no-Stripe default): 0;
 *  - `none`: Free, or a subscription that stopped collecting (unpaid, canceled, incomplete).
 */
export type MrrBasis = 'subscription' | 'complimentary' | 'enterprise_grant' | 'manual' | 'none';

const COLLECTING: readonly ClientBillingState['subscriptionStatus'][] = ['active', 'trialing', 'past_due'];

export function monthlyRecurringRevenue(
  state: Pick<ClientBillingState, 'tier' | 'subscriptionStatus' | 'planGrant' | 'hasStripeSubscription'>,
): { cents: number; basis: MrrBasis } {
  if (state.planGrant === 'complimentary') return { cents: 0, basis: 'complimentary' };
  if (state.planGrant === 'enterprise') return { cents: 0, basis: 'enterprise_grant' };
  const price = getPlan(state.tier).monthlyCents;
  if (price === null) return { cents: 0, basis: 'none' };
  if (!state.hasStripeSubscription) return { cents: 0, basis: 'manual' };
  if (!COLLECTING.includes(state.subscriptionStatus)) return { cents: 0, basis: 'none' };
  return { cents: price, basis: 'subscription' };
}

export type MrrByPlan = { tier: Tier; clients: number; paying: number; mrrCents: number }[];
