import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { flushEvents } from '@/lib/jobs/send-events';
import { reportError } from '@/lib/observability';
import {
  unsafeApplyBillingState,
  unsafeFindUserByStripeCustomer,
  unsafeLinkStripeCustomer,
  type BillingStateChange,
} from '@/modules/accounts/unsafe-billing-state';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { accessForStatus } from './access-for-status';
import type { ParsedStripeEvent, RecordableEvent, StripeEventFacts } from './parse-stripe-event';
import { billingEvents } from './schema';
import { tierForLookupKey } from './plans';

export type StripeEventOutcome =
  'duplicate' | 'ignored' | 'malformed' | 'unknown-object' | 'unknown-customer' | 'applied' | 'stale' | 'granted-plan-kept' | 'no-profile';

/** What the webhook answers Stripe: the outcome, the row it is recorded as, and why when it was not applied. */
export type StripeEventResult = { outcome: StripeEventOutcome; recordedAs: string; reason?: string };

/**
 * Applies one verified, parsed Stripe event. Order-safe: the event only says *that* something
 * changed — the subscription is re-read from Stripe, so the state applied is Stripe's current one,
 * and the profile keeps the `created` of the last event applied so an older event arriving late
 * changes nothing. Exactly once: the event id goes into billing_events in the same transaction as
 * the profile change, so a redelivery finds it and stops (the row lock on the profile serialises
 * concurrent deliveries and admin changes).
 *
 * What Stripe signed but we cannot use (malformed, an object Stripe itself no longer knows, an
 * unhandled type) is recorded and answered, never thrown: a retry would carry the same bytes.
 * Anything that may pass — Stripe or the database unreachable — throws before the event id is
 * committed, so the webhook answers 5xx and Stripe's retry applies the event.
 */
export async function handleStripeEvent(stripe: Stripe, parsed: ParsedStripeEvent): Promise<StripeEventResult> {
  const db = await unsafeSystemDb('the Stripe webhook: a verified event from Stripe, not a user request');
  if (parsed.kind === 'malformed') {
    // Recorded so it is visible, reported so someone looks: Stripe changed what it sends us.
    reportError(new Error('malformed Stripe event'), { stripeEvent: parsed.event.id, type: parsed.event.type, reason: parsed.reason });
    return record(db, parsed.event, 'malformed', parsed.reason);
  }
  if (parsed.kind === 'unhandled') return record(db, parsed.event, 'ignored');
  const event = parsed.event;
  // Read before the transaction: a network call must not hold the profile's row lock.
  const subscription = event.subscriptionId ? await retrieveSubscription(stripe, event.subscriptionId) : null;
  if (subscription === 'missing') {
    return record(db, event, 'unknown-object', `Stripe has no subscription ${event.subscriptionId}`);
  }

  let isNotified = false;
  const outcome = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(billingEvents)
      .values({ id: event.id, type: event.type, stripeCreated: event.created, userId: null, outcome: 'processing' })
      .onConflictDoNothing({ target: billingEvents.id })
      .returning({ id: billingEvents.id });
    if (inserted.length === 0) return 'duplicate';

    let userId = event.customerId ? await unsafeFindUserByStripeCustomer(tx, event.customerId) : null;
    if (!userId && event.claimedUserId && event.customerId) {
      // Checkout links the customer when it starts; this covers a session created elsewhere.
      await unsafeLinkStripeCustomer(tx, event.claimedUserId, event.customerId);
      userId = event.claimedUserId;
    }
    let outcome: StripeEventOutcome = 'unknown-customer';
    if (userId) {
      const change = subscription ? { userId, observedAt: event.created, ...stateOf(subscription) } : null;
      outcome = change ? await unsafeApplyBillingState(tx, change) : 'ignored';
    }
    // A claimed user id with no profile is no user: the record must not point at it (foreign key).
    if (outcome === 'no-profile') userId = null;
    await tx.update(billingEvents).set({ userId, outcome }).where(eq(billingEvents.id, event.id));
    if (userId) isNotified = await emitDunning(tx, event, userId);
    return outcome;
  });
  if (isNotified) await flushEvents();
  return { outcome, recordedAs: event.id };
}

/**
 * The subscription as Stripe has it now, or 'missing' when Stripe says it does not exist (asking
 * again will not make it exist). Stripe unreachable, rate-limiting or failing is UNAVAILABLE: the
 * event must wait for Stripe's retry.
 */
async function retrieveSubscription(stripe: Stripe, subscriptionId: string): Promise<Stripe.Subscription | 'missing'> {
  try {
    return await stripe.subscriptions.retrieve(subscriptionId);
  } catch (err) {
    const stripeError = err as { type?: string; code?: string };
    if (stripeError.type === 'StripeInvalidRequestError' && stripeError.code === 'resource_missing') return 'missing';
    if (
      stripeError.type === 'StripeConnectionError' ||
      stripeError.type === 'StripeAPIError' ||
      stripeError.type === 'StripeRateLimitError'
    ) {
      const unavailable = new AppError('UNAVAILABLE', 'errors.billing.stripeUnavailable');
      unavailable.cause = err;
      throw unavailable;
    }
    throw err;
  }
}

/**
 * Dunning: every failed attempt Stripe makes on its retry schedule arrives as its own
 * `invoice.payment_failed`, and each becomes one `payment.failed` notice (keyed by invoice and
 * attempt, so a redelivery is the same notice); an invoice paid after a failed attempt becomes
 * `payment.recovered`. Recorded in the same transaction as the event id, so exactly once.
 */
async function emitDunning(tx: Db, event: StripeEventFacts, userId: string): Promise<boolean> {
  if ((event.type !== 'invoice.payment_failed' && event.type !== 'invoice.paid') || !event.invoice) return false;
  const invoice = event.invoice;
  const invoiceId = invoice.id;
  if (event.type === 'invoice.payment_failed') {
    const attempt = invoice.attemptCount ?? event.id;
    await emitNotificationInTx(tx, { kind: 'payment.failed', eventId: `payment.failed:${invoiceId}:${attempt}`, userId, invoiceId });
    return true;
  }
  if ((invoice.attemptCount ?? 0) <= 1) return false;
  await emitNotificationInTx(tx, { kind: 'payment.recovered', eventId: `payment.recovered:${invoiceId}`, userId });
  return true;
}

async function record(db: Db, event: RecordableEvent, outcome: StripeEventOutcome, reason?: string): Promise<StripeEventResult> {
  const inserted = await db
    .insert(billingEvents)
    .values({ id: event.id, type: event.type, stripeCreated: event.created, userId: null, outcome })
    .onConflictDoNothing({ target: billingEvents.id })
    .returning({ id: billingEvents.id });
  if (inserted.length === 0) return { outcome: 'duplicate', recordedAs: event.id };
  return { outcome, recordedAs: event.id, ...(reason ? { reason } : {}) };
}

/** Stripe's subscription → our tier, status and period end (the plan table and accessForStatus decide). */
export function stateOf(subscription: Stripe.Subscription): Omit<BillingStateChange, 'userId' | 'observedAt'> {
  const items = subscription.items.data;
  const licensed = items.find((item) => item.price.recurring?.usage_type !== 'metered') ?? items[0];
  const access = accessForStatus(subscription.status, tierForLookupKey(licensed?.price.lookup_key));
  const periodEnd = licensed?.current_period_end;
  return {
    tier: access.tier,
    status: access.status,
    subscriptionId: access.isOver ? null : subscription.id,
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
  };
}
