import { eq } from 'drizzle-orm';
import { authUsers } from '@/lib/auth/schema';
import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';

/** Whether deleting this account asks for a password too (accounts that have one). */
export async function needsPasswordToDelete(claims: VerifiedClaims): Promise<boolean> {
  const db = await unsafeSystemDb('auth.users is not readable by the request role; only whether a password is set is returned');
  const [user] = await db.select({ password: authUsers.encryptedPassword }).from(authUsers).where(eq(authUsers.id, claims.sub));
  return Boolean(user?.password);
}
