import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { userProfiles } from '@/modules/accounts/schema';
import { billingCustomers, billingSubscriptions, type SubscriptionStatus } from '@/modules/billing/schema';

/**
 * An account's profile (accounts) with its Stripe customer and subscription (billing's tables),
 * under the field names the profile had when it carried them — what billing tests look at.
 */
export async function billingStateOf(handle: DbHandle, userId: string) {
  const [profile] = await handle.db.select().from(userProfiles).where(eq(userProfiles.id, userId));
  const [customer] = await handle.db.select().from(billingCustomers).where(eq(billingCustomers.userId, userId));
  const [subscription] = await handle.db.select().from(billingSubscriptions).where(eq(billingSubscriptions.userId, userId));
  return {
    ...profile!,
    stripeCustomerId: customer?.stripeCustomerId ?? null,
    stripeSubscriptionId: subscription?.stripeSubscriptionId ?? null,
    subscriptionStatus: subscription?.status ?? ('none' as SubscriptionStatus),
    currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    billingSyncedAt: subscription?.syncedAt ?? null,
  };
}

/**
 * Sets an account's subscription state directly (privileged test setup), keeping its plan: the
 * row carries the profile's current tier, so billing's trigger leaves the plan as it is.
 */
export async function setSubscriptionState(
  handle: DbHandle,
  userId: string,
  state: { subscriptionStatus?: SubscriptionStatus; stripeSubscriptionId?: string | null; stripeCustomerId?: string },
): Promise<void> {
  const [profile] = await handle.db.select({ tier: userProfiles.tier }).from(userProfiles).where(eq(userProfiles.id, userId));
  const values = {
    ...(state.subscriptionStatus ? { status: state.subscriptionStatus } : {}),
    ...(state.stripeSubscriptionId !== undefined ? { stripeSubscriptionId: state.stripeSubscriptionId } : {}),
  };
  if (Object.keys(values).length > 0) {
    await handle.db
      .insert(billingSubscriptions)
      .values({ userId, status: 'none', tier: profile!.tier, ...values })
      .onConflictDoUpdate({ target: billingSubscriptions.userId, set: values });
  }
  if (state.stripeCustomerId) {
    await handle.db
      .insert(billingCustomers)
      .values({ userId, stripeCustomerId: state.stripeCustomerId })
      .onConflictDoUpdate({ target: billingCustomers.userId, set: { stripeCustomerId: state.stripeCustomerId } });
  }
}
