import type { CookieJar } from '@/lib/auth/cookie-jar';
import { getAuthAdapter } from '@/lib/auth/get-auth-adapter';
import { resolveSession } from './resolve-session';
import { stopImpersonation } from './stop-impersonation';

/**
 * Signs the person out. An admin acting as a client first ends that impersonation the way "Stop"
 * does — the session row is closed with the admin's own claims, and its trigger writes
 * `impersonation.stop` to the audit log — so no open impersonation outlives the admin's session
 * (deleting the cookie alone would leave it open, unaudited, until it expired).
 */
export async function signOut(jar: CookieJar): Promise<{ endedImpersonation: boolean }> {
  const adapter = getAuthAdapter();
  const session = await resolveSession(jar);
  let endedImpersonation = false;
  if (session?.impersonation) {
    const adminClaims = await adapter.getClaims(jar);
    if (adminClaims) endedImpersonation = (await stopImpersonation(adminClaims, { sessionId: session.impersonation.id })).length > 0;
  }
  await adapter.signOut(jar);
  return { endedImpersonation };
}
