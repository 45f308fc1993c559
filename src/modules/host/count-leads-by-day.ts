import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { leads } from './schema';

export type LeadDay = { projectId: string; day: string; contacts: number; signUps: number };

/**
 * Leads of these sites over [from, to), per site and per day of `timeZone` (YYYY-MM-DD): contact
 * form messages, and newsletter sign-ups counted once confirmed. In the caller's transaction: under
 * RLS only sites the caller may see count; the privileged connection (the monthly report job) all.
 */
export async function countLeadsByDay(
  tx: Tx | Db,
  input: { projectIds: readonly string[]; from: Date; to: Date; timeZone: string },
): Promise<LeadDay[]> {
  if (input.projectIds.length === 0) return [];
  const day = sql<string>`to_char(${leads.createdAt} at time zone ${input.timeZone}, 'YYYY-MM-DD')`;
  const rows = await tx
    .select({
      projectId: leads.projectId,
      day,
      contacts: sql<number>`(count(*) filter (where ${leads.kind} = 'contact'))::int`,
      signUps: sql<number>`(count(*) filter (where ${leads.kind} = 'newsletter' and ${leads.confirmedAt} is not null))::int`,
    })
    .from(leads)
    .where(and(inArray(leads.projectId, [...input.projectIds]), gte(leads.createdAt, input.from), lt(leads.createdAt, input.to)))
    // By position: the day expression carries a bound time zone, so it can't be repeated as text.
    .groupBy(sql`1`, sql`2`)
    .orderBy(sql`2`);
  return rows.map((row) => ({ ...row, contacts: Number(row.contacts), signUps: Number(row.signUps) }));
}
