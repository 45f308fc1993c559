import { TZDate } from '@date-fns/tz';
import { z } from 'zod';

/** A report's month as its first day, YYYY-MM-01 (the database's `month` column). */
export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, 'month must be YYYY-MM-01');
export type ReportMonth = z.infer<typeof reportMonthSchema>;

/** Accepts YYYY-MM (a month input's value) or YYYY-MM-01. */
export function parseReportMonth(value: string): ReportMonth {
  return reportMonthSchema.parse(/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value);
}

/** The month's instants in the agency's time zone: [from, to). */
export function reportMonthBounds(month: ReportMonth, timeZone: string): { from: Date; to: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const from = new TZDate(year, mon - 1, 1, 0, 0, 0, timeZone);
  const to = new TZDate(year, mon, 1, 0, 0, 0, timeZone);
  return { from: new Date(from.getTime()), to: new Date(to.getTime()) };
}

/** The month that ended last at `now` in the agency's time zone: the one the 1st's job reports on. */
export function previousReportMonth(now: Date, timeZone: string): ReportMonth {
  const local = new TZDate(now.getTime(), timeZone);
  const year = local.getMonth() === 0 ? local.getFullYear() - 1 : local.getFullYear();
  const month = local.getMonth() === 0 ? 12 : local.getMonth();
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** Every day of the month (YYYY-MM-DD), for charts that show quiet days as zero. */
export function daysOfMonth(month: ReportMonth): string[] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month.slice(0, 8)}${String(i + 1).padStart(2, '0')}`);
}
