/** The plans (accounts' tiers) an uptime interval is chosen by. */
export type UptimeTier = 'free' | 'basic' | 'pro' | 'enterprise';

const MINUTE_MS = 60_000;

/**
 * How often a live host is checked: every 5 minutes, every minute on Pro and Enterprise (what
 * their plans sell: an outage noticed within about two minutes rather than ten).
 */
export function uptimeIntervalMs(tier: UptimeTier): number {
  return tier === 'pro' || tier === 'enterprise' ? MINUTE_MS : 5 * MINUTE_MS;
}

/**
 * A cron tick may start a little early or late (a busy machine, a slow previous tick); a host
 * counts as due this much before its interval has fully passed, so a tick a few seconds early
 * does not push a check to the next tick (a 1-minute host checked every 2 minutes).
 */
export const DUE_SLACK_MS = 15_000;

export function isUptimeCheckDue(lastCheckedAt: Date | null, intervalMs: number, now: Date): boolean {
  return !lastCheckedAt || now.getTime() - lastCheckedAt.getTime() >= intervalMs - DUE_SLACK_MS;
}

/** How long raw checks are kept; the per-day rollups are kept for good (see the migration). */
export const UPTIME_CHECK_RETENTION_DAYS = 7;

/** How long one check may take (connect, TLS, first byte of the answer) before it fails as a timeout. */
export const UPTIME_TIMEOUT_MS = 10_000;
