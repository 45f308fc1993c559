import { and, eq, type SQL } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { supportTickets } from './schema';

export type TicketMonthStats = {
  /** Tickets opened in the month. */
  opened: number;
  /** Mean minutes from opening to the first agency answer, over the answered ones; null when none. */
  averageFirstResponseMinutes: number | null;
  /** Share (0–1) of tickets with an SLA whose first answer came in time (missed: late or breached); null when none is decided yet. */
  withinSlaRatio: number | null;
};

/** The month's support numbers, over the tickets the caller can see (RLS): one client's, or all for admins. */
export async function ticketMonthStatsIn(tx: Tx, input: { month: string; ownerId?: string }): Promise<TicketMonthStats> {
  const where: SQL[] = [eq(supportTickets.month, input.month)];
  if (input.ownerId) where.push(eq(supportTickets.ownerId, input.ownerId));
  const rows = await tx
    .select({
      createdAt: supportTickets.createdAt,
      firstRespondedAt: supportTickets.firstRespondedAt,
      dueAt: supportTickets.firstResponseDueAt,
      slaMinutes: supportTickets.slaMinutes,
      breachedAt: supportTickets.slaBreachedAt,
      mergedIntoId: supportTickets.mergedIntoId,
    })
    .from(supportTickets)
    .where(and(...where));
  const counted = rows.filter((r) => !r.mergedIntoId);
  const answered = counted.filter((r) => r.firstRespondedAt);
  const average = answered.length
    ? answered.reduce((sum, r) => sum + (r.firstRespondedAt!.getTime() - r.createdAt.getTime()) / 60_000, 0) / answered.length
    : null;
  let met = 0;
  let missed = 0;
  for (const r of counted) {
    if (r.slaMinutes === null) continue;
    if (r.breachedAt) missed++;
    else if (r.firstRespondedAt && r.dueAt && r.firstRespondedAt <= r.dueAt) met++;
    else if (r.firstRespondedAt && r.dueAt) missed++;
  }
  return { opened: counted.length, averageFirstResponseMinutes: average, withinSlaRatio: met + missed ? met / (met + missed) : null };
}
