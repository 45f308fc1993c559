import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/db/with-rls';
import { userProfiles } from './schema';

/**
 * Admin functions check the role in code to return a clear error; RLS checks
 * it again (private.is_admin()) for every row they touch. An admin who is
 * impersonating carries the client's `sub`, so this fails for them — admin
 * actions always run with the admin's own claims.
 */
export async function assertAdmin(tx: Tx, claims: VerifiedClaims): Promise<void> {
  if (claims.act) throw new AppError('FORBIDDEN', 'errors.accounts.stopImpersonating');
  const [me] = await tx
    .select({ type: userProfiles.userType, status: userProfiles.accountStatus })
    .from(userProfiles)
    .where(eq(userProfiles.id, claims.sub));
  if (me?.type !== 'admin' || me.status !== 'active') throw new AppError('NOT_FOUND', 'errors.common.notFound');
}
