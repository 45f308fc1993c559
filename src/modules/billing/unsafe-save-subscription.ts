import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import type { Tier } from './plans';
import { billingCustomers, billingSubscriptions, type SubscriptionStatus } from './schema';

// "unsafe": these run on the privileged connection, past RLS — only service_role may write
// billing_customers and billing_subscriptions (the owner may only read its row). Callers are
// system code (the Stripe webhook, checkout's customer link, the meter push, the usage cron)
// that has already decided whose state it is; none of them takes a user's input for the id.

export type BillingStateChange = {
  userId: string;
  /** When Stripe created the event that carries this state. */
  observedAt: Date;
  /** The paid plan's tier, or 'free' when the subscription ended. */
  tier: Tier;
  status: SubscriptionStatus;
  subscriptionId: string | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

export type BillingStateOutcome = 'applied' | 'stale' | 'granted-plan-kept' | 'no-profile';

/**
 * The one place a Stripe subscription's state lands: billing_subscriptions (tier, status, period
 * end). System code only (the Stripe webhook), inside the caller's transaction. The subscription
 * row is created if missing and locked, so a concurrent delivery is serialised with this one; a
 * state observed before the last applied one is ignored (out-of-order delivery). The account's
 * plan follows the tier through the database (trigger apply_subscription_tier), except a plan an
 * admin granted by hand, which keeps its tier — only the subscription fields follow Stripe.
 */
export async function unsafeSaveSubscription(tx: Db, change: BillingStateChange): Promise<BillingStateOutcome> {
  const state = {
    tier: change.tier,
    status: change.status,
    stripeSubscriptionId: change.subscriptionId,
    currentPeriodEnd: change.currentPeriodEnd,
    cancelAtPeriodEnd: change.cancelAtPeriodEnd,
    syncedAt: change.observedAt,
  };
  // The first state of this account inserts its row; a later one locks it and updates it.
  let isInserted = false;
  const hasAccount = await insertForAccount(tx, async (sp) => {
    const rows = await sp
      .insert(billingSubscriptions)
      .values({ userId: change.userId, ...state })
      .onConflictDoNothing({ target: billingSubscriptions.userId })
      .returning({ userId: billingSubscriptions.userId });
    isInserted = rows.length > 0;
  });
  if (!hasAccount) return 'no-profile';
  if (!isInserted) {
    const [current] = await tx
      .select({ syncedAt: billingSubscriptions.syncedAt })
      .from(billingSubscriptions)
      .where(eq(billingSubscriptions.userId, change.userId))
      .for('update');
    if (current?.syncedAt && current.syncedAt > change.observedAt) return 'stale';
    await tx
      .update(billingSubscriptions)
      .set({ ...state, updatedAt: new Date() })
      .where(eq(billingSubscriptions.userId, change.userId));
  }
  const [grant] = rowsOf<{ granted: boolean }>(await tx.execute(sql`select private.has_plan_grant(${change.userId}) as granted`));
  return grant?.granted ? 'granted-plan-kept' : 'applied';
}

/** The account a Stripe customer belongs to. System code (the webhook). */
export async function unsafeFindUserByStripeCustomer(tx: Db, customerId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: billingCustomers.userId })
    .from(billingCustomers)
    .where(eq(billingCustomers.stripeCustomerId, customerId));
  return row?.id ?? null;
}

/** Links a Stripe customer to an account once (first checkout); a second link keeps the first. System code. */
export async function unsafeLinkStripeCustomer(tx: Db, userId: string, customerId: string): Promise<string> {
  await insertForAccount(tx, (sp) =>
    sp.insert(billingCustomers).values({ userId, stripeCustomerId: customerId }).onConflictDoNothing({ target: billingCustomers.userId }),
  );
  const [row] = await tx
    .select({ customer: billingCustomers.stripeCustomerId })
    .from(billingCustomers)
    .where(eq(billingCustomers.userId, userId));
  return row?.customer ?? customerId;
}

/** Stripe customer ids of the given users (those that have one). System code (the meter push). */
export async function unsafeListStripeCustomers(tx: Db, userIds?: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: billingCustomers.userId, customer: billingCustomers.stripeCustomerId })
    .from(billingCustomers)
    .where(userIds ? inArray(billingCustomers.userId, [...userIds]) : undefined);
  return new Map(rows.map((r) => [r.id, r.customer]));
}

/** Records the default payment method's summary ("card", "boleto") of a linked customer. System code. */
export async function unsafeSavePaymentMethodSummary(tx: Db, userId: string, summary: string | null): Promise<void> {
  await tx
    .update(billingCustomers)
    .set({ paymentMethodSummary: summary, updatedAt: new Date() })
    .where(eq(billingCustomers.userId, userId));
}

/**
 * Runs an insert keyed by an account id in a savepoint: an id with no account fails the foreign
 * key (false) without aborting the caller's transaction.
 */
async function insertForAccount(tx: Db, insert: (sp: Db) => Promise<unknown>): Promise<boolean> {
  return tx
    .transaction(async (sp) => {
      await insert(sp as unknown as Db);
      return true;
    })
    .catch((error: unknown) => {
      if (isForeignKeyViolation(error)) return false;
      throw error;
    });
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}
