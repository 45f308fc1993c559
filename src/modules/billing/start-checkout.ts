import type Stripe from 'stripe';
import type { VerifiedClaims } from '@/lib/claims';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile, type BillingProfile } from './get-billing-profile';
import { hasSubscription } from './has-subscription';
import { ensureStripeCustomer } from './ensure-stripe-customer';
import type { BrazilianTaxId } from './parse-brazilian-tax-id';
import { lookupKeysFor, type PurchasableTier } from './plans';
import { requireStripe } from './require-stripe';
import { saveCustomerTaxId } from './save-customer-tax-id';

/**
 * Upgrading from Free by card: a Stripe Checkout Session (hosted) for the plan's licensed price
 * and its metered prices, found by lookup key. The customer is created on the first upgrade and
 * linked to the account; a CPF/CNPJ given is saved on it first, so the invoices carry it. The plan
 * changes only when Stripe's webhook confirms it. A client who already has a subscription changes
 * plan in the Customer Portal (Stripe prorates).
 */
export async function startCheckout(
  claims: VerifiedClaims,
  { tier, taxId = null }: { tier: PurchasableTier; taxId?: BrazilianTaxId | null },
): Promise<{ url: string }> {
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  assertCanStartSubscription(profile);
  const customer = await ensureStripeCustomer(stripe, profile.userId, profile.email, profile.stripeCustomerId);
  if (taxId) await saveCustomerTaxId(stripe, customer, taxId);
  const prices = await findPlanPrices(stripe, lookupKeysFor(tier));
  const appUrl = getEnv().APP_URL;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: profile.userId,
    line_items: prices.map((price, i) => (i === 0 ? { price, quantity: 1 } : { price })),
    subscription_data: { metadata: { user_id: profile.userId, tier } },
    success_url: `${appUrl}/dashboard/billing?checkout=done`,
    cancel_url: `${appUrl}/dashboard/billing`,
  });
  if (!session.url) throw new AppError('UNAVAILABLE', 'errors.billing.stripeUnavailable');
  return { url: session.url };
}

/**
 * A new subscription may start only from Free: not over a plan the agency granted, not over a
 * subscription that is paid or being collected, and not while a boleto of the last upgrade waits
 * to be paid (a second one would be a second subscription).
 */
export function assertCanStartSubscription(profile: BillingProfile): void {
  if (profile.planGrant) throw new AppError('CONFLICT', 'errors.billing.planGranted');
  if (!profile.stripeSubscriptionId) return;
  if (hasSubscription(profile)) throw new AppError('CONFLICT', 'errors.billing.alreadySubscribed');
  if (profile.subscriptionStatus === 'incomplete') throw new AppError('CONFLICT', 'errors.billing.paymentPending');
}

/** The plan's price ids, in its lookup keys' order (licensed first), or UNAVAILABLE when Stripe lacks one. */
export async function findPlanPrices(stripe: Stripe, keys: readonly string[]): Promise<string[]> {
  const prices = await stripe.prices.list({ lookup_keys: [...keys], active: true, limit: 20 });
  const byKey = new Map(prices.data.map((p) => [p.lookup_key, p.id]));
  if (keys.some((k) => !byKey.has(k))) throw new AppError('UNAVAILABLE', 'errors.billing.catalogMissing');
  return keys.map((k) => byKey.get(k)!);
}
