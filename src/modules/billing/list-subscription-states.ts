import { inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls, type Tx } from '@/lib/db/with-rls';
import { listEnterpriseAccountIds } from '@/modules/accounts/list-enterprise-account-ids';
import { billingCustomers, billingSubscriptions, type SubscriptionStatus } from './schema';

export type SubscriptionState = {
  status: SubscriptionStatus;
  stripeSubscriptionId: string | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

const NONE: SubscriptionState = { status: 'none', stripeSubscriptionId: null, currentPeriodEnd: null, cancelAtPeriodEnd: false };

/**
 * The subscription state of each given account (no row: status 'none'), in the caller's
 * transaction: under RLS an account sees its own, an admin every one.
 */
export async function listSubscriptionStates(tx: Tx | Db, ids: readonly string[]): Promise<Map<string, SubscriptionState>> {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await tx
        .select({
          userId: billingSubscriptions.userId,
          status: billingSubscriptions.status,
          stripeSubscriptionId: billingSubscriptions.stripeSubscriptionId,
          currentPeriodEnd: billingSubscriptions.currentPeriodEnd,
          cancelAtPeriodEnd: billingSubscriptions.cancelAtPeriodEnd,
        })
        .from(billingSubscriptions)
        .where(inArray(billingSubscriptions.userId, unique))
    : [];
  const byId = new Map(rows.map(({ userId, ...state }) => [userId, state]));
  return new Map(unique.map((id) => [id, byId.get(id) ?? NONE]));
}

/** The Stripe customer of each given account that has one, in the caller's transaction (RLS as above). */
export async function listStripeCustomerIds(tx: Tx | Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({ userId: billingCustomers.userId, customer: billingCustomers.stripeCustomerId })
    .from(billingCustomers)
    .where(inArray(billingCustomers.userId, unique));
  return new Map(rows.map((r) => [r.userId, r.customer]));
}

/**
 * Which of these accounts pay today: a Stripe subscription that is active (or past due, still a
 * customer being asked to pay) or an enterprise plan the agency invoices by hand. A complimentary
 * plan is not paying. Read in the caller's transaction under its RLS — an admin's view (the
 * analyzer's funnel) sees every account; anyone else only their own row.
 */
export async function listPayingAccountIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const [states, enterprise] = await Promise.all([listSubscriptionStates(tx, ids), listEnterpriseAccountIds(tx, ids)]);
  const subscribed = [...states].filter(([, s]) => s.status === 'active' || s.status === 'past_due').map(([id]) => id);
  return new Set([...subscribed, ...enterprise]);
}

/** The same, in its own transaction under the caller's RLS (admin pages: every account they list). */
export async function listClientSubscriptionStates(
  claims: VerifiedClaims,
  ids: readonly string[],
): Promise<Map<string, SubscriptionState>> {
  return withRls(claims, (tx) => listSubscriptionStates(tx, ids));
}
