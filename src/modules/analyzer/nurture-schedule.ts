import type { LeadEmailKind } from './schema';

/**
 * The nurture sequence after a lead is captured: tips for their worst score on day 3, an example
 * of a slow site made fast on day 7, their biggest win on day 14, the offer on day 30. Days count
 * from the capture, so a job that resumes late sends a late mail at once and keeps the rest on
 * their days.
 */
export const NURTURE_SCHEDULE = [
  { kind: 'day3', days: 3 },
  { kind: 'day7', days: 7 },
  { kind: 'day14', days: 14 },
  { kind: 'day30', days: 30 },
] as const satisfies readonly { kind: LeadEmailKind; days: number }[];

const DAY_MS = 24 * 60 * 60 * 1000;

export function nurtureSendAt(capturedAt: Date, days: number): Date {
  return new Date(capturedAt.getTime() + days * DAY_MS);
}
