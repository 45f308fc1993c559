import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { createProject } from '@/modules/projects/create-project';
import { livePointers } from '@/modules/host/schema';
import { usageEvents } from '@/modules/metering/schema';
import { flushSiteTraffic, flushSiteTrafficSoon, recordSiteTraffic } from '@/modules/host/site-traffic-meter';
import { HOSTING_WINDOW_MS, recordHostingTime } from '@/modules/host/record-hosting-time';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function eventsOf(projectId: string) {
  return handle.db.select().from(usageEvents).where(eq(usageEvents.projectId, projectId));
}

describe('bandwidth meter', () => {
  it('aggregates bytes in memory and writes one bandwidth event per project per flush', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter ${user.id.slice(0, 6)}` });
    for (let i = 0; i < 100; i++) recordSiteTraffic(project.id, 1000);
    const result = await flushSiteTraffic();
    expect(result.bandwidthEvents).toBe(1);
    const bandwidth = (await eventsOf(project.id)).filter((e) => e.metric === 'bandwidth_bytes');
    expect(bandwidth.map((e) => Number(e.quantity))).toEqual([100_000]);
    expect(bandwidth[0]!.userId).toBe(user.id);
    // Nothing buffered: nothing new.
    expect((await flushSiteTraffic()).bandwidthEvents).toBe(0);
    expect(await eventsOf(project.id)).toHaveLength(1);
  });

  it('requests within one batch share one delayed flush (what the site host hands to after())', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Soon ${user.id.slice(0, 6)}` });
    recordSiteTraffic(project.id, 1000);
    const first = flushSiteTrafficSoon(() => {}, 50);
    recordSiteTraffic(project.id, 2000);
    const second = flushSiteTrafficSoon(() => {}, 50);
    expect(second).toBe(first);
    await Promise.all([first, second]);
    const bytes = (await eventsOf(project.id)).map((e) => Number(e.quantity));
    expect(bytes).toEqual([3000]);
  });

  it('a second flush adds its bytes (its own key) instead of colliding with the first', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter3 ${user.id.slice(0, 6)}` });
    recordSiteTraffic(project.id, 1000);
    await flushSiteTraffic();
    recordSiteTraffic(project.id, 2000);
    await flushSiteTraffic();
    const bytes = (await eventsOf(project.id)).filter((e) => e.metric === 'bandwidth_bytes').map((e) => Number(e.quantity));
    expect(bytes.reduce((sum, n) => sum + n, 0)).toBe(3000);
    expect(bytes).toHaveLength(2);
  });

  it('keeps the bytes when a flush fails, so nothing is lost', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Meter2 ${user.id.slice(0, 6)}` });
    recordSiteTraffic(project.id, 5000);
    await handle.executor.exec(
      `alter table public.usage_events add constraint pm_test_block check (metric <> 'bandwidth_bytes') not valid`,
    );
    await expect(flushSiteTraffic()).rejects.toThrow();
    const reported: unknown[] = [];
    recordSiteTraffic(project.id, 1);
    await flushSiteTrafficSoon((err) => reported.push(err), 1); // the after() path reports, never throws
    expect(reported).toHaveLength(1);
    await handle.executor.exec('alter table public.usage_events drop constraint pm_test_block');
    await flushSiteTraffic();
    const bytes = (await eventsOf(project.id)).filter((e) => e.metric === 'bandwidth_bytes').map((e) => Number(e.quantity));
    expect(bytes.reduce((sum, n) => sum + n, 0)).toBe(5001);
  });
});

describe('hosting time (cron)', () => {
  it('records each whole window since the last run for live sites, once, and catches up a missed run', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const live = await createProject(user.claims, { name: `Live ${user.id.slice(0, 6)}` });
    const draft = await createProject(user.claims, { name: `Draft ${user.id.slice(0, 6)}` });
    await handle.db.update(livePointers).set({ isPublished: true }).where(eq(livePointers.projectId, live.id));
    const t0 = new Date(Math.ceil(Date.now() / HOSTING_WINDOW_MS) * HOSTING_WINDOW_MS + 60 * HOSTING_WINDOW_MS);
    await recordHostingTime(t0);
    const at = (windows: number) => new Date(t0.getTime() + windows * HOSTING_WINDOW_MS + 1000);
    const hostingOf = async (projectId: string) => (await eventsOf(projectId)).filter((e) => e.metric === 'container_hours');
    const first = (await hostingOf(live.id)).length;
    // Three windows later (two cron runs missed), then the same run again: three new windows, once.
    await recordHostingTime(at(3));
    await recordHostingTime(at(3));
    const after = await hostingOf(live.id);
    expect(after.length - first).toBe(3);
    expect(Number(after[0]!.quantity)).toBeCloseTo(HOSTING_WINDOW_MS / 3_600_000, 6);
    expect(await hostingOf(draft.id)).toEqual([]);
    // Down for a day: only the last hour is billed (nothing was hosted while nothing ran).
    await recordHostingTime(at(3 + 288));
    expect((await hostingOf(live.id)).length - after.length).toBe(12);
  });
});
