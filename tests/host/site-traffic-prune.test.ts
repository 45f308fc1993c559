import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { createProject } from '@/modules/projects/create-project';
import { TrafficCounter } from '@/modules/host/site-traffic-counter';
import { unsafePruneSiteTraffic } from '@/modules/host/unsafe-prune-site-traffic';
import { unsafeRecordSiteTraffic } from '@/modules/host/unsafe-record-site-traffic';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Per-page and per-country counts are the traffic tables that grow (up to 201 pages and hundreds of
// countries per site a day): kept 13 months, while the day totals stay for good.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function record(projectId: string, day: string, pages: string[], country: string) {
  const counter = new TrafficCounter();
  for (const page of pages) {
    counter.count({ projectId, status: 200, bytes: 100, page, country, at: Date.parse(`${day}T12:00:00Z`) });
  }
  await unsafeRecordSiteTraffic(`prune:${projectId}:${day}`, counter.take()!);
}

const countOf = async (table: string, projectId: string) =>
  rowsOf<{ day: string; n: number }>(
    await handle.db.execute(
      sql`select day::text as day, count(*)::int as n from ${sql.identifier(table)} where project_id = ${projectId} group by day order by day`,
    ),
  ).map((row) => `${row.day}:${row.n}`);

describe('traffic retention', () => {
  it('deletes page and country counts older than 13 months (any number of them), keeps newer ones and every day total', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'Old traffic' });
    const many = Array.from({ length: 120 }, (_, i) => `/p${i}/`);
    await record(project.id, '2025-09-30', many, 'BR'); // 400+ days before 2026-11-24
    await record(project.id, '2025-10-20', ['/', '/about/'], 'PT'); // exactly 400 days: kept
    await record(project.id, '2026-11-23', ['/'], 'US');

    const result = await unsafePruneSiteTraffic({ now: new Date('2026-11-24T03:41:00Z') });
    expect(result.pages).toBeGreaterThanOrEqual(120);
    expect(await countOf('site_traffic_pages', project.id)).toEqual(['2025-10-20:2', '2026-11-23:1']);
    expect(await countOf('site_traffic_countries', project.id)).toEqual(['2025-10-20:1', '2026-11-23:1']);
    expect(await countOf('site_traffic_days', project.id)).toEqual(['2025-09-30:1', '2025-10-20:1', '2026-11-23:1']);

    // Batches: a small batch size still deletes everything due.
    await record(project.id, '2025-01-01', many, 'BR');
    expect((await unsafePruneSiteTraffic({ now: new Date('2026-11-24T03:41:00Z'), batchSize: 7 })).pages).toBe(120);
    expect(await countOf('site_traffic_pages', project.id)).toEqual(['2025-10-20:2', '2026-11-23:1']);
  });
});
