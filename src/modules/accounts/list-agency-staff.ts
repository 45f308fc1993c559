import { and, asc, eq, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from './require-admin-claims';
import type { AgencyRole } from './require-agency-staff-claims';
import { userProfiles } from './schema';

export type AgencyStaffMember = { id: string; email: string; displayName: string | null; role: AgencyRole };

/** The agency's active admins and developers (to assign work to), for admins only. */
export async function listAgencyStaff(claims: VerifiedClaims): Promise<AgencyStaffMember[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const rows = await tx
      .select({ id: userProfiles.id, email: userProfiles.email, displayName: userProfiles.displayName, type: userProfiles.userType })
      .from(userProfiles)
      .where(and(inArray(userProfiles.userType, ['admin', 'developer']), eq(userProfiles.accountStatus, 'active')))
      .orderBy(asc(userProfiles.email));
    return rows.map(({ type, ...person }) => ({ ...person, role: type === 'admin' ? 'admin' : 'developer' }));
  });
}
