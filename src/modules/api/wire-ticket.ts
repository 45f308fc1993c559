import type { z } from 'zod';
import type { ListedTicket } from '@/modules/tickets/list-my-tickets-page';
import type { ticketSchema } from './v1-ticket-schemas';

/** A ticket as /api/v1 shows it (snake_case, ISO dates): what the client sees, none of the agency's SLA bookkeeping. */
export function toWireTicket(t: ListedTicket): z.infer<typeof ticketSchema> {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    description: t.description,
    status: t.status,
    priority: t.priority,
    project_id: t.projectId,
    first_response_due_at: t.firstResponseDueAt?.toISOString() ?? null,
    first_responded_at: t.firstRespondedAt?.toISOString() ?? null,
    resolved_at: t.resolvedAt?.toISOString() ?? null,
    created_at: t.createdAt.toISOString(),
    updated_at: t.updatedAt.toISOString(),
  };
}
