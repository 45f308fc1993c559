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
