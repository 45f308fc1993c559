import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import type { replyToTicketBody, ticketReplySchema } from './v1-ticket-schemas';
import { V1Reply } from './v1-reply';
import { getTicket } from '@/modules/tickets/get-ticket';
import { assertKeyMayTouch } from './key-project';

/**
 * POST /api/v1/tickets/{id}/replies: tickets.replyToTicket, as the key's owner. RLS decides: a
 * ticket that is not theirs is a 404 (the same answer as one that does not exist), a closed or
 * merged one a 409, a resolved one a 409 too (reopen it first, as on the Support page). An
 * agency admin's key without scope `agency` acts as a client (aal1), so it replies as one.
 */
export async function replyV1Ticket(
  claims: VerifiedClaims,
  input: { ticketId: string; body: z.infer<typeof replyToTicketBody> },
  key: { keyProjectId: string | null } = { keyProjectId: null },
): Promise<V1Reply> {
  // A key restricted to one project answers only tickets about that project (getTicket reads
  // under RLS: another account's ticket is a 404 there already).
  if (key.keyProjectId) assertKeyMayTouch(key, (await getTicket(claims, { ticketId: input.ticketId })).ticket.projectId);
  const reply = await replyToTicket(claims, { ticketId: input.ticketId, body: input.body.body });
  const body: z.infer<typeof ticketReplySchema> = { id: reply.messageId, ticket_id: input.ticketId, from_agency: reply.fromAgency };
  return new V1Reply(201, body);
}
