'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireAdmin, requireSession } from '@/modules/accounts/server-session';
import { addInternalNote } from './add-internal-note';
import { assignTicket } from './assign-ticket';
import { changeTicketStatus } from './change-ticket-status';
import { createTicket } from './create-ticket';
import { deleteCannedReply, saveCannedReply } from './manage-canned-replies';
import { mergeTickets } from './merge-tickets';
import { rateTicket } from './rate-ticket';
import { replyToTicket } from './reply-to-ticket';
import { attachmentIdsSchema } from './ticket-attachments-limit';
import { ticketPrioritySchema, ticketStatusSchema } from './ticket-status';

const CLIENT_PAGE = '/dashboard/tickets';
const AGENCY_PAGE = '/admin/tickets';
const ASSIGNED_PAGE = '/dashboard/tickets/assigned';
const body = z.string().trim().min(1).max(10_000);

function refresh(ticketId?: string) {
  revalidatePath(CLIENT_PAGE);
  revalidatePath(AGENCY_PAGE);
  revalidatePath(ASSIGNED_PAGE);
  if (ticketId) {
    revalidatePath(`${CLIENT_PAGE}/${ticketId}`);
    revalidatePath(`${AGENCY_PAGE}/${ticketId}`);
    revalidatePath(`${ASSIGNED_PAGE}/${ticketId}`);
  }
}

// Clients (and an admin impersonating one: RLS and the audit trigger see both ids).

export const createTicketAction = defineAction(
  'createTicketAction',
  z.object({
    subject: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(10_000),
    priority: ticketPrioritySchema,
    projectId: z.union([z.uuid(), z.literal('')]).optional(),
    attachmentIds: attachmentIdsSchema,
  }),
  async (input) => {
    const session = await requireSession();
    const ticket = await createTicket(session.claims, { ...input, projectId: input.projectId || null });
    refresh();
    // Straight to the new ticket's conversation (the list may no longer offer the form: the
    // ticket can be the month's last one).
    redirect(`${CLIENT_PAGE}/${ticket.id}`);
  },
);

export const replyToTicketAction = defineAction(
  'replyToTicketAction',
  z.object({ ticketId: z.uuid(), body, waitForClient: z.enum(['on', 'true']).optional(), attachmentIds: attachmentIdsSchema }),
  async (input) => {
    const session = await requireSession();
    const result = await replyToTicket(session.claims, {
      ticketId: input.ticketId,
      body: input.body,
      waitForClient: Boolean(input.waitForClient),
      attachmentIds: input.attachmentIds,
    });
    refresh(input.ticketId);
    return result;
  },
);

export const changeTicketStatusAction = defineAction(
  'changeTicketStatusAction',
  z.object({ ticketId: z.uuid(), status: ticketStatusSchema }),
  async (input) => {
    const session = await requireSession();
    const result = await changeTicketStatus(session.claims, input);
    refresh(input.ticketId);
    return result;
  },
);

export const rateTicketAction = defineAction(
  'rateTicketAction',
  z.object({ ticketId: z.uuid(), score: z.coerce.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() }),
  async (input) => {
    const session = await requireSession();
    await rateTicket(session.claims, input);
    refresh(input.ticketId);
    return { score: input.score };
  },
);

// Agency admins (their own session: requireAdmin refuses an impersonating one).

export const assignTicketAction = defineAction(
  'assignTicketAction',
  z.object({ ticketId: z.uuid(), assigneeId: z.union([z.uuid(), z.literal('')]) }),
  async (input) => {
    const { claims } = await requireAdmin();
    await assignTicket(claims, { ticketId: input.ticketId, assigneeId: input.assigneeId || null });
    refresh(input.ticketId);
    return { assigneeId: input.assigneeId || null };
  },
);

// Agency staff: an admin, or the developer the ticket is assigned to (the domain function and RLS
// decide; an impersonating admin is refused there).

export const addInternalNoteAction = defineAction(
  'addInternalNoteAction',
  z.object({ ticketId: z.uuid(), body, attachmentIds: attachmentIdsSchema }),
  async (input) => {
    const session = await requireSession();
    const result = await addInternalNote(session.claims, input);
    refresh(input.ticketId);
    return result;
  },
);

export const mergeTicketsAction = defineAction(
  'mergeTicketsAction',
  z.object({ ticketId: z.uuid(), intoTicketNumber: z.coerce.number().int().positive() }),
  async (input) => {
    const { claims } = await requireAdmin();
    const result = await mergeTickets(claims, input);
    refresh(input.ticketId);
    return result;
  },
);

export const saveCannedReplyAction = defineAction(
  'saveCannedReplyAction',
  z.object({ title: z.string().trim().min(1).max(120), body }),
  async (input) => {
    const { claims } = await requireAdmin();
    const reply = await saveCannedReply(claims, input);
    revalidatePath(AGENCY_PAGE, 'layout');
    return reply;
  },
);

export const deleteCannedReplyAction = defineAction('deleteCannedReplyAction', z.object({ id: z.uuid() }), async (input) => {
  const { claims } = await requireAdmin();
  await deleteCannedReply(claims, input);
  revalidatePath(AGENCY_PAGE, 'layout');
  return { id: input.id };
});
