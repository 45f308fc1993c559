import { and, gte, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import type { LeadFunnelSource } from './get-analyzer-funnel';
import { analyzerLeads } from './schema';

const week = (column: typeof analyzerLeads.createdAt | typeof analyzerLeads.signedUpAt) =>
  sql<string>`to_char(date_trunc('week', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;

/**
 * The funnel's lead steps by week (Monday, UTC), read in the admin's transaction (RLS: admins read
 * leads): emails captured — distinct addresses that left one that week; sign-ups — distinct
 * accounts made that week by someone who had left their address (see link-lead-to-account.ts);
 * paying — of those sign-ups, the accounts that pay today, counted in their sign-up week.
 */
/** Which of these accounts pay today, read in the same transaction (billing answers it). */
export type PayingAccountIds = (tx: Tx, ids: readonly string[]) => Promise<Set<string>>;

export const leadFunnelSourceFor =
  (listPayingAccountIds: PayingAccountIds): LeadFunnelSource =>
  async (tx: Tx, since: Date) => {
    const captured = await tx
      .select({ week: week(analyzerLeads.createdAt), n: sql<number>`count(distinct ${analyzerLeads.email})::int` })
      .from(analyzerLeads)
      .where(gte(analyzerLeads.createdAt, since))
      .groupBy(week(analyzerLeads.createdAt));
    const signups = await tx
      .selectDistinct({ week: week(analyzerLeads.signedUpAt), userId: analyzerLeads.userId })
      .from(analyzerLeads)
      .where(and(isNotNull(analyzerLeads.userId), gte(analyzerLeads.signedUpAt, since)));
    const paying = await listPayingAccountIds(
      tx,
      signups.flatMap((row) => (row.userId ? [row.userId] : [])),
    );
    const weeks = new Map<string, { emails: number; signups: number; paying: number }>();
    const at = (key: string) => weeks.get(key) ?? weeks.set(key, { emails: 0, signups: 0, paying: 0 }).get(key)!;
    for (const row of captured) at(row.week).emails = Number(row.n);
    for (const row of signups) {
      const counts = at(row.week);
      counts.signups += 1;
      if (row.userId && paying.has(row.userId)) counts.paying += 1;
    }
    return weeks;
  };
