import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { signImpersonationToken } from '@/lib/auth/tokens';
import { impersonationSessions, userProfiles } from './schema';
import { assertAdmin } from './require-admin-claims';

export type StartImpersonationInput = { clientId: string; reason?: string };
export const IMPERSONATION_TTL_SECONDS = 60 * 60;

/**
 * Opens an impersonation session (the insert trigger writes
 * `impersonation.start` to the audit log and refuses non-client targets) and
 * returns the signed token the caller stores in an httpOnly cookie.
 */
export async function startImpersonation(claims: VerifiedClaims, input: StartImpersonationInput, secret: string) {
  const session = await withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [client] = await tx.select({ type: userProfiles.userType }).from(userProfiles).where(eq(userProfiles.id, input.clientId));
    if (!client) throw new AppError('NOT_FOUND', 'errors.accounts.clientNotFound');
    if (client.type !== 'client') throw new AppError('FORBIDDEN', 'errors.accounts.onlyClients');
    const expiresAt = new Date(Date.now() + IMPERSONATION_TTL_SECONDS * 1000);
    const [row] = await tx
      .insert(impersonationSessions)
      .values({ adminId: claims.sub, clientId: input.clientId, reason: input.reason?.trim() || null, expiresAt })
      .returning();
    return row!;
  });
  const token = await signImpersonationToken(
    { sid: session.id, admin: claims.sub, client: input.clientId, exp: Math.floor(session.expiresAt.getTime() / 1000) },
    secret,
  );
  return { sessionId: session.id, expiresAt: session.expiresAt, token };
}
