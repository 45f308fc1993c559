import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import { projects } from '@/modules/projects/schema';
import { usageEvents } from '@/modules/generate/schema';

/**
 * Bandwidth and hosting-hour metering without a database write per request:
 * bytes are summed in memory per project and flushed every minute (and on a
 * graceful shutdown) as usage events.
 *
 * Idempotency: each flush turns the buffered bytes into a batch with its own
 * key (instance id + flush number), so a second flush in the same minute adds
 * its bytes instead of colliding with the first. A batch whose insert fails
 * is retried later *with the same key*, so an insert that did commit before
 * the error can't be counted twice. Hosting-hour keys are per project and
 * window only, so several instances (and several flushes) count a window once.
 */
const WINDOW_MS = 60_000;
const instanceId = randomUUID().slice(0, 8);

type Batch = { projectId: string; bytes: number; key: string; windowStart: string };
type MeterState = { bytes: Map<string, number>; unsent: Batch[]; flushes: number; timer?: NodeJS.Timeout; hooked: boolean };
const g = globalThis as typeof globalThis & { __pmTrafficMeter?: MeterState };
const state: MeterState = (g.__pmTrafficMeter ??= { bytes: new Map(), unsent: [], flushes: 0, hooked: false });
// A state object left on globalThis by an earlier copy of this module (a dev reload) lacks these.
state.unsent ??= [];
state.flushes ??= 0;

export function recordSiteTraffic(projectId: string, bytes: number): void {
  state.bytes.set(projectId, (state.bytes.get(projectId) ?? 0) + bytes);
  startSiteTrafficMeter();
}

/**
 * Starts the one-minute flush (idempotent). Called at server start (instrumentation.ts), so an
 * instance that serves no request still records the hosting time of the live sites.
 */
export function startSiteTrafficMeter(): void {
  if (!state.timer) {
    state.timer = setInterval(() => void flushSiteTraffic().catch((err: unknown) => reportError(err, { where: 'traffic flush' })), WINDOW_MS);
    state.timer.unref();
  }
  if (!state.hooked) {
    state.hooked = true;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        // Under `next start`, Next's own handler drains requests and exits; exiting here would cut
        // that short. Alone (a script, the bench), nothing else would exit, so this does.
        const isAlone = process.listenerCount(signal) === 0;
        void flushSiteTraffic()
          .catch((err: unknown) => reportError(err, { where: 'traffic flush on shutdown' }))
          .finally(() => isAlone && process.exit(0));
      });
    }
  }
}

/** Stops the periodic flush (tests, benchmarks, shutdown of an embedding process). */
export function stopSiteTrafficMeter(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}

/** Writes the buffered bytes (and this window's hosting time) as usage events. Returns what it wrote. */
export async function flushSiteTraffic(now = new Date()): Promise<{ bandwidthEvents: number; hostingEvents: number }> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS).toISOString();
  const flush = ++state.flushes;
  const fresh: Batch[] = [...state.bytes.entries()].map(([projectId, bytes]) => ({
    projectId,
    bytes,
    windowStart,
    key: `bandwidth:${projectId}:${windowStart}:${instanceId}:${flush}`,
  }));
  state.bytes.clear();
  const batches = [...state.unsent.splice(0), ...fresh];
  try {
    const db = await unsafeSystemDb('metering job: records bandwidth and hosting time of published sites');
    const ids = [...new Set(batches.map((b) => b.projectId))];
    const owners = ids.length ? await db.select({ id: projects.id, ownerId: projects.ownerId }).from(projects).where(inArray(projects.id, ids)) : [];
    const ownerOf = new Map(owners.map((o) => [o.id, o.ownerId]));
    // Bytes of a project deleted since are dropped: there is no one left to bill.
    const bandwidth = batches
      .filter((b) => ownerOf.has(b.projectId))
      .map((b) => ({
        userId: ownerOf.get(b.projectId)!,
        projectId: b.projectId,
        metric: 'bandwidth_bytes' as const,
        quantity: b.bytes,
        idempotencyKey: b.key,
        properties: { window_start: b.windowStart },
      }));
    const live = await db.select({ id: projects.id, ownerId: projects.ownerId }).from(projects).where(eq(projects.isPublished, true));
    const hosting = live.map((p) => ({
      userId: p.ownerId,
      projectId: p.id,
      metric: 'container_hours' as const,
      quantity: WINDOW_MS / 3_600_000,
      idempotencyKey: `hosting:${p.id}:${windowStart}`,
      properties: { window_start: windowStart },
    }));
    const rows = [...bandwidth, ...hosting];
    if (rows.length) await db.insert(usageEvents).values(rows).onConflictDoNothing({ target: usageEvents.idempotencyKey });
    return { bandwidthEvents: bandwidth.length, hostingEvents: hosting.length };
  } catch (err) {
    // Keep every batch, key and all, for the next flush: nothing is lost, nothing counted twice.
    state.unsent.unshift(...batches);
    throw err;
  }
}
