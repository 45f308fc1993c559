import type { DomainStatus } from './domain-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When to look again. Waiting (or verified, not yet routed) domains back off from every 5 minutes
 * in the first hour (people are at their DNS provider now) to hourly in the first day, then every
 * 6 hours until removal at day 30; live ones every 4 hours; failing ones hourly, so a fix shows soon.
 */
export function nextCheckAt(row: { status: DomainStatus; createdAt: Date }, now: Date): Date {
  const age = now.getTime() - row.createdAt.getTime();
  let wait: number;
  if (row.status === 'live') wait = 4 * HOUR;
  else if (row.status === 'needs_attention') wait = HOUR;
  else wait = age < HOUR ? 5 * MINUTE : age < DAY ? HOUR : 6 * HOUR;
  return new Date(now.getTime() + wait);
}
