import { and, eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import { nextSlaClock, type SlaClockUpdate } from './sla-clock';
import { slaPolicyOf } from './sla-policy';
import { supportSettings, supportTickets } from './schema';

/**
 * Moves a ticket's first-response clock after a change (opened, status changed, client replied):
 * pauses it while the ticket waits for the client, resumes it with the time left, and replaces the
 * database's calendar due time with the business-hours one when the agency works that way.
 * System code: the clock columns are written by nobody else (clients must not set their own due
 * time, and the business-hours walk is this module's TypeScript, not SQL). Idempotent; the update
 * only lands if the status is still the one the clock was computed for.
 */
export async function unsafeApplySlaClock(ticketId: string, now: Date = new Date()): Promise<void> {
  const db = await unsafeSystemDb('the SLA clock columns are system-written: clients cannot set their own due time');
  const [settings] = await db.select().from(supportSettings).where(eq(supportSettings.id, true));
  const [ticket] = await db.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
  if (!settings || !ticket) return;
  let next: SlaClockUpdate;
  try {
    next = nextSlaClock(ticket, now, slaPolicyOf(settings, ticket.slaHours));
  } catch (err) {
    // A schedule with no working time in two years: keep the clock as it is (the database's
    // calendar due time) rather than fail the client's request after their ticket was saved.
    reportError(err, { where: 'tickets: SLA clock', ticketId });
    return;
  }
  const unchanged =
    next.slaPausedAt?.getTime() === ticket.slaPausedAt?.getTime() &&
    next.firstResponseDueAt?.getTime() === ticket.firstResponseDueAt?.getTime() &&
    next.slaWarnAt?.getTime() === ticket.slaWarnAt?.getTime() &&
    next.slaConsumedMinutes === ticket.slaConsumedMinutes;
  if (unchanged) return;
  await db
    .update(supportTickets)
    .set(next)
    .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.status, ticket.status)));
}
