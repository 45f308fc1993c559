import { z } from 'zod';
import { createTicketInput } from '@/modules/tickets/create-ticket';
import { replyToTicketInput } from '@/modules/tickets/reply-to-ticket';
import { ticketPrioritySchema, ticketStatusSchema } from '@/modules/tickets/ticket-status';
import { isoDate, nextCursor, pageQuery } from './v1-schemas';

/**
 * The wire shapes of tickets over /api/v1. The bodies take their fields from the tickets module's
 * own input schemas (the Support page's rules: lengths, priorities), renamed to the API's
 * snake_case; attachments wait for the files API, so they are not accepted yet.
 */

export const listTicketsQuery = z.object(pageQuery).strict();
export const ticketIdParams = z.object({ id: z.uuid() }).strict();

export const createTicketBody = z
  .object({
    subject: createTicketInput.shape.subject,
    description: createTicketInput.shape.description,
    priority: createTicketInput.shape.priority,
    project_id: z.uuid().optional().meta({ description: 'The project the ticket is about (one of the key owner’s).' }),
  })
  .strict()
  .meta({ id: 'TicketCreate' });

export const replyToTicketBody = z.object({ body: replyToTicketInput.shape.body }).strict().meta({ id: 'TicketReplyCreate' });

export const ticketSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int().meta({ description: 'The ticket number people quote (#123).' }),
    subject: z.string(),
    description: z.string(),
    status: ticketStatusSchema,
    priority: ticketPrioritySchema,
    project_id: z.uuid().nullable(),
    first_response_due_at: isoDate.nullable().meta({ description: "When the plan's first-response SLA runs out (null: no SLA)." }),
    first_responded_at: isoDate.nullable(),
    resolved_at: isoDate.nullable(),
    created_at: isoDate,
    updated_at: isoDate,
  })
  .meta({ id: 'Ticket' });

export const ticketListSchema = z.object({ data: z.array(ticketSchema), next_cursor: nextCursor }).meta({ id: 'TicketList' });

export const ticketReplySchema = z
  .object({ id: z.uuid(), ticket_id: z.uuid(), from_agency: z.boolean() })
  .meta({ id: 'TicketReply', description: 'The message just added to the conversation.' });
