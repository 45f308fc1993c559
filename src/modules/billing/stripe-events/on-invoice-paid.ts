import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * invoice.paid: the subscription is re-read and applied (a past-due account is active again with
 * no manual step). Paid after a failed attempt, the invoice becomes one `payment.recovered` notice
 * (keyed by invoice, in the same transaction as the event id, so exactly once); a first-time
 * payment is no recovery.
 */
export function onInvoicePaid(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event, {
    alsoInTransaction: async (tx, userId) => {
      const invoice = event.invoice;
      if (!invoice || (invoice.attemptCount ?? 0) <= 1) return false;
      await emitNotificationInTx(tx, { kind: 'payment.recovered', eventId: `payment.recovered:${invoice.id}`, userId });
      return true;
    },
  });
}
