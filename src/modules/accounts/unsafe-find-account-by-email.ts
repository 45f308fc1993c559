import { and, isNotNull, sql } from 'drizzle-orm';
import { authUsers } from '@/lib/auth/schema';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';

/**
 * The account whose owner has proven this email address (confirmed by a link, or by an OAuth
 * provider), for system code that must know whether someone it writes to has become a client —
 * the analyzer's nurture job stops its sequence for a lead who signed up. An address someone
 * merely typed into the sign-up form does not count: anyone can type anyone's address.
 * Privileged: a job has no session, and auth.users is not readable through the API.
 */
export async function unsafeFindAccountByEmail(email: string): Promise<{ userId: string; confirmedAt: Date } | null> {
  const db = await unsafeSystemDb('a job asks whether an email address belongs to a confirmed account');
  const [row] = await db
    .select({ id: authUsers.id, confirmedAt: authUsers.emailConfirmedAt })
    .from(authUsers)
    .where(and(sql`lower(${authUsers.email}) = ${email.trim().toLowerCase()}`, isNotNull(authUsers.emailConfirmedAt)))
    .limit(1);
  return row?.confirmedAt ? { userId: row.id, confirmedAt: row.confirmedAt } : null;
}
