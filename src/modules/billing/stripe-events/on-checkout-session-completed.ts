import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * checkout.session.completed: the client finished Checkout. The session names the profile in
 * client_reference_id (we set it when Checkout starts); a customer nobody has yet is linked to
 * that profile, then the session's subscription is applied like any subscription event.
 */
export function onCheckoutSessionCompleted(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event, { claimedUserId: event.claimedUserId });
}
