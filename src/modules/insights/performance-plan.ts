import type { Entitlements } from '@/modules/billing/get-entitlements';

export type Tier = Entitlements['tier'];

const HOUR = 3_600_000;

/**
 * How often each plan's sites are measured: Free weekly, Basic daily, Pro and Enterprise every
 * six hours. (How many pages a site may pin is a plan limit in the database: tier_limits.
 * max_performance_pages.)
 */
export const PERFORMANCE_INTERVAL_MS: Record<Tier, number> = {
  free: 7 * 24 * HOUR,
  basic: 24 * HOUR,
  pro: 6 * HOUR,
  enterprise: 6 * HOUR,
};

/**
 * Each plan's share of the Lighthouse runs that may go at once (the analyzer's Chromium budget,
 * ANALYZER_CONCURRENCY): Free a quarter, Basic half, Pro three quarters, Enterprise all of it —
 * at least one each. A tick with many Free sites due cannot take every browser while a paying
 * client's site waits; a plan with room still uses what the others leave free.
 */
const CONCURRENCY_SHARE: Record<Tier, number> = { free: 0.25, basic: 0.5, pro: 0.75, enterprise: 1 };

export function tierConcurrency(tier: Tier, total: number): number {
  return Math.max(1, Math.min(total, Math.floor(total * CONCURRENCY_SHARE[tier])));
}

/** The cron's cadence (inngest/functions/performance-checks.ts): a new site waits at most this long. */
export const PERFORMANCE_CRON = '*/15 * * * *';
export const PERFORMANCE_TICK_MS = 15 * 60_000;

/** One page to measure: a live site's home page ('/') or a page its client pinned. */
export type PerformanceTarget = {
  projectId: string;
  ownerId: string;
  tier: Tier;
  path: string;
  url: string;
  /** The last run of this page, failed or not; null when it was never measured. */
  lastAttemptAt: Date | null;
};

/** When a page is next due: never measured → now; else its last run plus its plan's interval. */
export function performanceDueAt(target: Pick<PerformanceTarget, 'tier' | 'lastAttemptAt'>, now: Date): Date {
  if (!target.lastAttemptAt) return now;
  return new Date(target.lastAttemptAt.getTime() + PERFORMANCE_INTERVAL_MS[target.tier]);
}

/**
 * The pages due at `now`, most overdue first (never-measured pages before all others, then by how
 * long past due, then home pages before pinned ones), at most `limit` — the rest wait for the next
 * tick, still first in line.
 */
export function pickDuePerformanceRuns<T extends PerformanceTarget>(targets: readonly T[], now: Date, limit: number): T[] {
  const due = targets
    .map((t) => ({ t, at: t.lastAttemptAt ? performanceDueAt(t, now).getTime() : Number.NEGATIVE_INFINITY }))
    .filter(({ at }) => at <= now.getTime());
  due.sort(
    (a, b) =>
      a.at - b.at ||
      Number(a.t.path !== '/') - Number(b.t.path !== '/') ||
      a.t.projectId.localeCompare(b.t.projectId) ||
      a.t.path.localeCompare(b.t.path),
  );
  return due.slice(0, Math.max(0, limit)).map(({ t }) => t);
}

/**
 * When the client can expect the next measurement of a page: its due time, but never before the
 * next cron tick after `now` (a page due now waits for the tick).
 */
export function nextPerformanceRunAt(tier: Tier, lastAttemptAt: Date | null, now: Date): Date {
  const due = performanceDueAt({ tier, lastAttemptAt }, now).getTime();
  const nextTick = Math.floor(now.getTime() / PERFORMANCE_TICK_MS) * PERFORMANCE_TICK_MS + PERFORMANCE_TICK_MS;
  if (due <= now.getTime()) return new Date(nextTick);
  return new Date(Math.ceil(due / PERFORMANCE_TICK_MS) * PERFORMANCE_TICK_MS);
}
