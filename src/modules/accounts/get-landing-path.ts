import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from './schema';

/**
 * Where a person goes after signing in when they asked for no particular page: an active agency
 * admin to the admin area (where the start banner sends them), everyone else to their projects.
 * Reads the person's own profile under RLS; the admin area checks the role again on arrival.
 */
export async function getLandingPath(claims: VerifiedClaims): Promise<'/admin' | '/dashboard'> {
  if (claims.act) return '/dashboard';
  const [me] = await withRls(claims, (tx) =>
    tx
      .select({ type: userProfiles.userType, status: userProfiles.accountStatus })
      .from(userProfiles)
      .where(eq(userProfiles.id, claims.sub)),
  );
  return me?.type === 'admin' && me.status === 'active' ? '/admin' : '/dashboard';
}
