import { randomUUID } from 'node:crypto';
import { getMetrics, statusClass } from '@/lib/metrics';
import { recordUsage } from '@/modules/metering/record-usage';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { peekSiteHost, resolveSiteHost, type LiveSite } from './resolve-site-host';
import { pageViewOf, TrafficCounter, type TrafficBatch } from './site-traffic-counter';
import { unsafeRecordSiteTraffic } from './unsafe-record-site-traffic';

/**
 * Bandwidth metering without a database write per request. Bytes are summed in memory per project
 * and written as usage events at most every FLUSH_AFTER_MS: the request that adds the first bytes
 * of a batch schedules its flush with Next's `after()` (see the site-host route), which keeps the
 * function alive until the batch is written — on a serverless platform too — so no timer in a
 * long-lived process is needed and a batch is never left waiting for a next request.
 *
 * Idempotency: each flush turns the buffered bytes into batches with their own key (instance id +
 * flush number), so two flushes add up instead of colliding. A batch whose insert fails is kept
 * and retried *with the same key*, so an insert that did commit before the error counts once.
 *
 * Traffic analytics ride the same flush: every answer on a site host is counted in memory
 * (recordSiteRequest → site-traffic-counter.ts) and written as one keyed batch per flush
 * (unsafeRecordSiteTraffic), kept and retried with its key when the write fails, exactly like the
 * bytes. Flushes run one at a time, so the flush at shutdown waits for one in progress and
 * nothing buffered is left behind.
 */
export const FLUSH_AFTER_MS = 5_000;
const instanceId = randomUUID().slice(0, 8);

type Batch = { projectId: string; bytes: number; key: string };
type TrafficUnsent = { key: string; batch: TrafficBatch };
type MeterState = {
  bytes: Map<string, number>;
  unsent: Batch[];
  flushes: number;
  pending?: Promise<void>;
  traffic: TrafficCounter;
  /** The batch whose write failed, retried first (at most one: see flushTrafficCounters). */
  unsentTraffic?: TrafficUnsent;
  /** The flush in progress (flushes run one after another). */
  running: Promise<unknown>;
  isAnalyticsOn: boolean;
  /** Requests whose site is being looked up before they are counted. */
  resolving: Set<Promise<void>>;
};
// On globalThis: Next bundles the route handler and instrumentation separately from the server
// scripts, and they must share one buffer.
const g = globalThis as typeof globalThis & { __pmTrafficMeter4?: MeterState };
const state: MeterState = (g.__pmTrafficMeter4 ??= {
  bytes: new Map(),
  unsent: [],
  flushes: 0,
  traffic: new TrafficCounter(),
  running: Promise.resolve(),
  isAnalyticsOn: process.env.PM_SITE_TRAFFIC_ANALYTICS !== 'off',
  resolving: new Set(),
});

export function recordSiteTraffic(projectId: string, bytes: number): void {
  state.bytes.set(projectId, (state.bytes.get(projectId) ?? 0) + bytes);
}

/** One answer on a site host, as the site server or the route handler sent it. */
export type SiteRequestRecord = {
  host: string | null;
  /** Path and query as asked. */
  path: string;
  method: string;
  status: number;
  headers: Readonly<Record<string, string>>;
  /** Body bytes on the wire. */
  bytes: number;
  /** countryOf(the CDN's headers). */
  country: string;
  /** The request's `Sec-Fetch-Dest` (a service worker's own fetches say `empty`); null when absent. */
  fetchDest?: string | null;
  at?: number;
};

/**
 * Counts one answer for its site's traffic analytics (in memory). Requests to hosts that are no
 * site (the neutral 404) or whose site could not be resolved (the neutral 503) belong to nobody
 * and are not counted. A visit is a successful HTML page view: a GET answered 200 (or 304, a
 * browser showing its fresh copy again) with an HTML page of the site, asked for as a document —
 * not the site's service worker caching its offline page, nor a fallback page by its own name
 * (pageViewOf).
 */
export function recordSiteRequest(r: SiteRequestRecord): void {
  // Operations metrics first (both serving paths come here), whatever the analytics setting.
  const metrics = getMetrics();
  metrics.siteRequests.inc({ status: statusClass(r.status) });
  if (r.method !== 'HEAD') metrics.siteBytes.inc(r.bytes);
  if (!state.isAnalyticsOn) return;
  const at = r.at ?? Date.now();
  // The site is in this process's cache (the answer was just made from it); when an entry went
  // stale in between, ask again — cached, or one query — rather than lose the request.
  const site = peekSiteHost(r.host);
  if (site === undefined) {
    const counting = resolveSiteHost(r.host).then(
      (resolved) => countFor(resolved, r, at),
      () => undefined, // the database is down: the answer was the neutral 503 and belongs to nobody
    );
    // A flush (the one at shutdown too) waits for these, so none lands after it.
    state.resolving.add(counting);
    void counting.finally(() => state.resolving.delete(counting));
  } else countFor(site, r, at);
}

