import { Cron } from 'croner';

/**
 * Cron triggers as Inngest reads them: five fields, optionally prefixed by a time zone
 * ("TZ=America/Sao_Paulo 0 9 1 * *"). `croner` does the calendar arithmetic (months, DST).
 */
export function parseCron(expression: string): { pattern: string; timezone: string | undefined } {
  const match = /^(?:TZ=(\S+)\s+)?(.+)$/.exec(expression.trim());
  const pattern = (match?.[2] ?? '').trim();
  if (pattern.split(/\s+/).length !== 5) throw new Error(`Cron ${JSON.stringify(expression)} must have five fields`);
  const timezone = match?.[1];
  // Throw on a bad pattern or time zone, so a typo fails at start-up, not at the first tick.
  if (timezone) new Intl.DateTimeFormat('en', { timeZone: timezone });
  new Cron(pattern, { paused: true, timezone });
  return { pattern, timezone };
}

/** The first tick strictly after `after`. */
export function nextCronTick(expression: string, after: Date): Date {
  const { pattern, timezone } = parseCron(expression);
  const next = new Cron(pattern, { paused: true, timezone }).nextRun(after);
  if (!next) throw new Error(`Cron ${JSON.stringify(expression)} never fires`);
  return next;
}

/**
 * A cron schedule in words the admin page can say ("every 5 minutes", "every day at 03:17"), for
 * the shapes our jobs use; `null` for any other (the page then shows the expression alone).
 */
export type CronInWords =
  | { every: 'minute' }
  | { every: 'minutes'; minutes: number }
  | { every: 'hour'; minute: number }
  | { every: 'day'; time: string; timezone: string | undefined };

export function describeCron(expression: string): CronInWords | null {
  const { pattern, timezone } = parseCron(expression);
  const [minute, hour, ...rest] = pattern.split(/\s+/);
  if (rest.some((field) => field !== '*')) return null;
  const number = (field: string | undefined) => (field && /^\d{1,2}$/.test(field) ? Number(field) : undefined);
  if (hour === '*') {
    if (minute === '*') return { every: 'minute' };
    const step = /^\*\/(\d{1,2})$/.exec(minute ?? '')?.[1];
    if (step) return { every: 'minutes', minutes: Number(step) };
    const at = number(minute);
    return at === undefined ? null : { every: 'hour', minute: at };
  }
  const [h, m] = [number(hour), number(minute)];
  if (h === undefined || m === undefined) return null;
  return { every: 'day', time: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, timezone };
}
