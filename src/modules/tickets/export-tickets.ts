import { asc, eq, inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { supportTicketAttachments, supportTicketEvents, supportTicketMessages, supportTicketRatings, supportTickets } from './schema';

/**
 * The caller's support tickets for "download my data": each ticket with its conversation (both
 * sides), its status history, the names of its attachments (the files are in the Files part) and
 * the caller's rating. Internal notes are the agency's working notes, which the client never sees
 * (RLS), so they are not part of it. Under RLS, as the caller, and only tickets the caller owns: an
 * admin's own export does not sweep in every client's tickets.
 */
export async function exportTickets(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const tickets = await tx
      .select({
        id: supportTickets.id,
        number: supportTickets.number,
        projectId: supportTickets.projectId,
        subject: supportTickets.subject,
        description: supportTickets.description,
        priority: supportTickets.priority,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
        firstRespondedAt: supportTickets.firstRespondedAt,
        resolvedAt: supportTickets.resolvedAt,
        closedAt: supportTickets.closedAt,
      })
      .from(supportTickets)
      .where(eq(supportTickets.ownerId, claims.sub))
      .orderBy(asc(supportTickets.createdAt));
    const ids = tickets.map((ticket) => ticket.id);
    if (ids.length === 0) return [];
    const [messages, attachments, events, ratings] = await Promise.all([
      tx
        .select({
          ticketId: supportTicketMessages.ticketId,
          id: supportTicketMessages.id,
          fromAgency: supportTicketMessages.fromAgency,
          body: supportTicketMessages.body,
          createdAt: supportTicketMessages.createdAt,
        })
        .from(supportTicketMessages)
        .where(inArray(supportTicketMessages.ticketId, ids))
        .orderBy(asc(supportTicketMessages.createdAt)),
      tx
        .select({
          ticketId: supportTicketAttachments.ticketId,
          messageId: supportTicketAttachments.messageId,
          noteId: supportTicketAttachments.noteId,
          fileId: supportTicketAttachments.fileId,
          name: supportTicketAttachments.name,
          contentType: supportTicketAttachments.contentType,
          sizeBytes: supportTicketAttachments.sizeBytes,
          createdAt: supportTicketAttachments.createdAt,
        })
        .from(supportTicketAttachments)
        .where(inArray(supportTicketAttachments.ticketId, ids))
        .orderBy(asc(supportTicketAttachments.createdAt)),
      tx
        .select({
          ticketId: supportTicketEvents.ticketId,
          kind: supportTicketEvents.kind,
          fromStatus: supportTicketEvents.fromStatus,
          toStatus: supportTicketEvents.toStatus,
          createdAt: supportTicketEvents.createdAt,
        })
        .from(supportTicketEvents)
        .where(inArray(supportTicketEvents.ticketId, ids))
        .orderBy(asc(supportTicketEvents.createdAt)),
      tx
        .select({
          ticketId: supportTicketRatings.ticketId,
          score: supportTicketRatings.score,
          comment: supportTicketRatings.comment,
          createdAt: supportTicketRatings.createdAt,
        })
        .from(supportTicketRatings)
        .where(inArray(supportTicketRatings.ticketId, ids)),
    ]);
    const of = <T extends { ticketId: string }>(rows: T[], id: string) =>
      rows.filter((row) => row.ticketId === id).map(({ ticketId: _ticketId, ...row }) => row);
    return tickets.map((ticket) => ({
      ...ticket,
      messages: of(messages, ticket.id),
      // An attachment of an internal note is the agency's, like the note.
      attachments: of(attachments, ticket.id)
        .filter((attachment) => attachment.noteId === null)
        .map(({ noteId: _noteId, ...attachment }) => attachment),
      history: of(events, ticket.id),
      rating: of(ratings, ticket.id)[0] ?? null,
    }));
  });
}
