import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * invoice.finalized: an invoice can now be paid (for a boleto, the moment it has its number and
 * due date). Its subscription is re-read and applied, so the status we show moves with Stripe's;
 * no notice is sent — the client hears about an invoice when a payment fails or succeeds.
 */
export function onInvoiceFinalized(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event);
}
