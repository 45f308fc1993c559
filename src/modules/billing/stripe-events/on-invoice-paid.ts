import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import type { StripeEventFacts } from '../parse-stripe-event';
import { unsafeRequestNfseInTx } from '../request-nfse';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * invoice.paid: the subscription is re-read and applied (a past-due account is active again with
 * no manual step). Paid after a failed attempt, the invoice becomes one `payment.recovered` notice
 * (keyed by invoice, in the same transaction as the event id, so exactly once); a first-time
 * payment is no recovery. Every paid invoice asks for its NFS-e (request-nfse.ts), once, in the
 * same transaction; issuing is a job, so the provider never delays or fails this webhook. The
 * client's webhook endpoints get `invoice.paid` in that transaction too.
 */
export function onInvoicePaid(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event, {
    alsoInTransaction: async (tx, userId) => {
      const invoice = event.invoice;
      if (!invoice) return false;
      const isNfseRequested = await unsafeRequestNfseInTx(tx, userId, invoice, event.created);
      // The client's endpoints that subscribe to invoice.paid, in the transaction of the event id:
      // a redelivery is a duplicate before it gets here, a rolled-back event queues nothing. An
      // invoice without an amount or currency (Stripe always sends both on a paid one) is not announced
      // rather than announced with made-up numbers.
      const isAnnounced =
        invoice.amountPaid !== null && invoice.currency !== null
          ? (
              await unsafeRaiseWebhookEventInTx(tx, {
                type: 'invoice.paid',
                account: { userId },
                key: `invoice.paid:${invoice.id}`,
                occurredAt: invoice.paidAt ?? event.created,
                data: { invoiceId: invoice.id, amountCents: invoice.amountPaid, currency: invoice.currency },
              })
            ).length > 0
          : false;
      if ((invoice.attemptCount ?? 0) <= 1) return isNfseRequested || isAnnounced;
      await emitNotificationInTx(tx, { kind: 'payment.recovered', eventId: `payment.recovered:${invoice.id}`, userId });
      return true;
    },
  });
}
