import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { revokedSessions } from './schema';

// local_auth is not exposed to any API role; only the auth adapters read or write it.
const WHY = 'the revoked-sessions list lives in local_auth, which no end-user role can read';

/** Refuses a Supabase session from now on, until its access token would have expired anyway. */
export async function revokeSession(sessionId: string, accessTokenExp: number): Promise<void> {
  const db = await unsafeSystemDb(WHY);
  const expiresAt = new Date(Math.max(accessTokenExp * 1000, Date.now()) + 60_000);
  await db.transaction(async (tx) => {
    // The list only holds what could still be presented: expired entries go as new ones arrive.
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
    await tx.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoUpdate({
      target: revokedSessions.sessionId,
      set: { expiresAt },
    });
  });
}

export async function isSessionRevoked(sessionId: string | undefined): Promise<boolean> {
  if (!sessionId) return false;
  const db = await unsafeSystemDb(WHY);
  const [row] = await db
    .select({ sessionId: revokedSessions.sessionId })
    .from(revokedSessions)
    .where(and(eq(revokedSessions.sessionId, sessionId), gt(revokedSessions.expiresAt, sql`now()`)))
    .limit(1);
  return Boolean(row);
}
