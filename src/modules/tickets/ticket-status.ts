import { z } from 'zod';

/**
 * A ticket's statuses and priorities: one list for the UI, the actions' schemas and the SQL
 * check constraints (20261205000100_tickets.sql), and which statuses run the first-response clock.
 */
export const TICKET_STATUSES = ['open', 'in_progress', 'waiting_for_client', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const ticketStatusSchema = z.enum(TICKET_STATUSES);

export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const ticketPrioritySchema = z.enum(TICKET_PRIORITIES);

/** The statuses an agency person may set by hand (closing a duplicate is a merge). */
export const AGENCY_STATUSES = [
  'open',
  'in_progress',
  'waiting_for_client',
  'resolved',
  'closed',
] as const satisfies readonly TicketStatus[];

/** The SLA clock runs only while the ticket is in the agency's court. */
export function isClockRunning(status: TicketStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

/** A client may reopen a resolved ticket for 7 days (the database checks the same rule). */
export const REOPEN_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function canReopen(ticket: { status: TicketStatus; resolvedAt: Date | null }, now: Date): boolean {
  return ticket.status === 'resolved' && ticket.resolvedAt !== null && now.getTime() - ticket.resolvedAt.getTime() < REOPEN_WINDOW_MS;
}
