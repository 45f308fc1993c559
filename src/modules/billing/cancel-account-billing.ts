import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { reportError } from '@/lib/observability';
import { getBillingProfile } from './get-billing-profile';

/**
 * Ends the caller's subscriptions before their account is deleted (LGPD/GDPR erasure must not
 * leave a card being charged for a site that no longer exists). Every subscription of the
 * customer that is not already cancelled is cancelled at once, with the usage so far invoiced
 * (`invoice_now`) and unused time prorated, as Stripe documents for immediate cancellation. The
 * Stripe customer and its invoices stay: invoices are accounting records the law asks us to keep.
 *
 * Throws (and the account is then not deleted) when a subscription may still be running and
 * cannot be cancelled: Stripe unreachable, or a payment account from when payments were set up.
 */
export async function cancelAccountBilling(claims: VerifiedClaims): Promise<{ cancelled: number }> {
  const profile = await getBillingProfile(claims);
  if (!profile.stripeCustomerId) return { cancelled: 0 };
  const payments = getPayments();
  if (payments.kind !== 'stripe') throw new AppError('UNAVAILABLE', 'errors.privacy.billingStillActive');
  try {
    let cancelled = 0;
    // The default list leaves out subscriptions already cancelled.
    for await (const subscription of payments.stripe.subscriptions.list({ customer: profile.stripeCustomerId, limit: 100 })) {
      await payments.stripe.subscriptions.cancel(subscription.id, { invoice_now: true, prorate: true });
      cancelled += 1;
    }
    return { cancelled };
  } catch (err) {
    reportError(err, { where: 'cancelAccountBilling', customer: profile.stripeCustomerId });
    throw new AppError('UNAVAILABLE', 'errors.privacy.billingStillActive');
  }
}
