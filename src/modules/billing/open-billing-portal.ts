import type { VerifiedClaims } from '@/lib/claims';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getPayments } from '@/lib/payments/get-stripe';
import { getBillingProfile } from './get-billing-profile';
import { requireStripe } from './require-stripe';

/** The Stripe Customer Portal (payment methods, invoices, plan changes, cancellation) for the caller. */
export async function openBillingPortal(claims: VerifiedClaims): Promise<{ url: string }> {
  const stripe = requireStripe(getPayments());
  const profile = await getBillingProfile(claims);
  if (!profile.stripeCustomerId) throw new AppError('CONFLICT', 'errors.billing.noCustomer');
  const session = await stripe.billingPortal.sessions.create({
    customer: profile.stripeCustomerId,
    return_url: `${getEnv().APP_URL}/dashboard/billing`,
  });
  return { url: session.url };
}
