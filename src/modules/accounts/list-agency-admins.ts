import { and, asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from './require-admin-claims';
import { userProfiles } from './schema';

export type AgencyAdmin = { id: string; email: string; displayName: string | null };

/** The agency's active admins (to assign work to), for admins only. */
export async function listAgencyAdmins(claims: VerifiedClaims): Promise<AgencyAdmin[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx
      .select({ id: userProfiles.id, email: userProfiles.email, displayName: userProfiles.displayName })
      .from(userProfiles)
      .where(and(eq(userProfiles.userType, 'admin'), eq(userProfiles.accountStatus, 'active')))
      .orderBy(asc(userProfiles.email));
  });
}
