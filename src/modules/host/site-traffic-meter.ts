import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import { projects } from '@/modules/projects/schema';
import { usageEvents } from '@/modules/generate/schema';

/**
 * Bandwidth and hosting-hour metering without a database write per request:
 * bytes are summed in memory per project and flushed every minute (and on a
 * graceful shutdown) as usage events. Idempotency keys make a retried flush
 * harmless: bandwidth keys carry this instance's id; hosting-hour keys are
 * per project and window only, so several instances never double-count.
 */
const WINDOW_MS = 60_000;
const instanceId = randomUUID().slice(0, 8);

type MeterState = { bytes: Map<string, number>; timer?: NodeJS.Timeout; hooked: boolean };
const g = globalThis as typeof globalThis & { __pmTrafficMeter?: MeterState };
const state: MeterState = (g.__pmTrafficMeter ??= { bytes: new Map(), hooked: false });

export function recordSiteTraffic(projectId: string, bytes: number): void {
  state.bytes.set(projectId, (state.bytes.get(projectId) ?? 0) + bytes);
  ensureTimer();
}

function ensureTimer(): void {
  if (!state.timer) {
    state.timer = setInterval(() => void flushSiteTraffic().catch((err: unknown) => reportError(err, { where: 'traffic flush' })), WINDOW_MS);
    state.timer.unref();
  }
  if (!state.hooked) {
    state.hooked = true;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void flushSiteTraffic().finally(() => process.exit(0));
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
  const pending = [...state.bytes.entries()];
  state.bytes.clear();
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS).toISOString();
  const db = await unsafeSystemDb('metering job: records bandwidth and hosting time of published sites');
  try {
    const owners = pending.length
      ? await db.select({ id: projects.id, ownerId: projects.ownerId }).from(projects).where(inArray(projects.id, pending.map(([id]) => id)))
      : [];
    const ownerOf = new Map(owners.map((o) => [o.id, o.ownerId]));
    const bandwidth = pending
      .filter(([id]) => ownerOf.has(id))
      .map(([projectId, bytes]) => ({
        userId: ownerOf.get(projectId)!,
        projectId,
        metric: 'bandwidth_bytes' as const,
        quantity: bytes,
        idempotencyKey: `bandwidth:${projectId}:${windowStart}:${instanceId}`,
        properties: { window_start: windowStart },
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
    // Put the bytes back so nothing is lost; the next flush retries.
    for (const [id, bytes] of pending) state.bytes.set(id, (state.bytes.get(id) ?? 0) + bytes);
    throw err;
  }
}
