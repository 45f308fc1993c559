import type Stripe from 'stripe';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import type { HandledEventType, ParsedStripeEvent, StripeEventFacts } from '../parse-stripe-event';
import { onCheckoutSessionCompleted } from './on-checkout-session-completed';
import { onCustomerUpdated } from './on-customer-updated';
import { onInvoiceFinalized } from './on-invoice-finalized';
import { onInvoicePaid } from './on-invoice-paid';
import { onInvoicePaymentFailed } from './on-invoice-payment-failed';
import { onSubscriptionCreated } from './on-subscription-created';
import { onSubscriptionDeleted } from './on-subscription-deleted';
import { onSubscriptionUpdated } from './on-subscription-updated';
import { recordStripeEvent } from './record-stripe-event';
import type { StripeEventContext, StripeEventResult } from './stripe-event-result';

export type { StripeEventOutcome, StripeEventResult } from './stripe-event-result';

/**
 * One handler per event type the webhook acts on (HANDLED_EVENTS): a type added there without a
 * handler here does not compile.
 */
const HANDLERS: Record<HandledEventType, (ctx: StripeEventContext, event: StripeEventFacts) => Promise<StripeEventResult>> = {
  'checkout.session.completed': onCheckoutSessionCompleted,
  'customer.subscription.created': onSubscriptionCreated,
  'customer.subscription.updated': onSubscriptionUpdated,
  'customer.subscription.deleted': onSubscriptionDeleted,
  'customer.updated': onCustomerUpdated,
  'invoice.paid': onInvoicePaid,
  'invoice.payment_failed': onInvoicePaymentFailed,
  'invoice.finalized': onInvoiceFinalized,
};

/**
 * Applies one verified, parsed Stripe event: the dispatcher. Each handled type goes to its own
 * handler (exactly once and order-safe: apply-subscription-event.ts). What Stripe signed but we
 * cannot use — malformed, or a type we do not handle — is recorded under its id and answered,
 * never thrown: a retry would carry the same bytes. Anything that may pass (Stripe or the database
 * unreachable) throws before the event id is committed, so the webhook answers 5xx and Stripe's
 * retry applies the event.
 */
export async function handleStripeEvent(stripe: Stripe, parsed: ParsedStripeEvent): Promise<StripeEventResult> {
  const db = await unsafeSystemDb('the Stripe webhook: a verified event from Stripe, not a user request');
  if (parsed.kind === 'malformed') {
    // Recorded so it is visible, reported so someone looks: Stripe changed what it sends us.
    reportError(new Error('malformed Stripe event'), { stripeEvent: parsed.event.id, type: parsed.event.type, reason: parsed.reason });
    return recordStripeEvent(db, parsed.event, 'malformed', parsed.reason);
  }
  if (parsed.kind === 'unhandled') return recordStripeEvent(db, parsed.event, 'ignored');
  return HANDLERS[parsed.event.type]({ stripe, db }, parsed.event);
}
