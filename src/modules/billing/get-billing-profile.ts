import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getAccountPlan, type AccountPlan } from '@/modules/accounts/get-account-plan';
import { billingCustomers, billingSubscriptions, type SubscriptionStatus } from './schema';

export type BillingProfile = AccountPlan & {
  subscriptionStatus: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  paymentMethodSummary: string | null;
};

/**
 * The caller's plan as billing sees it: the account and its plan (accounts), the Stripe customer
 * and subscription (billing's own tables). RLS: their own rows; an admin may name a client.
 */
export async function getBillingProfile(claims: VerifiedClaims, input: { userId?: string } = {}): Promise<BillingProfile> {
  const account = await getAccountPlan(claims, input);
  const { customer, subscription } = await withRls(claims, async (tx) => {
    const [customer] = await tx.select().from(billingCustomers).where(eq(billingCustomers.userId, account.userId));
    const [subscription] = await tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.userId, account.userId));
    return { customer, subscription };
  });
  return {
    ...account,
    subscriptionStatus: subscription?.status ?? 'none',
    currentPeriodEnd: subscription?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    stripeCustomerId: customer?.stripeCustomerId ?? null,
    stripeSubscriptionId: subscription?.stripeSubscriptionId ?? null,
    paymentMethodSummary: customer?.paymentMethodSummary ?? null,
  };
}
