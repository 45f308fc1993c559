import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/**
 * Calendar or business hours for the first-response SLA. Business hours are a weekly schedule of
 * wall-clock windows in the agency's time zone, minus holidays (local dates). Wall-clock times are
 * turned into instants with @date-fns/tz (IANA zones, DST included); the walk over days is ours:
 * no maintained library adds "N working minutes" over a custom schedule with holidays.
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
export const businessHoursDaySchema = z
  .object({ day: z.number().int().min(0).max(6), start: hhmm, end: hhmm })
  .refine((d) => d.start < d.end, { path: ['end'] });
export type BusinessHoursDay = z.infer<typeof businessHoursDaySchema>;

export type SlaPolicy = {
  hours: 'calendar' | 'business';
  timeZone: string;
  schedule: readonly BusinessHoursDay[];
  /** Local dates, YYYY-MM-DD. */
  holidays: readonly string[];
};

const MINUTE = 60_000;
/** A schedule with no open window would never reach a due time: stop looking after two years. */
const MAX_DAYS = 2 * 366;

function minutesOf(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Working windows [start, end) in ms from `from` on, in order, clipped to `from`. */
function* workingWindows(from: Date, policy: SlaPolicy): Generator<[number, number]> {
  const local = new TZDate(from.getTime(), policy.timeZone);
  let y = local.getFullYear();
  let m = local.getMonth();
  let d = local.getDate();
  const holidays = new Set(policy.holidays);
  for (let i = 0; i < MAX_DAYS; i++) {
    const key = `${y}-${pad(m + 1)}-${pad(d)}`;
    if (!holidays.has(key)) {
      const weekday = new Date(Date.UTC(y, m, d)).getUTCDay();
      const windows = policy.schedule
        .filter((w) => w.day === weekday)
        .map((w) => [minutesOf(w.start), minutesOf(w.end)] as const)
        .sort((a, b) => a[0] - b[0]);
      for (const [startMin, endMin] of windows) {
        const start = new TZDate(y, m, d, Math.floor(startMin / 60), startMin % 60, policy.timeZone).getTime();
        const end = new TZDate(y, m, d, Math.floor(endMin / 60), endMin % 60, policy.timeZone).getTime();
        const clipped = Math.max(start, from.getTime());
        if (end > clipped) yield [clipped, end];
      }
    }
    const next = new Date(Date.UTC(y, m, d + 1));
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate()];
  }
}

function isBusiness(policy: SlaPolicy): boolean {
  return policy.hours === 'business' && policy.schedule.length > 0;
}

/** The instant `minutes` of SLA time after `start`. */
export function addSlaMinutes(start: Date, minutes: number, policy: SlaPolicy): Date {
  if (!isBusiness(policy)) return new Date(start.getTime() + minutes * MINUTE);
  let remaining = Math.max(0, minutes) * MINUTE;
  if (remaining === 0) return start;
  for (const [a, b] of workingWindows(start, policy)) {
    if (remaining <= b - a) return new Date(a + remaining);
    remaining -= b - a;
  }
  throw new Error('business hours: no working time in the schedule');
}

/** SLA minutes between two instants (0 when `to` is not after `from`). */
export function slaMinutesBetween(from: Date, to: Date, policy: SlaPolicy): number {
  if (to <= from) return 0;
  if (!isBusiness(policy)) return (to.getTime() - from.getTime()) / MINUTE;
  let total = 0;
  for (const [a, b] of workingWindows(from, policy)) {
    if (a >= to.getTime()) break;
    total += Math.min(b, to.getTime()) - a;
  }
  return total / MINUTE;
}
