import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { listMyTicketsPage } from '@/modules/tickets/list-my-tickets-page';
import { decodeCursor, encodeCursor } from './cursor';
import type { listTicketsQuery, ticketListSchema } from './v1-ticket-schemas';
import { toWireTicket } from './wire-ticket';

/**
 * GET /api/v1/tickets: the key owner's own tickets (tickets.listMyTicketsPage, under RLS), newest
 * first, keyset-paginated on the ticket number (one row more than the page tells whether there is
 * a next one).
 */
export async function listV1Tickets(
  claims: VerifiedClaims,
  query: z.infer<typeof listTicketsQuery>,
  options: { onlyProjectId?: string | null } = {},
): Promise<z.infer<typeof ticketListSchema>> {
  const after = decodeCursor(query.cursor);
  const rows = await listMyTicketsPage(claims, {
    limit: query.limit + 1,
    beforeNumber: after ? Number(after.at) : undefined,
    projectId: options.onlyProjectId ?? undefined,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toWireTicket),
    next_cursor: rows.length > query.limit && last ? encodeCursor({ at: String(last.number), id: last.id }) : null,
  };
}
