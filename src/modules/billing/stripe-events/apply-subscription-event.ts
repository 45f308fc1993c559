import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { flushEvents } from '@/lib/jobs/send-events';
import {
  unsafeFindUserByStripeCustomer,
  unsafeLinkStripeCustomer,
  unsafeSavePaymentMethodSummary,
  unsafeSaveSubscription,
} from '../unsafe-save-subscription';
import type { StripeEventFacts } from '../parse-stripe-event';
import { billingEvents } from '../schema';
import { recordStripeEvent } from './record-stripe-event';
import { retrieveStripeSubscription } from './retrieve-stripe-subscription';
import { subscriptionState } from './subscription-state';
import type { StripeEventContext, StripeEventOutcome, StripeEventResult } from './stripe-event-result';

export type ApplySubscriptionOptions = {
  /** A checkout's client_reference_id: links the customer to that account when nobody has it yet. */
  claimedUserId?: string | null;
  /**
   * More work in the same transaction as the event id, once the client is known (dunning notices);
   * returns whether it emitted events to flush after the commit.
   */
  alsoInTransaction?: (tx: Db, userId: string) => Promise<boolean>;
};

/**
 * What every event that announces a subscription change does. Order-safe: the event only says
 * *that* something changed — the subscription is re-read from Stripe, so the state applied is
 * Stripe's current one, and billing_subscriptions keeps the `created` of the last event applied so an older
 * event arriving late changes nothing. Exactly once: the event id goes into billing_events in the
 * same transaction as the subscription change, so a redelivery finds it and stops (the row lock on
 * the subscription serialises concurrent deliveries and admin changes).
 *
 * Stripe or the database unreachable throws before the event id is committed, so the webhook
 * answers 5xx and Stripe's retry applies the event.
 */
export async function applySubscriptionEvent(
  { stripe, db }: StripeEventContext,
  event: StripeEventFacts,
  options: ApplySubscriptionOptions = {},
): Promise<StripeEventResult> {
  // Read before the transaction: a network call must not hold the subscription's row lock.
  const subscription = event.subscriptionId ? await retrieveStripeSubscription(stripe, event.subscriptionId) : null;
  if (subscription === 'missing') {
    return recordStripeEvent(db, event, 'unknown-object', `Stripe has no subscription ${event.subscriptionId}`);
  }

  let isNotified = false;
  const outcome = await db.transaction(async (tx): Promise<StripeEventOutcome> => {
    const inserted = await tx
      .insert(billingEvents)
      .values({ id: event.id, type: event.type, stripeCreated: event.created, userId: null, outcome: 'processing' })
      .onConflictDoNothing({ target: billingEvents.id })
      .returning({ id: billingEvents.id });
    if (inserted.length === 0) return 'duplicate';

    let userId = event.customerId ? await unsafeFindUserByStripeCustomer(tx, event.customerId) : null;
    if (!userId && options.claimedUserId && event.customerId) {
      // Checkout links the customer when it starts; this covers a session created elsewhere.
      await unsafeLinkStripeCustomer(tx, options.claimedUserId, event.customerId);
      userId = options.claimedUserId;
    }
    let outcome: StripeEventOutcome = 'unknown-customer';
    if (userId) {
      const change = subscription ? { userId, observedAt: event.created, ...subscriptionState(subscription) } : null;
      outcome = change ? await unsafeSaveSubscription(tx, change) : 'ignored';
      if (subscription && (outcome === 'applied' || outcome === 'granted-plan-kept')) {
        await unsafeSavePaymentMethodSummary(tx, userId, subscription.collection_method === 'send_invoice' ? 'boleto' : 'card');
      }
    }
    // A claimed user id with no profile is no user: the record must not point at it (foreign key).
    if (outcome === 'no-profile') userId = null;
    await tx.update(billingEvents).set({ userId, outcome }).where(eq(billingEvents.id, event.id));
    if (userId && options.alsoInTransaction) isNotified = await options.alsoInTransaction(tx, userId);
    return outcome;
  });
  if (isNotified) await flushEvents();
  return { outcome, recordedAs: event.id };
}
