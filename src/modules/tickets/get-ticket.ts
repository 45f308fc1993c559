import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import {
  supportTicketEvents,
  supportTicketMessages,
  supportTicketNotes,
  supportTicketRatings,
  supportTickets,
  type TicketRow,
} from './schema';

export type TicketMessage = { id: string; body: string; fromAgency: boolean; authorId: string | null; createdAt: Date };
export type TicketNote = { id: string; body: string; authorId: string | null; createdAt: Date };
export type TicketDetail = {
  ticket: TicketRow;
  messages: TicketMessage[];
  /** Internal notes: always empty for a client — RLS returns none, whatever this code asks. */
  notes: TicketNote[];
  events: { kind: string; fromStatus: string | null; toStatus: string | null; createdAt: Date }[];
  rating: { score: number; comment: string | null } | null;
};

/** One ticket with its conversation, history and rating, as the caller may see it (NOT_FOUND otherwise). */
export async function getTicket(claims: VerifiedClaims, input: { ticketId: string }): Promise<TicketDetail> {
  return withRls(claims, async (tx) => {
    const [ticket] = await tx.select().from(supportTickets).where(eq(supportTickets.id, input.ticketId));
    if (!ticket) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
    const messages = await tx
      .select({
        id: supportTicketMessages.id,
        body: supportTicketMessages.body,
        fromAgency: supportTicketMessages.fromAgency,
        authorId: supportTicketMessages.authorId,
        createdAt: supportTicketMessages.createdAt,
      })
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.ticketId, ticket.id))
      .orderBy(asc(supportTicketMessages.createdAt));
    const notes = await tx
      .select({
        id: supportTicketNotes.id,
        body: supportTicketNotes.body,
        authorId: supportTicketNotes.authorId,
        createdAt: supportTicketNotes.createdAt,
      })
      .from(supportTicketNotes)
      .where(eq(supportTicketNotes.ticketId, ticket.id))
      .orderBy(asc(supportTicketNotes.createdAt));
    const events = await tx
      .select({
        kind: supportTicketEvents.kind,
        fromStatus: supportTicketEvents.fromStatus,
        toStatus: supportTicketEvents.toStatus,
        createdAt: supportTicketEvents.createdAt,
      })
      .from(supportTicketEvents)
      .where(eq(supportTicketEvents.ticketId, ticket.id))
      .orderBy(asc(supportTicketEvents.id));
    const [rating] = await tx
      .select({ score: supportTicketRatings.score, comment: supportTicketRatings.comment })
      .from(supportTicketRatings)
      .where(eq(supportTicketRatings.ticketId, ticket.id));
    return { ticket, messages, notes, events, rating: rating ?? null };
  });
}
