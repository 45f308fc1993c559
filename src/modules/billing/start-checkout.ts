import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile } from '@/modules/accounts/get-billing-profile';
import { unsafeLinkStripeCustomer } from '@/modules/accounts/unsafe-billing-state';
import { PURCHASABLE_TIERS, lookupKeysFor } from './plans';
import { requireStripe } from './require-stripe';

export const startCheckoutInput = z.object({ tier: z.enum(PURCHASABLE_TIERS) });

const SUBSCRIBED: readonly string[] = ['active', 'trialing', 'past_due', 'unpaid'];

/**
 * Upgrading from Free: a Stripe Checkout Session (hosted) for the plan's licensed price and its
 * metered prices, found by lookup key. The customer is created on the first checkout and linked
 * to the profile; the plan changes only when Stripe's webhook confirms it. A client who already
 * has a subscription changes plan in the Customer Portal (Stripe prorates).
 */
export async function startCheckout(claims: VerifiedClaims, raw: z.input<typeof startCheckoutInput>): Promise<{ url: string }> {
  const { tier } = startCheckoutInput.parse(raw);
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  if (profile.planGrant) throw new AppError('CONFLICT', 'errors.billing.planGranted');
  if (SUBSCRIBED.includes(profile.subscriptionStatus) && profile.stripeSubscriptionId) {
    throw new AppError('CONFLICT', 'errors.billing.alreadySubscribed');
  }
  const customer = await ensureCustomer(stripe, profile.userId, profile.email, profile.stripeCustomerId);
  const keys = lookupKeysFor(tier);
  const prices = await stripe.prices.list({ lookup_keys: keys, active: true, limit: 20 });
  const byKey = new Map(prices.data.map((p) => [p.lookup_key, p.id]));
  if (keys.some((k) => !byKey.has(k))) throw new AppError('UNAVAILABLE', 'errors.billing.catalogMissing');
  const appUrl = getEnv().APP_URL;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: profile.userId,
    line_items: keys.map((key, i) => (i === 0 ? { price: byKey.get(key)!, quantity: 1 } : { price: byKey.get(key)! })),
    subscription_data: { metadata: { user_id: profile.userId, tier } },
    success_url: `${appUrl}/dashboard/billing?checkout=done`,
    cancel_url: `${appUrl}/dashboard/billing`,
  });
  if (!session.url) throw new AppError('UNAVAILABLE', 'errors.billing.stripeUnavailable');
  return { url: session.url };
}

async function ensureCustomer(stripe: ReturnType<typeof requireStripe>, userId: string, email: string, existing: string | null) {
  if (existing) return existing;
  // The idempotency key makes a double click (or a retry) one customer, not two.
  const created = await stripe.customers.create({ email, metadata: { user_id: userId } }, { idempotencyKey: `pm-customer-${userId}` });
  const db = await unsafeSystemDb('linking a Stripe customer to its profile is a system-only column');
  return db.transaction((tx) => unsafeLinkStripeCustomer(tx, userId, created.id));
}
