import type Stripe from 'stripe';
import { AppError } from '@/lib/errors';
import type { BillingProfile } from './get-billing-profile';
import { hasSubscription } from './has-subscription';
import { getPlan, lookupKeysFor, PLANS, type PurchasableTier, type Tier } from './plans';

export type PlanChange = {
  subscription: Stripe.Subscription;
  fromTier: Tier;
  toTier: PurchasableTier;
  /** By the monthly price: a downgrade is where projects can become read-only. */
  direction: 'upgrade' | 'downgrade';
  /** Stripe's `items` for both the preview and the update (one list, so both price the same change). */
  items: Stripe.SubscriptionUpdateParams.Item[];
  /** When the new monthly price is first charged in full (the current period's end). */
  nextPeriodStart: Date | null;
};

/** A price's part in a plan: the plan's licensed price, or one billed meter ("page_generate"). */
function roleOf(lookupKey: string | null | undefined): string | null {
  for (const plan of PLANS) {
    if (plan.lookupKey !== null && plan.lookupKey === lookupKey) return 'plan';
    const meter = plan.meters.find((m) => m.lookupKey === lookupKey);
    if (meter) return meter.metric;
  }
  return null;
}

/**
 * What changing the caller's subscription to `toTier` means in Stripe: the current subscription
 * (read from Stripe, not our copy), and for each of its items the new tier's price with the same
 * part (the plan's price for the plan's price, each meter's price for its meter), found by lookup
 * key like Checkout; items with no part in the new plan are removed and missing ones added.
 * Preview and change share it, so what was shown is what is applied.
 */
export async function resolvePlanChange(stripe: Stripe, profile: BillingProfile, toTier: PurchasableTier): Promise<PlanChange> {
  if (profile.planGrant) throw new AppError('CONFLICT', 'errors.billing.planGranted');
  if (!hasSubscription(profile) || !profile.stripeSubscriptionId) {
    throw new AppError('CONFLICT', 'errors.billing.planChange.noSubscription');
  }
  if (profile.tier === toTier) throw new AppError('CONFLICT', 'errors.billing.planChange.sameTier', { values: { tier: toTier } });
  const subscription = await stripe.subscriptions.retrieve(profile.stripeSubscriptionId);
  if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') {
    throw new AppError('CONFLICT', 'errors.billing.planChange.noSubscription');
  }
  // The plan Stripe bills today; our profile follows it through the webhook, but a price we do not
  // know (changed by hand in Stripe's dashboard) is not a plan we can price a change from.
  const licensed = subscription.items.data.find((item) => roleOf(item.price.lookup_key) === 'plan');
  const fromTier = PLANS.find((p) => p.lookupKey !== null && p.lookupKey === licensed?.price.lookup_key)?.tier;
  if (!licensed || !fromTier) throw new AppError('CONFLICT', 'errors.billing.planChange.unknownPlan');
  if (fromTier === toTier) throw new AppError('CONFLICT', 'errors.billing.planChange.sameTier', { values: { tier: toTier } });

  const keys = lookupKeysFor(toTier);
  const prices = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 20 });
  const priceByRole = new Map(prices.data.map((p) => [roleOf(p.lookup_key), p.id]));
  if (keys.some((k) => !prices.data.some((p) => p.lookup_key === k))) throw new AppError('UNAVAILABLE', 'errors.billing.catalogMissing');

  const items: Stripe.SubscriptionUpdateParams.Item[] = [];
  const kept = new Set<string>();
  for (const item of subscription.items.data) {
    const role = roleOf(item.price.lookup_key);
    const price = role ? priceByRole.get(role) : undefined;
    if (role && price && !kept.has(role)) {
      kept.add(role);
      items.push({ id: item.id, price });
    } else {
      items.push({ id: item.id, deleted: true });
    }
  }
  for (const [role, price] of priceByRole) if (role && !kept.has(role)) items.push({ price });

  const fromCents = getPlan(fromTier).monthlyCents ?? 0;
  const toCents = getPlan(toTier).monthlyCents ?? 0;
  return {
    subscription,
    fromTier,
    toTier,
    direction: toCents >= fromCents ? 'upgrade' : 'downgrade',
    items,
    nextPeriodStart: licensed.current_period_end ? new Date(licensed.current_period_end * 1000) : null,
  };
}
