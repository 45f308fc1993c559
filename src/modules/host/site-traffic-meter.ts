import { randomUUID } from 'node:crypto';
import { recordUsage } from '@/modules/metering/record-usage';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';

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
 */
export const FLUSH_AFTER_MS = 5_000;
const instanceId = randomUUID().slice(0, 8);

type Batch = { projectId: string; bytes: number; key: string };
type MeterState = { bytes: Map<string, number>; unsent: Batch[]; flushes: number; pending?: Promise<void> };
const g = globalThis as typeof globalThis & { __pmTrafficMeter2?: MeterState };
const state: MeterState = (g.__pmTrafficMeter2 ??= { bytes: new Map(), unsent: [], flushes: 0 });

export function recordSiteTraffic(projectId: string, bytes: number): void {
  state.bytes.set(projectId, (state.bytes.get(projectId) ?? 0) + bytes);
}

/**
 * The flush of the current batch, FLUSH_AFTER_MS after its first bytes; one shared promise per
 * batch. The site host hands it to `after()`; resolves without throwing (a failed flush keeps its
 * bytes for the next batch and is reported).
 */
export function flushSiteTrafficSoon(onError: (err: unknown) => void, delayMs = FLUSH_AFTER_MS): Promise<void> {
  if (state.bytes.size === 0 && state.unsent.length === 0) return Promise.resolve();
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

/** Writes the buffered bytes as usage events now. Returns how many bandwidth events it wrote. */
export async function flushSiteTraffic(): Promise<{ bandwidthEvents: number }> {
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
