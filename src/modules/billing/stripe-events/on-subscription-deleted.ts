import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * customer.subscription.deleted: the subscription ended. Re-read from Stripe (status `canceled`),
 * it moves the account to Free and forgets the subscription id; a plan an admin granted stays.
 * Nothing is deleted: projects above Free's limits become read-only, live sites keep serving.
 */
export function onSubscriptionDeleted(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event);
}