function countFor(site: LiveSite | null, r: SiteRequestRecord, at: number): void {
  if (!site) return;
  state.traffic.count({
    projectId: site.projectId,
    status: r.status,
    bytes: r.method === 'HEAD' ? 0 : r.bytes,
    page: pageViewOf({
      method: r.method,
      status: r.status,
      contentType: r.headers['Content-Type'],
      path: r.path,
      sitePath: r.headers['X-Site-Path'],
      fetchDest: r.fetchDest,
    }),
    country: r.country,
    at,
  });
}

/** Turns traffic analytics on or off in this process (the bench compares both; PM_SITE_TRAFFIC_ANALYTICS=off starts it off). */
export function setSiteTrafficAnalytics(isOn: boolean): void {
  state.isAnalyticsOn = isOn;
}

/**
 * The flush of the current batch, FLUSH_AFTER_MS after its first bytes; one shared promise per
 * batch. The site host hands it to `after()`; resolves without throwing (a failed flush keeps its
 * bytes for the next batch and is reported).
 */
export function flushSiteTrafficSoon(onError: (err: unknown) => void, delayMs = FLUSH_AFTER_MS): Promise<void> {
  if (state.bytes.size === 0 && state.unsent.length === 0 && state.traffic.isEmpty && !state.unsentTraffic && state.resolving.size === 0)
    return Promise.resolve();
  state.pending ??= new Promise<void>((resolve) => setTimeout(resolve, delayMs))
    .then(() => {
      state.pending = undefined;
      return flushSiteTraffic();
    })
    .then(
      () => undefined,
      (err: unknown) => onError(err),
    );
  return state.pending;
}

/**
 * Writes what is buffered now: the bytes as usage events, the traffic counters as one batch.
 * Both are attempted; the first error is thrown after both (each keeps its unsent part).
 */
export function flushSiteTraffic(): Promise<{ bandwidthEvents: number; trafficBatches: number }> {
  const run = state.running.then(async () => {
    const [bandwidth, traffic] = await Promise.allSettled([flushBandwidth(), flushTrafficCounters()]);
    if (bandwidth.status === 'rejected') throw bandwidth.reason;
    if (traffic.status === 'rejected') throw traffic.reason;
    return { bandwidthEvents: bandwidth.value.bandwidthEvents, trafficBatches: traffic.value };
  });
  state.running = run.catch(() => undefined);
  return run;
}

/**
 * Writes the batch that failed last time (if any, with its key), then what was counted since. At
 * most one batch waits unsent: while it cannot be written, new requests keep adding up in the
 * counter, whose size is bounded (sites × days × capped pages and countries) — so an outage of the
 * database costs no memory per flush.
 */
async function flushTrafficCounters(): Promise<number> {
  await Promise.all(state.resolving);
  let written = 0;
  if (state.unsentTraffic) {
    await writeTrafficBatch(state.unsentTraffic);
    state.unsentTraffic = undefined;
    written++;
  }
  const fresh = state.traffic.take();
  if (!fresh) return written;
  const batch = { key: `traffic:${instanceId}:${++state.flushes}`, batch: fresh };
  try {
    await writeTrafficBatch(batch);
  } catch (err) {
    // Kept, key and all, for the next flush: nothing is lost, nothing counted twice.
    state.unsentTraffic = batch;
    throw err;
  }
  return written + 1;
}

async function writeTrafficBatch({ key, batch }: TrafficUnsent): Promise<void> {
  // Counters of projects deleted since are dropped (their rows went with them).
  const live = new Set((await unsafeGetProjects([...new Set(batch.days.map((d) => d.project_id))])).map((p) => p.id));
  const kept: TrafficBatch = {
    days: batch.days.filter((d) => live.has(d.project_id)),
    pages: batch.pages.filter((d) => live.has(d.project_id)),
    countries: batch.countries.filter((d) => live.has(d.project_id)),
  };
  if (kept.days.length > 0) await unsafeRecordSiteTraffic(key, kept);
}

async function flushBandwidth(): Promise<{ bandwidthEvents: number }> {
  const flush = ++state.flushes;
  const fresh: Batch[] = [...state.bytes.entries()].map(([projectId, bytes]) => ({
    projectId,
    bytes,
    key: `bandwidth:${projectId}:${instanceId}:${flush}`,
  }));
  state.bytes.clear();
  const batches = [...state.unsent.splice(0), ...fresh];
  if (batches.length === 0) return { bandwidthEvents: 0 };
  try {
    const owners = new Map((await unsafeGetProjects([...new Set(batches.map((b) => b.projectId))])).map((p) => [p.id, p.ownerId]));
    // Bytes of a project deleted since are dropped: there is no one left to bill.
    const events = batches.flatMap((b) => {
      const userId = owners.get(b.projectId);
      return userId
        ? [{ userId, projectId: b.projectId, metric: 'bandwidth_bytes' as const, quantity: b.bytes, idempotencyKey: b.key }]
        : [];
    });
    await recordUsage(events);
    return { bandwidthEvents: events.length };
  } catch (err) {
    // Keep every batch, key and all, for the next flush: nothing is lost, nothing counted twice.
    state.unsent.unshift(...batches);
    throw err;
  }
}
