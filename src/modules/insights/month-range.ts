/**
 * The calendar month (UTC) that `now` falls in, as [from, to): the period "this month" means on
 * the dashboard home and the agency overview — the same months the traffic days (UTC) and the
 * billing period count in.
 */
export function monthRange(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}
