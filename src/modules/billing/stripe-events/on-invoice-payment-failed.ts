import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * invoice.payment_failed: the subscription is re-read and applied (past_due blocks publishing,
 * never serving). Dunning: every failed attempt Stripe makes on its retry schedule arrives as its
 * own event, and each becomes one `payment.failed` notice keyed by invoice and attempt — a
 * redelivery is the same notice — written in the same transaction as the event id.
 */
export function onInvoicePaymentFailed(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event, {
    alsoInTransaction: async (tx, userId) => {
      const invoice = event.invoice;
      if (!invoice) return false;
      const attempt = invoice.attemptCount ?? event.id;
      await emitNotificationInTx(tx, {
        kind: 'payment.failed',
        eventId: `payment.failed:${invoice.id}:${attempt}`,
        userId,
        invoiceId: invoice.id,
      });
      return true;
    },
  });
}
