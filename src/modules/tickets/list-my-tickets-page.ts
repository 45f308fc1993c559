import { and, desc, eq, lt } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { supportTickets, type TicketRow } from './schema';

/** A ticket as the caller's list returns it (other modules type against this, never the table). */
export type ListedTicket = TicketRow;

export type ListMyTicketsPageInput = {
  /** At most this many tickets (capped at 500). */
  limit: number;
  /**
   * Keyset pagination: only tickets opened before the one with this number. Tickets are numbered
   * by an identity column in the order they were opened, so the number is a unique sort key: a
   * page edge neither skips nor repeats a ticket, however many share a created_at.
   */
  beforeNumber?: number;
  /** Only tickets about this project (a project-restricted API key's list). */
  projectId?: string;
};

/**
 * The caller's own tickets, newest first, a page at a time (the public API's list; the Support
 * page uses listMyTickets, which adds the month's allowance and SLA). Own tickets only, not all RLS
 * shows: an admin's list is the tickets they opened, not the agency's inbox.
 */
export async function listMyTicketsPage(claims: VerifiedClaims, input: ListMyTicketsPageInput): Promise<ListedTicket[]> {
  return withRls(claims, (tx) =>
    tx
      .select()
      .from(supportTickets)
      .where(
        and(
          eq(supportTickets.ownerId, claims.sub),
          input.projectId === undefined ? undefined : eq(supportTickets.projectId, input.projectId),
          input.beforeNumber === undefined ? undefined : lt(supportTickets.number, input.beforeNumber),
        ),
      )
      .orderBy(desc(supportTickets.number))
      .limit(Math.min(input.limit, 500)),
  );
}
