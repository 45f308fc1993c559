import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { createProject } from '@/modules/projects/create-project';
import { projects } from '@/modules/projects/schema';
import { usageEvents } from '@/modules/generate/schema';
import { flushSiteTraffic, recordSiteTraffic } from '@/modules/host/site-traffic-meter';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('site traffic meter', () => {
  it('aggregates bytes in memory and writes one bandwidth event per project per flush, plus hosting time for live sites', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter ${user.id.slice(0, 6)}` });
    await handle.db.update(projects).set({ isPublished: true }).where(eq(projects.id, project.id));
    for (let i = 0; i < 100; i++) recordSiteTraffic(project.id, 1000);
    const at = new Date('2026-11-20T10:00:30Z');
    const result = await flushSiteTraffic(at);
    expect(result.bandwidthEvents).toBe(1);
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, project.id));
    const bandwidth = events.filter((e) => e.metric === 'bandwidth_bytes');
    const hosting = events.filter((e) => e.metric === 'container_hours');
    expect(bandwidth.map((e) => Number(e.quantity))).toEqual([100_000]);
    expect(bandwidth[0]!.userId).toBe(user.id);
    expect(hosting).toHaveLength(1);
    expect(Number(hosting[0]!.quantity)).toBeCloseTo(1 / 60, 6);

    // Nothing buffered: no new bandwidth; the same window's hosting event is idempotent.
    await flushSiteTraffic(at);
    const again = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, project.id));
    expect(again).toHaveLength(2);
  });

  it('a second flush in the same minute (a shutdown right after the periodic one) adds its bytes', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter3 ${user.id.slice(0, 6)}` });
    recordSiteTraffic(project.id, 1000);
    await flushSiteTraffic(new Date('2026-11-20T12:00:05Z'));
    recordSiteTraffic(project.id, 2000);
    await flushSiteTraffic(new Date('2026-11-20T12:00:50Z'));
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, project.id));
    const bytes = events.filter((e) => e.metric === 'bandwidth_bytes').map((e) => Number(e.quantity));
    expect(bytes.reduce((sum, n) => sum + n, 0)).toBe(3000);
    expect(bytes).toHaveLength(2);
  });

  it('keeps the bytes when a flush fails, so nothing is lost', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter2 ${user.id.slice(0, 6)}` });
    recordSiteTraffic(project.id, 5000);
    await handle.executor.exec(`alter table public.usage_events add constraint pm_test_block check (metric <> 'bandwidth_bytes') not valid`);
    await expect(flushSiteTraffic(new Date('2026-11-20T11:00:00Z'))).rejects.toThrow();
    await handle.executor.exec('alter table public.usage_events drop constraint pm_test_block');
    await flushSiteTraffic(new Date('2026-11-20T11:01:00Z'));
    const events = await handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, project.id));
    expect(events.filter((e) => e.metric === 'bandwidth_bytes').map((e) => Number(e.quantity))).toEqual([5000]);
  });
});
