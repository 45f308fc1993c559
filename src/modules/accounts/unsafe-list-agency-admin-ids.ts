import { and, eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { userProfiles } from './schema';

/** Every active agency admin's id, for system code that escalates to all of them (jobs have no session). */
export async function unsafeListAgencyAdminIds(): Promise<string[]> {
  const db = await unsafeSystemDb('a job escalates to every agency admin and has no session');
  const rows = await db
    .select({ id: userProfiles.id })
    .from(userProfiles)
    .where(and(eq(userProfiles.userType, 'admin'), eq(userProfiles.accountStatus, 'active')));
  return rows.map((r) => r.id);
}
