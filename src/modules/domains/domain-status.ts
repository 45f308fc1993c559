/**
 * A custom domain's states, as people read them:
 *  - waiting: added, ownership (the TXT token) not proven yet;
 *  - verified: ownership proven, routing (CNAME or A/AAAA) not pointing at us yet;
 *  - live: proven and routed: served, and Caddy may get it a certificate;
 *  - needs_attention: was live, and a later check failed (records changed or removed). Still served
 *    for STOP_SERVING_AFTER_DAYS, then only the `<slug>` address answers.
 */
export const DOMAIN_STATUSES = ['waiting', 'verified', 'live', 'needs_attention'] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

/** Statuses that hold a proof of ownership: at most one row per name (a unique index). */
export const PROVEN_STATUSES: readonly DomainStatus[] = ['verified', 'live', 'needs_attention'];

export const STOP_SERVING_AFTER_DAYS = 14;
export const WARN_FAILING_AFTER_DAYS = 3;
export const REMOVE_WAITING_AFTER_DAYS = 30;
export const WAITING_REMINDER_DAYS = [2, 7] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a domain in this state answers for its project now. */
export function isDomainServing(row: { status: DomainStatus; failingSince: Date | null }, now = new Date()): boolean {
  if (row.status === 'live') return true;
  if (row.status !== 'needs_attention') return false;
  return !row.failingSince || now.getTime() - row.failingSince.getTime() < STOP_SERVING_AFTER_DAYS * DAY_MS;
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
