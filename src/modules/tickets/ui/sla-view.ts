import type { TicketRow } from '../schema';
import type { SlaView } from './sla-line';

/** What SlaLine needs of a ticket (only these columns cross to the browser). */
export function slaViewOf(
  ticket: Pick<TicketRow, 'slaMinutes' | 'firstResponseDueAt' | 'firstRespondedAt' | 'slaPausedAt' | 'slaBreachedAt'>,
): SlaView {
  return {
    slaMinutes: ticket.slaMinutes,
    dueAt: ticket.firstResponseDueAt,
    respondedAt: ticket.firstRespondedAt,
    pausedAt: ticket.slaPausedAt,
    breachedAt: ticket.slaBreachedAt,
  };
}
