import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import { unsafeGetEntitlements } from '@/modules/billing/get-entitlements';
import { unsafeListServingDomains } from '@/modules/domains/unsafe-list-serving-domains';
import { customDomainOrigin, siteOrigin } from '@/modules/host/site-url';
import { unsafeListLiveSites } from '@/modules/host/unsafe-list-live-sites';
import { emitNotificationInTx } from '@/modules/notifications/emit-notification';
import type { UptimeCause } from '@/modules/notifications/events';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import { isUptimeCheckDue, uptimeIntervalMs } from './uptime-plan';
import { probeUptime, type ProbeOptions, type ProbeResult } from './uptime-probe';
import { uptimeChecks, uptimeDaily, uptimeIncidents, uptimeMonitors, type UptimeMonitorRow } from './uptime-schema';
import { decideUptimeTransition, type CheckOutcome, type MonitorState } from './uptime-state';

/** One address of a live site to check. */
export type UptimeTarget = { projectId: string; host: string; origin: string; kind: ProbeOptions['kind']; intervalMs: number };

/** Checks one origin; the real HTTP probe, or a stand-in in tests. */
export type UptimeProber = (target: UptimeTarget) => Promise<ProbeResult>;

export type RunUptimeChecksOptions = {
  now?: () => Date;
  prober?: UptimeProber;
  /**
   * Checks at once (default 32). Each waits at most the probe's timeout and costs a socket, not
   * CPU: 32 at once get through ~190 hosts a minute even if every one of them times out, and
   * thousands when they answer.
   */
  concurrency?: number;
};

export type UptimeChecksResult = { hosts: number; checked: number; failed: number; opened: number; resolved: number; unmonitored: number };

const REASON = 'the uptime cron checks every client’s live sites and records the results';

const realProber: UptimeProber = (target) => probeUptime(target.origin, { kind: target.kind });

/**
 * The uptime cron's tick. Every live site's addresses — its `<slug>` host and each custom domain
 * it answers at (from host's and domains' own listings) — are checked when their plan's interval
 * (uptime-plan.ts; the plan from accounts' entitlements) has passed since the last check, at most
 * `concurrency` at once. Each check is recorded with its daily rollup and run through the state
 * machine (uptime-state.ts): the 2nd failure in a row opens an incident and notifies `site.down`,
 * the first success resolves it and notifies `site.recovered` — in the same transaction as the
 * incident, deduplicated by the incident's id, so a retried tick never notifies twice. The owner's
 * webhook endpoints get `site.down` / `site.up` the same way.
 * Hosts no longer live (site unpublished, domain removed, account suspended) stop being monitored:
 * an open incident of theirs is closed as 'unmonitored', without a recovery notice.
 * System code: a cron has no session and looks at every client's sites.
 */
