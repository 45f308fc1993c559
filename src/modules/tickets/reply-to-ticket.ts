import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEvent } from '@/modules/webhooks/raise-webhook-event';
import { supportTicketMessages, supportTickets } from './schema';
import { insertTicketAttachments, ownAttachmentFiles } from './ticket-attachments';
import { attachmentIdsSchema } from './ticket-attachments-limit';
import { unsafeApplySlaClock } from './unsafe-apply-sla-clock';

export const replyToTicketInput = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1).max(10_000),
  /** Agency only: hand the ticket to the client ("waiting for you"), pausing the SLA clock. */
  waitForClient: z.boolean().default(false),
  attachmentIds: attachmentIdsSchema,
});
export type ReplyToTicketInput = z.input<typeof replyToTicketInput>;

/**
 * Adds a message to the conversation. Whether it is the agency's is the database's call (an admin's
 * own session), as are its effects: the first agency message is the first response; a client's
 * message on a ticket waiting for them hands it back to the agency (the clock resumes). The client
 * hears about an agency reply through notifications and their webhook endpoints. RLS refuses a ticket the caller may not write
 * to (someone else's, resolved for the client, closed or merged): NOT_FOUND / CONFLICT here.
 */
export async function replyToTicket(
  claims: VerifiedClaims,
  input: ReplyToTicketInput,
): Promise<{ messageId: string; fromAgency: boolean }> {
  const data = replyToTicketInput.parse(input);
  const files = await ownAttachmentFiles(claims, data.attachmentIds);
  let result: { messageId: string; fromAgency: boolean; ownerId: string; number: number; subject: string };
  try {
    result = await withRls(claims, async (tx) => {
      const [ticket] = await tx
        .select({
          status: supportTickets.status,
          ownerId: supportTickets.ownerId,
          number: supportTickets.number,
          subject: supportTickets.subject,
          mergedIntoId: supportTickets.mergedIntoId,
        })
        .from(supportTickets)
        .where(eq(supportTickets.id, data.ticketId));
      if (!ticket) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
      if (ticket.status === 'closed' || ticket.mergedIntoId) throw new AppError('CONFLICT', 'errors.tickets.closed');
      const [message] = await tx
        .insert(supportTicketMessages)
        .values({ ticketId: data.ticketId, ownerId: ticket.ownerId, body: data.body })
        .returning({ id: supportTicketMessages.id, fromAgency: supportTicketMessages.fromAgency });
      await insertTicketAttachments(tx, { ticketId: data.ticketId, messageId: message!.id }, files);
      if (message!.fromAgency && data.waitForClient) {
        await tx.update(supportTickets).set({ status: 'waiting_for_client' }).where(eq(supportTickets.id, data.ticketId));
      }
      return {
        messageId: message!.id,
        fromAgency: message!.fromAgency,
        ownerId: ticket.ownerId,
        number: ticket.number,
        subject: ticket.subject,
      };
    });
  } catch (err) {
    // The insert policy: a resolved ticket takes no client messages (reopen it first).
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('CONFLICT', 'errors.tickets.reopenToReply');
    throw err;
  }
  await unsafeApplySlaClock(data.ticketId);
  if (result.fromAgency) {
    await emitNotification({
      kind: 'ticket.replied',
      eventId: `ticket.replied:${result.messageId}`,
      userId: result.ownerId,
      ticketId: data.ticketId,
      ticketNumber: result.number,
      subject: result.subject,
    });
    // The client's own webhook endpoints that subscribe to ticket.replied (once per reply).
    await unsafeRaiseWebhookEvent({
      type: 'ticket.replied',
      account: { userId: result.ownerId },
      key: `ticket.replied:${result.messageId}`,
      data: { ticketId: data.ticketId, ticketNumber: result.number, subject: result.subject, replyId: result.messageId },
    });
  }
  return { messageId: result.messageId, fromAgency: result.fromAgency };
}
