import { and, eq, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { impersonationSessions } from './schema';

/**
 * Ends the admin's open impersonation session(s); the update trigger writes
 * `impersonation.stop`. Runs with the admin's own claims. Idempotent.
 */
export async function stopImpersonation(adminClaims: VerifiedClaims, input: { sessionId?: string } = {}) {
  return withRls(adminClaims, (tx) =>
    tx
      .update(impersonationSessions)
      .set({ endedAt: new Date() })
      .where(
        and(
          eq(impersonationSessions.adminId, adminClaims.sub),
          isNull(impersonationSessions.endedAt),
          input.sessionId ? eq(impersonationSessions.id, input.sessionId) : undefined,
        ),
      )
      .returning({ id: impersonationSessions.id }),
  );
}
