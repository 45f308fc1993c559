import { and, eq, inArray, isNull, min, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { supportTickets } from './schema';

export type OpenTicketsSummary = {
  /** Tickets still being worked on (open, in progress, or waiting for the client). */
  open: number;
  /** Of those, the ones where the agency answered and waits for the client. */
  waitingForClient: number;
  /** Since when the oldest of those has been waiting (its last update). */
  oldestWaitingSince: Date | null;
};

/**
 * The caller's own unfinished tickets, counted (for the dashboard home). Filtered by owner
 * explicitly because RLS lets an admin read every ticket, and an admin's own dashboard counts
 * only theirs.
 */
export async function countMyOpenTickets(claims: VerifiedClaims): Promise<OpenTicketsSummary> {
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({
        open: sql<number>`count(*)::int`,
        waiting: sql<number>`(count(*) filter (where ${supportTickets.status} = 'waiting_for_client'))::int`,
        oldestWaiting: min(sql<Date>`case when ${supportTickets.status} = 'waiting_for_client' then ${supportTickets.updatedAt} end`),
      })
      .from(supportTickets)
      .where(
        and(
          eq(supportTickets.ownerId, claims.sub),
          inArray(supportTickets.status, ['open', 'in_progress', 'waiting_for_client']),
          isNull(supportTickets.mergedIntoId),
        ),
      ),
  );
  return {
    open: Number(row?.open ?? 0),
    waitingForClient: Number(row?.waiting ?? 0),
    oldestWaitingSince: row?.oldestWaiting ? new Date(row.oldestWaiting) : null,
  };
}
