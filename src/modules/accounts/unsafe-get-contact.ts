import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { userProfiles } from './schema';
import { toLocale, type Locale } from '@/lib/i18n/translate';

export type Contact = { userId: string; email: string; locale: Locale; displayName: string | null };

/**
 * Who to write to about an account, for system code that notifies people (jobs): the privileged
 * connection, since a job has no session.
 */
export async function unsafeGetContact(userId: string): Promise<Contact | null> {
  const db = await unsafeSystemDb('a job reads the email and language of the person it notifies');
  const [row] = await db
    .select({ email: userProfiles.email, locale: userProfiles.locale, displayName: userProfiles.displayName })
    .from(userProfiles)
    .where(eq(userProfiles.id, userId));
  if (!row?.email) return null;
  return { userId, email: row.email, locale: toLocale(row.locale), displayName: row.displayName };
}
