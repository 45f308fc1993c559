import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
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
      // And the client's endpoints that subscribe to invoice.payment_failed: one message per
      // failed attempt, keyed like the notice, in the same transaction as the event id.
      await unsafeRaiseWebhookEventInTx(tx, {
        type: 'invoice.payment_failed',
        account: { userId },
        key: `invoice.payment_failed:${invoice.id}:${attempt}`,
        occurredAt: event.created,
        data: { invoiceId: invoice.id },
      });
      return true;
    },
  });
}
