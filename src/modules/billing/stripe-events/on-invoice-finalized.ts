import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import type { StripeEventFacts } from '../parse-stripe-event';
import { applySubscriptionEvent } from './apply-subscription-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

/**
 * invoice.finalized: an invoice can now be paid. Its subscription is re-read and applied, so the
 * status we show moves with Stripe's. An invoice the client pays by boleto (sent, not charged)
 * becomes one `payment.boleto_issued` notice — the mail with the amount and due date, pointing at
 * the Billing page where the boleto is — keyed by invoice, in the same transaction as the event
 * id, so exactly once. A card invoice is charged by Stripe: nobody needs telling.
 */
export function onInvoiceFinalized(ctx: StripeEventContext, event: StripeEventFacts): Promise<StripeEventResult> {
  return applySubscriptionEvent(ctx, event, {
    alsoInTransaction: async (tx, userId) => {
      const boleto = event.invoice?.boleto;
      if (!event.invoice || !boleto) return false;
      await emitNotificationInTx(tx, {
        kind: 'payment.boleto_issued',
        eventId: `payment.boleto_issued:${event.invoice.id}`,
        userId,
        invoiceId: event.invoice.id,
        amountCents: boleto.amountCents,
        currency: boleto.currency,
        dueAt: boleto.dueAt.toISOString(),
      });
      return true;
    },
  });
}
