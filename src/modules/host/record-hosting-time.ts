import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { lockMeterWatermark, moveMeterWatermark } from '@/modules/metering/meter-watermark';
import { recordUsage } from '@/modules/metering/record-usage';
import { unsafeGetProjects } from '@/modules/projects/unsafe-find-projects';
import { livePointers } from './schema';

export const HOSTING_WINDOW_MS = 5 * 60_000;
/** A longer gap means nothing ran (the app was down), so nothing was hosted: not billed. */
const MAX_CATCH_UP_WINDOWS = 12;
const METER = 'container_hours';

/**
 * Hosting time of live sites, for a cron job every five minutes: every whole window since the
 * last recorded one (a watermark moved in the same transaction), for each site live now, as a
 * `container_hours` usage event keyed by site and window — so a retried or doubled run records
 * nothing twice, and a missed run is caught up by the next.
 */
export async function recordHostingTime(now = new Date()): Promise<{ windows: number; events: number }> {
  const db = await unsafeSystemDb('a cron job records the hosting time of live sites');
  // Read before the transaction: the projects module answers on its own connection.
  const live = await db.select({ projectId: livePointers.projectId }).from(livePointers).where(eq(livePointers.isPublished, true));
  const owners = await unsafeGetProjects(live.map((l) => l.projectId));
  return db.transaction(async (tx) => {
    const end = Math.floor(now.getTime() / HOSTING_WINDOW_MS) * HOSTING_WINDOW_MS;
    const last = (await lockMeterWatermark(tx, METER))?.getTime() ?? end - HOSTING_WINDOW_MS;
    const start = Math.max(last, end - MAX_CATCH_UP_WINDOWS * HOSTING_WINDOW_MS);
    const windows: number[] = [];
    for (let t = start; t < end; t += HOSTING_WINDOW_MS) windows.push(t);
    if (windows.length === 0) return { windows: 0, events: 0 };
    const events = owners.flatMap((project) =>
      windows.map((windowStart) => ({
        userId: project.ownerId,
        projectId: project.id,
        metric: 'container_hours' as const,
        quantity: HOSTING_WINDOW_MS / 3_600_000,
        idempotencyKey: `hosting:${project.id}:${new Date(windowStart).toISOString()}`,
        occurredAt: new Date(windowStart),
        properties: { window_start: new Date(windowStart).toISOString(), window_ms: HOSTING_WINDOW_MS },
      })),
    );
    await recordUsage(events, tx);
    await moveMeterWatermark(tx, METER, new Date(end));
    return { windows: windows.length, events: events.length };
  });
}
