import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/db/with-rls';
import { userProfiles } from './schema';

export type AgencyRole = 'admin' | 'developer';

/**
 * The caller's agency role — an active admin or developer — or null for everyone else (clients,
 * suspended staff, and an admin acting as a client: their `sub` is the client's). Read from the
 * caller's own profile under RLS; the database decides again on every row (private.is_admin,
 * private.is_agency_developer).
 */
export async function agencyRoleIn(tx: Tx, claims: VerifiedClaims): Promise<AgencyRole | null> {
  if (claims.act) return null;
  const [me] = await tx
    .select({ type: userProfiles.userType, status: userProfiles.accountStatus })
    .from(userProfiles)
    .where(eq(userProfiles.id, claims.sub));
  if (!me || me.status !== 'active' || me.type === 'client') return null;
  return me.type;
}

/** Like assertAdmin, for work an assigned developer does too (answering tickets): NOT_FOUND for anyone else. */
export async function assertAgencyStaff(tx: Tx, claims: VerifiedClaims): Promise<AgencyRole> {
  if (claims.act) throw new AppError('FORBIDDEN', 'errors.accounts.stopImpersonating');
  const role = await agencyRoleIn(tx, claims);
  if (!role) throw new AppError('NOT_FOUND', 'errors.common.notFound');
  return role;
}
