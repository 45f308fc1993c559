import { eq, inArray, isNotNull, and } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { userProfiles, type Tier } from './schema';

type SubscriptionStatus = (typeof userProfiles.subscriptionStatus.enumValues)[number];

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
 * The one place a Stripe subscription's state lands in user_profiles (tier, status, period end).
 * System code only (the Stripe webhook), inside the caller's transaction. The profile row is
 * locked first, so a concurrent webhook or an admin's change is serialised with this one; a state
 * observed before the last applied one is ignored (out-of-order delivery); a plan an admin granted
 * by hand (plan_grant) keeps its tier — only the subscription fields follow Stripe.
 */
export async function unsafeApplyBillingState(tx: Db, change: BillingStateChange): Promise<BillingStateOutcome> {
  const [profile] = await tx
    .select({ billingSyncedAt: userProfiles.billingSyncedAt, planGrant: userProfiles.planGrant })
    .from(userProfiles)
    .where(eq(userProfiles.id, change.userId))
    .for('update');
  if (!profile) return 'no-profile';
  if (profile.billingSyncedAt && profile.billingSyncedAt > change.observedAt) return 'stale';
  await tx
    .update(userProfiles)
    .set({
      ...(profile.planGrant ? {} : { tier: change.tier }),
      subscriptionStatus: change.status,
      stripeSubscriptionId: change.subscriptionId,
      currentPeriodEnd: change.currentPeriodEnd,
      cancelAtPeriodEnd: change.cancelAtPeriodEnd,
      billingSyncedAt: change.observedAt,
    })
    .where(eq(userProfiles.id, change.userId));
  return profile.planGrant ? 'granted-plan-kept' : 'applied';
}

/** The profile a Stripe customer belongs to. System code (the webhook). */
export async function unsafeFindUserByStripeCustomer(tx: Db, customerId: string): Promise<string | null> {
  const [row] = await tx.select({ id: userProfiles.id }).from(userProfiles).where(eq(userProfiles.stripeCustomerId, customerId));
  return row?.id ?? null;
}

/** Links a Stripe customer to a profile once (first checkout); a second link keeps the first. System code. */
export async function unsafeLinkStripeCustomer(tx: Db, userId: string, customerId: string): Promise<string> {
  const [row] = await tx
    .select({ customer: userProfiles.stripeCustomerId })
    .from(userProfiles)
    .where(eq(userProfiles.id, userId))
    .for('update');
  if (row?.customer) return row.customer;
  await tx.update(userProfiles).set({ stripeCustomerId: customerId }).where(eq(userProfiles.id, userId));
  return customerId;
}

/** Stripe customer ids of the given users (those that have one). System code (the meter push). */
export async function unsafeListStripeCustomers(tx: Db, userIds?: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: userProfiles.id, customer: userProfiles.stripeCustomerId })
    .from(userProfiles)
    .where(and(isNotNull(userProfiles.stripeCustomerId), userIds ? inArray(userProfiles.id, [...userIds]) : undefined));
  return new Map(rows.map((r) => [r.id, r.customer!]));
}

/** The tier of each given account. System code (the usage-threshold cron). */
export async function unsafeListTiers(db: Db, userIds: readonly string[]): Promise<Map<string, Tier>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: userProfiles.id, tier: userProfiles.tier })
    .from(userProfiles)
    .where(inArray(userProfiles.id, [...userIds]));
  return new Map(rows.map((r) => [r.id, r.tier]));
}
