import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { userProfiles } from './schema';

/**
 * Which of these accounts pay today: a Stripe subscription that is active (or past due, still a
 * customer being asked to pay) or an enterprise plan the agency invoices by hand. A complimentary
 * plan is not paying. Read in the caller's transaction under its RLS — an admin's view (the
 * analyzer's funnel) sees every account; anyone else only their own row.
 */
export async function listPayingAccountIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await tx
    .select({ id: userProfiles.id })
    .from(userProfiles)
    .where(
      and(
        inArray(userProfiles.id, unique),
        or(inArray(userProfiles.subscriptionStatus, ['active', 'past_due']), eq(userProfiles.planGrant, 'enterprise')),
      ),
    );
  return new Set(rows.map((row) => row.id));
}
