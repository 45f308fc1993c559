import type { BillingProfile } from './get-billing-profile';
import type { PurchasableTier } from './plans';

/** Statuses where Stripe still bills a subscription we hold: a plan change goes through it, not through Checkout. */
const SUBSCRIBED: readonly string[] = ['active', 'trialing', 'past_due', 'unpaid'];

/** The one test, for checkout, plan changes and the billing page, of whether the caller has a running subscription. */
export function hasSubscription(profile: Pick<BillingProfile, 'subscriptionStatus' | 'stripeSubscriptionId'>): boolean {
  return SUBSCRIBED.includes(profile.subscriptionStatus) && profile.stripeSubscriptionId !== null;
}

/**
 * What the billing page says after `?changed=<tier>`: the plan is that tier now ("done"), or a
 * subscriber's change is waiting for Stripe's webhook ("pending"). The URL alone says nothing
 * (a bookmark, a shared link, an installation without payments, a Free account): without a
 * subscription no change can be under way, so nothing is said.
 */
export function planChangeNotice(
  requested: PurchasableTier | undefined,
  profile: Pick<BillingProfile, 'tier' | 'subscriptionStatus' | 'stripeSubscriptionId'>,
  paymentsConfigured: boolean,
): 'done' | 'pending' | null {
  if (!requested || !paymentsConfigured || !hasSubscription(profile)) return null;
  return profile.tier === requested ? 'done' : 'pending';
}
