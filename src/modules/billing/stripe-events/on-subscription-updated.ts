import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * customer.subscription.updated: a plan change, a status change (past_due, unpaid, paused…) or a
 * cancellation scheduled for the period's end. Stripe's current subscription is applied; an event
 * older than the last one applied is `stale` and changes nothing.
 */
export function onSubscriptionUpdated(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event);
}
