import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { agencyRoleIn, type AgencyRole } from './require-agency-staff-claims';

/** The caller's agency role (an active admin or developer, their own session), or null. */
export async function getAgencyRole(claims: VerifiedClaims): Promise<AgencyRole | null> {
  return withRls(claims, (tx) => agencyRoleIn(tx, claims));
}
