import { and, asc, desc, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/with-rls';
import { uptimeDaily, uptimeIncidents, uptimeMonitors } from './uptime-schema';

export type UptimeIncident = {
  id: string;
  host: string;
  openedAt: Date;
  resolvedAt: Date | null;
  /** Until resolution; null while open (the UI counts an open one up to now). */
  durationMs: number | null;
  /** uptime-probe.ts's cause code: timeout, http_status, connection, dns, tls, blocked, other. */
  cause: string;
  statusCode: number | null;
  resolution: 'recovered' | 'unmonitored' | null;
};

export type UptimeDay = { day: string; checks: number; failures: number; uptimePercent: number | null };

export type UptimeSummary = {
  /** Now, not over the period: down while an incident is open, up when checked lately, else unknown. */
  status: 'up' | 'down' | 'unknown';
  /** Successful checks ÷ checks over the period's days, 0–100; null without checks. */
  uptimePercent: number | null;
  checks: number;
  /** Incidents that overlap the period, newest first. */
  incidents: UptimeIncident[];
  /** One entry per UTC day of the period that had checks, oldest first (the panel's history). */
  days: UptimeDay[];
  /** The last check of any of the site's hosts, or null before the first one. */
  lastCheckedAt: Date | null;
};

export type UptimeSummaryInput = { projectIds: string[]; from: Date; to: Date; now?: Date };

/** A site whose last check is older than this reads 'unknown' (the cron stopped, or the site is no longer live). */
const STALE_AFTER_MS = 15 * 60_000;

const percent = (checks: number, failures: number) => (checks > 0 ? ((checks - failures) / checks) * 100 : null);
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The uptime of a set of sites over [from, to), one query per table whatever the number of sites.
 * Uptime is computed from the checks — the per-day rollups hold exactly the checks' counts — over
 * the UTC days the period covers (a period from midnight to midnight UTC, such as monthRange's,
 * counts exactly its checks). All of a site's hosts count: a custom domain that fails while the
 * `<slug>` address answers is downtime for the visitors who type that domain.
 * `tx` decides who is asking: an RLS-bound transaction returns only the caller's sites (others
 * are absent from the map); the privileged connection serves jobs and the agency overview.
 */
export async function getUptimeSummary(tx: Tx | Db, input: UptimeSummaryInput): Promise<Map<string, UptimeSummary>> {
  const result = new Map<string, UptimeSummary>();
  if (input.projectIds.length === 0) return result;
  const now = input.now ?? new Date();
  const fromDay = dayOf(input.from);
  // The last day the period touches: `to` is exclusive, so midnight belongs to the day before.
  const lastDay = dayOf(new Date(input.to.getTime() - 1));
  const ids = [...new Set(input.projectIds)];

  const [days, incidents, monitors] = await Promise.all([
    tx
      .select({
        projectId: uptimeDaily.projectId,
        day: uptimeDaily.day,
        checks: sql<number>`sum(${uptimeDaily.checks})::int`,
        failures: sql<number>`sum(${uptimeDaily.failures})::int`,
      })
      .from(uptimeDaily)
      .where(and(inArray(uptimeDaily.projectId, ids), gte(uptimeDaily.day, fromDay), sql`${uptimeDaily.day} <= ${lastDay}::date`))
      .groupBy(uptimeDaily.projectId, uptimeDaily.day)
      .orderBy(asc(uptimeDaily.day)),
    tx
      .select()
      .from(uptimeIncidents)
      .where(
        and(
          inArray(uptimeIncidents.projectId, ids),
          lt(uptimeIncidents.openedAt, input.to),
          or(isNull(uptimeIncidents.resolvedAt), gte(uptimeIncidents.resolvedAt, input.from)),
        ),
      )
      .orderBy(desc(uptimeIncidents.openedAt)),
    tx
      .select({
        projectId: uptimeMonitors.projectId,
        lastCheckedAt: sql<Date | null>`max(${uptimeMonitors.lastCheckedAt})`.mapWith(uptimeMonitors.lastCheckedAt),
        open: sql<number>`count(${uptimeMonitors.openIncidentId})::int`,
      })
      .from(uptimeMonitors)
      .where(inArray(uptimeMonitors.projectId, ids))
      .groupBy(uptimeMonitors.projectId),
  ]);

  const entry = (projectId: string): UptimeSummary => {
    let summary = result.get(projectId);
    if (!summary) {
      summary = { status: 'unknown', uptimePercent: null, checks: 0, incidents: [], days: [], lastCheckedAt: null };
      result.set(projectId, summary);
    }
    return summary;
  };
  const failuresOf = new Map<string, number>();
  for (const row of days) {
    const summary = entry(row.projectId);
    summary.days.push({ day: row.day, checks: row.checks, failures: row.failures, uptimePercent: percent(row.checks, row.failures) });
    summary.checks += row.checks;
    failuresOf.set(row.projectId, (failuresOf.get(row.projectId) ?? 0) + row.failures);
  }
  for (const [projectId, summary] of result) summary.uptimePercent = percent(summary.checks, failuresOf.get(projectId) ?? 0);
  for (const row of incidents) {
    entry(row.projectId).incidents.push({
      id: row.id,
      host: row.host,
      openedAt: row.openedAt,
      resolvedAt: row.resolvedAt,
      durationMs: row.resolvedAt ? row.resolvedAt.getTime() - row.openedAt.getTime() : null,
      cause: row.cause,
      statusCode: row.statusCode,
      resolution: row.resolution,
    });
  }
  for (const row of monitors) {
    const summary = entry(row.projectId);
    summary.lastCheckedAt = row.lastCheckedAt;
    const isFresh = row.lastCheckedAt !== null && now.getTime() - row.lastCheckedAt.getTime() <= STALE_AFTER_MS;
    summary.status = row.open > 0 ? 'down' : isFresh ? 'up' : 'unknown';
  }
  return result;
}
