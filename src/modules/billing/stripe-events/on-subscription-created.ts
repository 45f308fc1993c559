import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * customer.subscription.created: a client's subscription exists (after Checkout, or made in
 * Stripe's dashboard). Its current state — tier, status, period — is applied; an `incomplete` one
 * (first payment pending, e.g. a boleto) gives no paid tier until Stripe makes it active.
 */
export function onSubscriptionCreated(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event);
}
