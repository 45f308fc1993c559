import { addSlaMinutes, slaMinutesBetween, type SlaPolicy } from './business-hours';
import { isClockRunning, type TicketStatus } from './ticket-status';

/** The first-response clock of a ticket, as stored on it. */
export type SlaClock = {
  status: TicketStatus;
  slaMinutes: number | null;
  firstRespondedAt: Date | null;
  slaClockStartedAt: Date | null;
  slaConsumedMinutes: number;
  slaPausedAt: Date | null;
  firstResponseDueAt: Date | null;
  slaWarnAt: Date | null;
};

export type SlaClockUpdate = Pick<
  SlaClock,
  'slaClockStartedAt' | 'slaConsumedMinutes' | 'slaPausedAt' | 'firstResponseDueAt' | 'slaWarnAt'
>;

/** The assignee hears at 80 % of the SLA. */
export const WARN_FRACTION = 0.8;

/**
 * Where the clock stands after the ticket's latest change, at `now`:
 *  - no SLA on the plan, or answered: nothing moves (the due time stays on record);
 *  - in the agency's court and running: due = clock start + what is left (this is also how a
 *    business-hours due replaces the calendar one the database set at creation);
 *  - in the agency's court but paused: resumes now with what was left;
 *  - out of the agency's court (waiting for the client, resolved, closed): pauses, banking the
 *    SLA time used so far; no due time while paused, so no warning or breach can fire.
 */
export function nextSlaClock(clock: SlaClock, now: Date, policy: SlaPolicy): SlaClockUpdate {
  const same: SlaClockUpdate = {
    slaClockStartedAt: clock.slaClockStartedAt,
    slaConsumedMinutes: clock.slaConsumedMinutes,
    slaPausedAt: clock.slaPausedAt,
    firstResponseDueAt: clock.firstResponseDueAt,
    slaWarnAt: clock.slaWarnAt,
  };
  if (clock.slaMinutes === null || clock.firstRespondedAt !== null || clock.slaClockStartedAt === null) return same;
  const sla = clock.slaMinutes;
  if (isClockRunning(clock.status)) {
    const startedAt = clock.slaPausedAt ? now : clock.slaClockStartedAt;
    const used = clock.slaConsumedMinutes;
    return {
      slaClockStartedAt: startedAt,
      slaConsumedMinutes: used,
      slaPausedAt: null,
      firstResponseDueAt: addSlaMinutes(startedAt, Math.max(0, sla - used), policy),
      slaWarnAt: addSlaMinutes(startedAt, Math.max(0, sla * WARN_FRACTION - used), policy),
    };
  }
  if (clock.slaPausedAt) return same;
  return {
    slaClockStartedAt: clock.slaClockStartedAt,
    slaConsumedMinutes: clock.slaConsumedMinutes + slaMinutesBetween(clock.slaClockStartedAt, now, policy),
    slaPausedAt: now,
    firstResponseDueAt: null,
    slaWarnAt: null,
  };
}
