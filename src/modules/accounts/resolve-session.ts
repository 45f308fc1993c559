import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { impersonationSessions, userProfiles } from './schema';
import { unsafeMarkClaimsVerified, type VerifiedClaims } from '@/lib/claims';
import { COOKIE, tryDelete, type CookieJar } from '@/lib/auth/cookie-jar';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { getAuthSecret } from '@/lib/auth/secret';
import { verifyImpersonationToken } from '@/lib/auth/tokens';

export type Session = {
  claims: VerifiedClaims;
  userId: string;
  email: string | undefined;
  impersonation?: { id: string; adminId: string; adminEmail: string | undefined; clientEmail: string; expiresAt: Date };
};

/**
 * The caller's session. When the signed-in admin holds a valid impersonation
 * token whose session row is still open, the claims become the client's with
 * an `act` claim naming the admin (RFC 8693), so RLS shows exactly what the
 * client sees and the audit triggers record both ids.
 */
export async function resolveSession(jar: CookieJar): Promise<Session | null> {
  const base = await getAuthAdapter().getClaims(jar);
  if (!base) return null;
  const plain: Session = { claims: base, userId: base.sub, email: base.email };
  const rawToken = jar.get(COOKIE.impersonation);
  if (!rawToken) return plain;

  const token = await verifyImpersonationToken(rawToken, getAuthSecret());
  if (!token || token.admin !== base.sub) {
    tryDelete(jar, COOKIE.impersonation);
    return plain;
  }
  // The row is checked on every request (not just the token's expiry) so that
  // "Stop" takes effect immediately everywhere. Privileged read: the client
  // identity is needed before any claims for them exist.
  const db = await unsafeSystemDb('checks that an impersonation session is still open before acting as the client');
  // The admin must still be an active admin: revoking the role or suspending
  // the account ends impersonation as immediately as "Stop" does.
  const adminProfile = alias(userProfiles, 'admin_profile');
  const [row] = await db
    .select({ id: impersonationSessions.id, expiresAt: impersonationSessions.expiresAt, clientEmail: userProfiles.email })
    .from(impersonationSessions)
    .innerJoin(userProfiles, eq(userProfiles.id, impersonationSessions.clientId))
    .innerJoin(
      adminProfile,
      and(eq(adminProfile.id, impersonationSessions.adminId), eq(adminProfile.userType, 'admin'), eq(adminProfile.accountStatus, 'active')),
    )
    .where(
      and(
        eq(impersonationSessions.id, token.sid),
        eq(impersonationSessions.adminId, base.sub),
        eq(impersonationSessions.clientId, token.client),
        isNull(impersonationSessions.endedAt),
        gt(impersonationSessions.expiresAt, sql`now()`),
      ),
    );
  if (!row) {
    tryDelete(jar, COOKIE.impersonation);
    return plain;
  }
  const claims = unsafeMarkClaimsVerified({
    sub: token.client,
    role: 'authenticated',
    email: row.clientEmail,
    aud: base.aud,
    // The admin's own assurance level: the client's data is reached through the admin's session.
    aal: base.aal,
    exp: Math.min(base.exp, token.exp),
    act: { sub: base.sub, email: base.email },
  });
  return {
    claims,
    userId: token.client,
    email: row.clientEmail,
    impersonation: { id: row.id, adminId: base.sub, adminEmail: base.email, clientEmail: row.clientEmail, expiresAt: row.expiresAt },
  };
}

/** The admin's own claims while impersonating (to stop impersonation or use the admin area). */
export function realUserClaims(session: Session, base: VerifiedClaims): VerifiedClaims {
  return session.impersonation ? base : session.claims;
}
