import type Stripe from 'stripe';
import { AppError } from '@/lib/errors';

/**
 * The subscription as Stripe has it now (with its latest invoice), or 'missing' when Stripe says it does not exist (asking
 * again will not make it exist). Stripe unreachable, rate-limiting or failing is UNAVAILABLE: the
 * event must wait for Stripe's retry.
 */
export async function retrieveStripeSubscription(stripe: Stripe, subscriptionId: string): Promise<Stripe.Subscription | 'missing'> {
  try {
    // The latest invoice says whether a boleto subscription's first payment arrived (subscription-state.ts).
    return await stripe.subscriptions.retrieve(subscriptionId, { expand: ['latest_invoice'] });
  } catch (err) {
    const stripeError = err as { type?: string; code?: string };
    if (stripeError.type === 'StripeInvalidRequestError' && stripeError.code === 'resource_missing') return 'missing';
    if (
      stripeError.type === 'StripeConnectionError' ||
      stripeError.type === 'StripeAPIError' ||
      stripeError.type === 'StripeRateLimitError'
    ) {
      const unavailable = new AppError('UNAVAILABLE', 'errors.billing.stripeUnavailable');
      unavailable.cause = err;
      throw unavailable;
    }
    throw err;
  }
}
