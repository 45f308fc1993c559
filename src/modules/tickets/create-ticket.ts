import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { unsafeRaiseWebhookEvent } from '@/modules/webhooks/raise-webhook-event';
import { ticketPrioritySchema } from './ticket-status';
import { supportTickets, type TicketRow } from './schema';
import { insertTicketAttachments, ownAttachmentFiles } from './ticket-attachments';
import { attachmentIdsSchema } from './ticket-attachments-limit';
import { unsafeApplySlaClock } from './unsafe-apply-sla-clock';

export const createTicketInput = z.object({
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
  priority: ticketPrioritySchema.default('medium'),
  projectId: z.uuid().nullish(),
  /** Files from the client's Files (screenshots, documents) attached to the description. */
  attachmentIds: attachmentIdsSchema,
});
export type CreateTicketInput = z.input<typeof createTicketInput>;

/**
 * Opens a ticket for the caller. The month's allowance is the database's (an atomic counter in
 * the insert trigger: N concurrent creates of the last allowed ticket let exactly one through) and
 * comes out as TIER_LIMIT with the limit and the reset time; RLS refuses a project that isn't the
 * caller's (NOT_FOUND here: we don't say whether it exists). The plan's SLA starts at once.
 */
export async function createTicket(claims: VerifiedClaims, input: CreateTicketInput, now?: Date): Promise<TicketRow> {
  const data = createTicketInput.parse(input);
  const files = await ownAttachmentFiles(claims, data.attachmentIds);
  let row: TicketRow;
  try {
    row = await withRls(claims, async (tx) => {
      const [created] = (await tx
        .insert(supportTickets)
        .values({
          ownerId: claims.sub,
          subject: data.subject,
          description: data.description,
          priority: data.priority,
          projectId: data.projectId ?? null,
          month: '2000-01-01', // the trigger's: the agency's calendar month
        })
        .returning()) as [TicketRow];
      await insertTicketAttachments(tx, { ticketId: created.id }, files);
      return created;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'TIER_LIMIT') {
      const details = (err.details ?? {}) as { limit?: number; resets_at?: string };
      throw new AppError('TIER_LIMIT', 'errors.tickets.monthlyLimit', {
        values: { limit: details.limit ?? 0 },
        details: { resource: 'tickets', limit: details.limit ?? null, resetsAt: details.resets_at ?? null },
      });
    }
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('NOT_FOUND', 'errors.tickets.projectNotFound');
    throw err;
  }
  await unsafeApplySlaClock(row.id, now);
  // The client's endpoints that subscribe to ticket.created, after the commit (the ticket is
  // written under the client's RLS, which cannot write webhook messages — as reply-to-ticket
  // does): a ticket that was refused or rolled back is never announced; the key makes a repeat one message.
  await unsafeRaiseWebhookEvent({
    type: 'ticket.created',
    account: { userId: row.ownerId },
    key: `ticket.created:${row.id}`,
    occurredAt: row.createdAt,
    data: { ticketId: row.id, ticketNumber: row.number, subject: row.subject },
  });
  return row;
}
