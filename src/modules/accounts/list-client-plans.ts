import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles, type Tier } from './schema';
import { assertAdmin } from './require-admin-claims';

export type ClientPlan = {
  id: string;
  email: string;
  displayName: string | null;
  tier: Tier;
  /** A plan an admin granted by hand (complimentary or enterprise); null when Stripe decides. */
  planGrant: 'complimentary' | 'enterprise' | null;
};

/**
 * Every client account and the plan it is on, for the agency's billing view (admins only:
 * assertAdmin answers 404 to anyone else, and RLS would return only the caller's own row anyway).
 */
export async function listClientPlans(claims: VerifiedClaims): Promise<ClientPlan[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx
      .select({
        id: userProfiles.id,
        email: userProfiles.email,
        displayName: userProfiles.displayName,
        tier: userProfiles.tier,
        planGrant: userProfiles.planGrant,
      })
      .from(userProfiles)
      .where(eq(userProfiles.userType, 'client'))
      .orderBy(asc(userProfiles.email));
  });
}
