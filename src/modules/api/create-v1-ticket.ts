import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { createTicket } from '@/modules/tickets/create-ticket';
import type { createTicketBody } from './v1-ticket-schemas';
import { V1Reply } from './v1-reply';
import { toWireTicket } from './wire-ticket';

/**
 * POST /api/v1/tickets: tickets.createTicket, the Support page's own path — so the plan's monthly
 * allowance (the insert trigger's atomic counter) answers 403 TIER_LIMIT here too, and a project
 * that is not the key owner's a 404. The ticket row is one transaction; the SLA clock is started
 * right after it, as on the page.
 */
export async function createV1Ticket(claims: VerifiedClaims, body: z.infer<typeof createTicketBody>): Promise<V1Reply> {
  const ticket = await createTicket(claims, {
    subject: body.subject,
    description: body.description,
    priority: body.priority,
    projectId: body.project_id ?? null,
  });
  return new V1Reply(201, toWireTicket(ticket));
}
