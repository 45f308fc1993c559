import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import {
  supportTicketAttachments,
  supportTicketEvents,
  supportTicketMessages,
  supportTicketNotes,
  supportTicketRatings,
  supportTickets,
  type TicketRow,
} from './schema';

export type TicketAttachment = { id: string; name: string; contentType: string; sizeBytes: number };
export type TicketMessage = {
  id: string;
  body: string;
  fromAgency: boolean;
  authorId: string | null;
  createdAt: Date;
  attachments: TicketAttachment[];
};
export type TicketNote = { id: string; body: string; authorId: string | null; createdAt: Date; attachments: TicketAttachment[] };
export type TicketDetail = {
  ticket: TicketRow;
  /** Files attached to the opening description. */
  attachments: TicketAttachment[];
  messages: TicketMessage[];
  /** Internal notes: always empty for a client — RLS returns none, whatever this code asks. */
  notes: TicketNote[];
  events: { kind: string; fromStatus: string | null; toStatus: string | null; createdAt: Date }[];
  rating: { score: number; comment: string | null } | null;
};

/** The columns a conversation entry (a message or a note) is read with. */
function entryColumns(table: typeof supportTicketMessages | typeof supportTicketNotes) {
  return { id: table.id, body: table.body, authorId: table.authorId, createdAt: table.createdAt };
}

/** One ticket with its conversation, history and rating, as the caller may see it (NOT_FOUND otherwise). */
export async function getTicket(claims: VerifiedClaims, input: { ticketId: string }): Promise<TicketDetail> {
  return withRls(claims, async (tx) => {
    const [ticket] = await tx.select().from(supportTickets).where(eq(supportTickets.id, input.ticketId));
    if (!ticket) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
    const messages = await tx
      .select({ ...entryColumns(supportTicketMessages), fromAgency: supportTicketMessages.fromAgency })
      .from(supportTicketMessages)
      .where(eq(supportTicketMessages.ticketId, ticket.id))
      .orderBy(asc(supportTicketMessages.createdAt));
    // Notes: a client's session (and a developer's on a ticket not assigned to them) gets none — RLS.
    const notes = await tx
      .select(entryColumns(supportTicketNotes))
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
    // A client's session gets no row of a note's attachment (RLS), like the notes themselves.
    const attached = await tx
      .select({
        id: supportTicketAttachments.id,
        messageId: supportTicketAttachments.messageId,
        noteId: supportTicketAttachments.noteId,
        name: supportTicketAttachments.name,
        contentType: supportTicketAttachments.contentType,
        sizeBytes: supportTicketAttachments.sizeBytes,
      })
      .from(supportTicketAttachments)
      .where(eq(supportTicketAttachments.ticketId, ticket.id))
      .orderBy(asc(supportTicketAttachments.createdAt), asc(supportTicketAttachments.name));
    const attachmentsOf = (where: (row: (typeof attached)[number]) => boolean): TicketAttachment[] =>
      attached.filter(where).map(({ id, name, contentType, sizeBytes }) => ({ id, name, contentType, sizeBytes }));
    const withAttachments = <T extends { id: string }>(entries: T[], key: 'messageId' | 'noteId') =>
      entries.map((entry) => ({ ...entry, attachments: attachmentsOf((row) => row[key] === entry.id) }));
    const [rating] = await tx
      .select({ score: supportTicketRatings.score, comment: supportTicketRatings.comment })
      .from(supportTicketRatings)
      .where(eq(supportTicketRatings.ticketId, ticket.id));
    return {
      ticket,
      attachments: attachmentsOf((row) => !row.messageId && !row.noteId),
      messages: withAttachments(messages, 'messageId'),
      notes: withAttachments(notes, 'noteId'),
      events,
      rating: rating ?? null,
    };
  });
}
