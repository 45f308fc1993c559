import Stripe from 'stripe';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile } from './get-billing-profile';
import { PURCHASABLE_TIERS, type PurchasableTier, type Tier } from './plans';
import { requireStripe } from './require-stripe';
import { resolvePlanChange } from './resolve-plan-change';

export const changePlanInput = z.object({
  tier: z.enum(PURCHASABLE_TIERS),
  /** The preview's `prorationDate` (seconds): the change is priced exactly as it was shown. */
  prorationDate: z.number().int().positive(),
});

/**
 * A preview older than this is priced again before it is applied: the proration Stripe charges
 * is the one at the preview's moment, and a price shown an hour ago is not what someone agreed to now.
 */
export const PREVIEW_VALID_SECONDS = 30 * 60;

/**
 * Applies a plan change the person saw in previewPlanChange: the same items, `always_invoice` so
 * the proration is charged (or credited) now as shown, at the preview's `proration_date`.
 * `pending_if_incomplete` keeps the old plan when an upgrade's payment fails, instead of a new plan
 * with an unpaid invoice. The idempotency key makes a double click or a retry one change. Our
 * profile's tier follows when Stripe's customer.subscription.updated arrives (the webhook is the
 * one writer of billing state), as after Checkout.
 */
export async function changePlan(
  claims: VerifiedClaims,
  raw: z.input<typeof changePlanInput>,
  now: () => number = Date.now,
): Promise<{ fromTier: Tier; toTier: PurchasableTier }> {
  const { tier, prorationDate } = changePlanInput.parse(raw);
  const nowSeconds = Math.floor(now() / 1000);
  if (prorationDate > nowSeconds + 60 || prorationDate < nowSeconds - PREVIEW_VALID_SECONDS) {
    throw new AppError('CONFLICT', 'errors.billing.planChange.previewExpired');
  }
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  const change = await resolvePlanChange(stripe, profile, tier);
  try {
    await stripe.subscriptions.update(
      change.subscription.id,
      {
        items: change.items,
        proration_behavior: 'always_invoice',
        proration_date: prorationDate,
        payment_behavior: 'pending_if_incomplete',
      },
      { idempotencyKey: `pm-plan-change-${change.subscription.id}-${tier}-${prorationDate}` },
    );
  } catch (err) {
    // A declined card is the person's to fix (and the plan did not change); anything else is ours.
    if (err instanceof Stripe.errors.StripeCardError) throw new AppError('PAYMENT_REQUIRED', 'errors.billing.planChange.paymentFailed');
    throw err;
  }
  return { fromTier: change.fromTier, toTier: tier };
}