export async function unsafeRunUptimeChecks(options: RunUptimeChecksOptions = {}): Promise<UptimeChecksResult> {
  const clock = options.now ?? (() => new Date());
  const prober = options.prober ?? realProber;
  const concurrency = Math.max(1, options.concurrency ?? 32);
  const db = await unsafeSystemDb(REASON);
  const now = clock();

  const targets = await listTargets(db);
  const monitors = await db.select().from(uptimeMonitors);
  const byKey = new Map(monitors.map((m) => [`${m.projectId} ${m.host}`, m]));
  const result: UptimeChecksResult = { hosts: targets.length, checked: 0, failed: 0, opened: 0, resolved: 0, unmonitored: 0 };

  const live = new Set(targets.map((t) => `${t.projectId} ${t.host}`));
  for (const monitor of monitors) {
    if (live.has(`${monitor.projectId} ${monitor.host}`)) continue;
    await stopMonitoring(db, monitor, now);
    result.unmonitored += 1;
  }

  const due = targets.filter((t) => isUptimeCheckDue(byKey.get(`${t.projectId} ${t.host}`)?.lastCheckedAt ?? null, t.intervalMs, now));
  let next = 0;
  const worker = async () => {
    while (next < due.length) {
      const target = due[next++]!;
      const at = clock();
      const probe = await prober(target).catch((): ProbeResult => ({ isUp: false, statusCode: null, cause: 'other', responseMs: 0 }));
      const action = await recordUptimeCheck(
        db,
        target,
        { at, isUp: probe.isUp, cause: probe.cause, statusCode: probe.statusCode },
        probe.responseMs,
      );
      result.checked += 1;
      if (!probe.isUp) result.failed += 1;
      if (action === 'open') result.opened += 1;
      if (action === 'resolve') result.resolved += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
  if (result.opened + result.resolved > 0) await flushEvents();
  return result;
}

async function listTargets(db: Db): Promise<UptimeTarget[]> {
  const sites = await unsafeListLiveSites();
  if (sites.length === 0) return [];
  const intervals = new Map<string, number | null>();
  for (const ownerId of new Set(sites.map((s) => s.ownerId))) {
    const entitlements = await unsafeGetEntitlements(db, ownerId).catch(() => null);
    // A suspended account's sites are not monitored. Entitlements that cannot be read right now
    // (a transient error) must not silently stop monitoring: those sites get the default interval.
    if (!entitlements) intervals.set(ownerId, uptimeIntervalMs('free'));
    else intervals.set(ownerId, entitlements.isSuspended ? null : uptimeIntervalMs(entitlements.tier));
  }
  const domains = await unsafeListServingDomains(sites.map((s) => s.projectId));
  const targets: UptimeTarget[] = [];
  for (const site of sites) {
    const intervalMs = intervals.get(site.ownerId);
    if (!intervalMs) continue;
    const platform = siteOrigin(site.slug);
    targets.push({ projectId: site.projectId, host: new URL(platform).host, origin: platform, kind: 'platform', intervalMs });
    for (const domain of domains.filter((d) => d.projectId === site.projectId)) {
      const origin = customDomainOrigin(domain.name);
      targets.push({ projectId: site.projectId, host: new URL(origin).host, origin, kind: 'custom', intervalMs });
    }
  }
  return targets;
}

function stateOf(row: UptimeMonitorRow): MonitorState {
  return {
    consecutiveFailures: row.consecutiveFailures,
    firstFailedAt: row.firstFailedAt,
    firstCause: (row.firstCause as UptimeCause | null) ?? null,
    firstStatusCode: row.firstStatusCode,
    openIncidentId: row.openIncidentId,
  };
}

/**
 * Records one check of one host and applies its transition, in one transaction under the
 * monitor's row lock (two overlapping ticks apply checks one after the other; a check older than
 * the last one recorded is dropped, so the state machine only moves forward in time).
 */
export async function recordUptimeCheck(
  db: Db,
  target: Pick<UptimeTarget, 'projectId' | 'host'>,
  outcome: CheckOutcome,
  responseMs: number,
): Promise<'none' | 'open' | 'extend' | 'resolve' | 'stale'> {
  const { projectId, host } = target;
  return db.transaction(async (tx) => {
    await tx.insert(uptimeMonitors).values({ projectId, host }).onConflictDoNothing();
    const [monitor] = await tx
      .select()
      .from(uptimeMonitors)
      .where(and(eq(uptimeMonitors.projectId, projectId), eq(uptimeMonitors.host, host)))
      .for('update');
    if (!monitor) return 'stale'; // the project was deleted meanwhile
    if (monitor.lastCheckedAt && monitor.lastCheckedAt.getTime() >= outcome.at.getTime()) return 'stale';
    const { next, action } = decideUptimeTransition(stateOf(monitor), outcome);

    await tx.insert(uptimeChecks).values({
      projectId,
      host,
      checkedAt: outcome.at,
      isUp: outcome.isUp,
      statusCode: outcome.statusCode,
      cause: outcome.isUp ? null : (outcome.cause ?? 'other'),
      responseMs,
    });
    const failures = outcome.isUp ? 0 : 1;
    await tx
      .insert(uptimeDaily)
      .values({ projectId, host, day: outcome.at.toISOString().slice(0, 10), checks: 1, failures, responseMsTotal: responseMs })
      .onConflictDoUpdate({
        target: [uptimeDaily.projectId, uptimeDaily.day, uptimeDaily.host],
        set: {
          checks: sql`${uptimeDaily.checks} + 1`,
          failures: sql`${uptimeDaily.failures} + ${failures}`,
          responseMsTotal: sql`${uptimeDaily.responseMsTotal} + ${responseMs}`,
        },
      });

    let openIncidentId = next.openIncidentId;
    if (action.type === 'open') {
      const [incident] = await tx
        .insert(uptimeIncidents)
        .values({
          projectId,
          host,
          openedAt: action.openedAt,
          confirmedAt: action.confirmedAt,
          cause: action.cause,
          statusCode: action.statusCode,
          failedChecks: action.failedChecks,
        })
        .returning({ id: uptimeIncidents.id });
      openIncidentId = incident!.id;
      await emitNotificationInTx(tx, {
        kind: 'site.down',
        eventId: `site.down:${incident!.id}`,
        projectId,
        incidentId: incident!.id,
        host,
        cause: action.cause,
        ...(action.cause === 'http_status' && action.statusCode ? { statusCode: action.statusCode } : {}),
      });
      // The owner's endpoints hear it in the same transaction as the incident: keyed by the
      // incident, so a retried tick queues nothing new, and a rolled-back check queues nothing.
      await unsafeRaiseWebhookEventInTx(tx, {
        type: 'site.down',
        account: { projectId },
        key: `site.down:${incident!.id}`,
        occurredAt: action.confirmedAt,
        data: { projectId, host, cause: action.cause, startedAt: action.openedAt.toISOString() },
      });
    } else if (action.type === 'extend') {
      await tx
        .update(uptimeIncidents)
        .set({ failedChecks: sql`${uptimeIncidents.failedChecks} + 1` })
        .where(eq(uptimeIncidents.id, action.incidentId));
    } else if (action.type === 'resolve') {
      const [resolved] = await tx
        .update(uptimeIncidents)
        .set({ resolvedAt: action.resolvedAt, resolution: 'recovered' })
        .where(and(eq(uptimeIncidents.id, action.incidentId), isNull(uptimeIncidents.resolvedAt)))
        .returning({ openedAt: uptimeIncidents.openedAt });
      if (resolved) {
        await emitNotificationInTx(tx, {
          kind: 'site.recovered',
          eventId: `site.recovered:${action.incidentId}`,
          projectId,
          incidentId: action.incidentId,
          host,
          durationMs: action.resolvedAt.getTime() - resolved.openedAt.getTime(),
        });
        await unsafeRaiseWebhookEventInTx(tx, {
          type: 'site.up',
          account: { projectId },
          key: `site.up:${action.incidentId}`,
          occurredAt: action.resolvedAt,
          data: { projectId, host, downForMs: Math.max(0, action.resolvedAt.getTime() - resolved.openedAt.getTime()) },
        });
      }
    }

    await tx
      .update(uptimeMonitors)
      .set({
        lastCheckedAt: outcome.at,
        consecutiveFailures: next.consecutiveFailures,
        firstFailedAt: next.firstFailedAt,
        firstCause: next.firstCause,
        firstStatusCode: next.firstStatusCode,
        openIncidentId,
        updatedAt: sql`now()`,
      })
      .where(and(eq(uptimeMonitors.projectId, projectId), eq(uptimeMonitors.host, host)));
    return action.type;
  });
}

/** A host that is no longer live: its open incident (if any) is closed as 'unmonitored', its state forgotten. */
async function stopMonitoring(db: Db, monitor: UptimeMonitorRow, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(uptimeIncidents)
      .set({ resolvedAt: sql`greatest(${uptimeIncidents.openedAt}, ${now.toISOString()}::timestamptz)`, resolution: 'unmonitored' })
      .where(
        and(eq(uptimeIncidents.projectId, monitor.projectId), eq(uptimeIncidents.host, monitor.host), isNull(uptimeIncidents.resolvedAt)),
      );
    await tx.delete(uptimeMonitors).where(and(eq(uptimeMonitors.projectId, monitor.projectId), eq(uptimeMonitors.host, monitor.host)));
  });
}
