import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles, type Tier } from './schema';
import { assertAdmin } from './require-admin-claims';

export type ClientBillingState = {
  id: string;
  email: string;
  displayName: string | null;
  tier: Tier;
  subscriptionStatus: (typeof userProfiles.subscriptionStatus.enumValues)[number];
  /** A plan an admin granted by hand (complimentary or enterprise); null when Stripe decides. */
  planGrant: 'complimentary' | 'enterprise' | null;
  hasStripeSubscription: boolean;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

/**
 * Every client account's plan and subscription state, for the agency's billing view (admins only:
 * assertAdmin answers 404 to anyone else, and RLS would return only the caller's own row anyway).
 */
export async function listClientBillingStates(claims: VerifiedClaims): Promise<ClientBillingState[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const rows = await tx
      .select({
        id: userProfiles.id,
        email: userProfiles.email,
        displayName: userProfiles.displayName,
        tier: userProfiles.tier,
        subscriptionStatus: userProfiles.subscriptionStatus,
        planGrant: userProfiles.planGrant,
        stripeSubscriptionId: userProfiles.stripeSubscriptionId,
        currentPeriodEnd: userProfiles.currentPeriodEnd,
        cancelAtPeriodEnd: userProfiles.cancelAtPeriodEnd,
      })
      .from(userProfiles)
      .where(eq(userProfiles.userType, 'client'))
      .orderBy(asc(userProfiles.email));
    return rows.map(({ stripeSubscriptionId, ...row }) => ({ ...row, hasStripeSubscription: stripeSubscriptionId !== null }));
  });
}
