import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import {
  unsafeApplyBillingState,
  unsafeFindUserByStripeCustomer,
  unsafeLinkStripeCustomer,
  type BillingStateChange,
} from '@/modules/accounts/unsafe-billing-state';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { billingEvents } from './schema';
import { tierForLookupKey, type Tier } from './plans';

export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.finalized',
] as const;

export type StripeEventOutcome = 'duplicate' | 'ignored' | 'unknown-customer' | 'applied' | 'stale' | 'granted-plan-kept' | 'no-profile';

type SubscriptionStatus = BillingStateChange['status'];

/**
 * Applies one verified Stripe event. Order-safe: the event only says *that* something changed —
 * the subscription is re-read from Stripe, so the state applied is Stripe's current one, and the
 * profile keeps the `created` of the last event applied so an older event arriving late changes
 * nothing. Exactly once: the event id goes into billing_events in the same transaction as the
 * profile change, so a redelivery finds it and stops (the row lock on the profile serialises
 * concurrent deliveries and admin changes).
 */
export async function handleStripeEvent(stripe: Stripe, event: Stripe.Event): Promise<StripeEventOutcome> {
  const observedAt = new Date(event.created * 1000);
  const db = await unsafeSystemDb('the Stripe webhook: a verified event from Stripe, not a user request');
  if (!(HANDLED_EVENTS as readonly string[]).includes(event.type)) {
    return record(db, event, observedAt, null, 'ignored');
  }
  const object = event.data.object as {
    customer?: string | { id: string } | null;
    subscription?: unknown;
    metadata?: Record<string, string> | null;
  };
  const customerId = typeof object.customer === 'string' ? object.customer : (object.customer?.id ?? null);
  const subscriptionId = subscriptionIdOf(event);
  // Read before the transaction: a network call must not hold the profile's row lock.
  const subscription = subscriptionId ? await stripe.subscriptions.retrieve(subscriptionId) : null;

  let isNotified = false;
  const outcome = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(billingEvents)
      .values({ id: event.id, type: event.type, stripeCreated: observedAt, userId: null, outcome: 'processing' })
      .onConflictDoNothing({ target: billingEvents.id })
      .returning({ id: billingEvents.id });
    if (inserted.length === 0) return 'duplicate';

    let userId = customerId ? await unsafeFindUserByStripeCustomer(tx, customerId) : null;
    const claimedUser =
      event.type === 'checkout.session.completed' ? (event.data.object as Stripe.Checkout.Session).client_reference_id : null;
    if (!userId && claimedUser && customerId) {
      // Checkout links the customer when it starts; this covers a session created elsewhere.
      await unsafeLinkStripeCustomer(tx, claimedUser, customerId);
      userId = claimedUser;
    }
    let outcome: StripeEventOutcome = 'unknown-customer';
    if (userId) {
      outcome = subscription ? await unsafeApplyBillingState(tx, { userId, observedAt, ...stateOf(subscription) }) : 'ignored';
    }
    await tx.update(billingEvents).set({ userId, outcome }).where(eq(billingEvents.id, event.id));
    if (userId) isNotified = await emitDunning(tx, event, userId);
    return outcome;
  });
  if (isNotified) await flushEvents();
  return outcome;
}

/**
 * Dunning: every failed attempt Stripe makes on its retry schedule arrives as its own
 * `invoice.payment_failed`, and each becomes one `payment.failed` notice (keyed by invoice and
 * attempt, so a redelivery is the same notice); an invoice paid after a failed attempt becomes
 * `payment.recovered`. Recorded in the same transaction as the event id, so exactly once.
 */
async function emitDunning(tx: Db, event: Stripe.Event, userId: string): Promise<boolean> {
  if (event.type !== 'invoice.payment_failed' && event.type !== 'invoice.paid') return false;
  const invoice = event.data.object as { id?: string; attempt_count?: number | null };
  const invoiceId = invoice.id ?? event.id;
  if (event.type === 'invoice.payment_failed') {
    const attempt = invoice.attempt_count ?? event.id;
    await emitNotificationInTx(tx, { kind: 'payment.failed', eventId: `payment.failed:${invoiceId}:${attempt}`, userId, invoiceId });
    return true;
  }
  if ((invoice.attempt_count ?? 0) <= 1) return false;
  await emitNotificationInTx(tx, { kind: 'payment.recovered', eventId: `payment.recovered:${invoiceId}`, userId });
  return true;
}

async function record(
  db: Db,
  event: Stripe.Event,
  observedAt: Date,
  userId: string | null,
  outcome: StripeEventOutcome,
): Promise<StripeEventOutcome> {
  const inserted = await db
    .insert(billingEvents)
    .values({ id: event.id, type: event.type, stripeCreated: observedAt, userId, outcome })
    .onConflictDoNothing({ target: billingEvents.id })
    .returning({ id: billingEvents.id });
  return inserted.length === 0 ? 'duplicate' : outcome;
}

function subscriptionIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; subscription?: string | { id: string } | null; parent?: unknown };
  if (event.type.startsWith('customer.subscription.')) return object.id ?? null;
  const direct = typeof object.subscription === 'string' ? object.subscription : (object.subscription?.id ?? null);
  if (direct) return direct;
  // Invoices of recent API versions name their subscription under parent.subscription_details.
  const parent = object.parent as { subscription_details?: { subscription?: string | { id: string } } } | undefined;
  const nested = parent?.subscription_details?.subscription;
  return typeof nested === 'string' ? nested : (nested?.id ?? null);
}

const PAID_STATUSES: readonly string[] = ['active', 'trialing', 'past_due', 'unpaid'];

/** Stripe's subscription → our tier, status and period end (the mapping reads the plan table). */
export function stateOf(subscription: Stripe.Subscription): Omit<BillingStateChange, 'userId' | 'observedAt'> {
  const items = subscription.items.data;
  const licensed = items.find((item) => item.price.recurring?.usage_type !== 'metered') ?? items[0];
  const planTier = tierForLookupKey(licensed?.price.lookup_key);
  const status = mapStatus(subscription.status);
  const isPaid = PAID_STATUSES.includes(subscription.status) && planTier !== null;
  const tier: Tier = isPaid ? planTier : 'free';
  const periodEnd = licensed?.current_period_end;
  return {
    tier,
    status,
    subscriptionId: status === 'canceled' ? null : subscription.id,
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: Boolean(subscription.cancel_at_period_end),
  };
}

function mapStatus(status: Stripe.Subscription.Status): SubscriptionStatus {
  switch (status) {
    case 'active':
    case 'trialing':
    case 'past_due':
    case 'unpaid':
    case 'canceled':
    case 'incomplete':
      return status as SubscriptionStatus;
    case 'incomplete_expired':
      return 'canceled';
    case 'paused':
      // No payment is being collected: treat like unpaid (publishing blocked, sites serve).
      return 'unpaid';
    default:
      return 'incomplete';
  }
}
