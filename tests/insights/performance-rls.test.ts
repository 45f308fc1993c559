import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { isAppError } from '@/lib/errors';
import { getPerformanceSummary } from '@/modules/insights/get-performance-summary';
import { listPinnedPages } from '@/modules/insights/list-pinned-pages';
import { normalizePinnedPath, pinPerformancePage } from '@/modules/insights/pin-performance-page';
import { performancePinnedPages } from '@/modules/insights/performance-schema';
import { unpinPerformancePage } from '@/modules/insights/unpin-performance-page';
import { raceIt } from '@tests/helpers/race';
import { addMemberAsSystem, barrier, createProjectAsSystem, rowsOf, snapshot } from '@tests/helpers/rls-matrix';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Cross-tenant isolation of the performance tables, and the plan's limit on pinned pages:
// a client reads only their own sites' runs and pins (the summary under their RLS returns nothing
// of another client's site); nobody signed in writes, changes or deletes a run; only a site's owner
// and editors pin and unpin, up to the plan's number, even when pins arrive at once.

let handle: DbHandle;
let clientA: TestUser;
let clientB: TestUser;
let viewer: TestUser;
let admin: TestUser;
let projectA: string;
let projectB: string;
let pinA: string;
const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2026-12-01T00:00:00Z');

async function runAsSystem(projectId: string, score: number): Promise<string> {
  const [row] = await handle.executor.query<{ id: string }>(
    `insert into public.performance_metrics (project_id, path, url, measured_at, performance_score, accessibility_score,
       best_practices_score, seo_score, lcp_ms, cls, tbt_ms, grade)
     values ($1, '/', 'https://site.example/', '2026-11-10T10:00:00Z', $2, 90, 90, 90, 1800, 0.05, 150, 'B') returning id::text`,
    [projectId, score],
  );
  return row!.id;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (err: unknown) => (isAppError(err) ? err.code : `not an AppError: ${String(err)}`),
  );

beforeAll(async () => {
  handle = await createTestDb();
  clientA = await createTestUser(handle, { tier: 'basic' }); // 3 pinned pages
  clientB = await createTestUser(handle, { tier: 'pro' });
  viewer = await createTestUser(handle, { tier: 'free' });
  admin = await createTestUser(handle, { userType: 'admin' });
  projectA = await createProjectAsSystem(handle, clientA.id);
  projectB = await createProjectAsSystem(handle, clientB.id);
  await addMemberAsSystem(handle, projectA, viewer.id, 'viewer');
  await runAsSystem(projectA, 80);
  await runAsSystem(projectB, 60);
  pinA = (await pinPerformancePage(clientA.claims, { projectId: projectA, path: '/menu' })).id;
  await pinPerformancePage(clientB.claims, { projectId: projectB, path: '/prices' });
});
afterAll(async () => {
  await handle.close();
});

const projectsSeen = async (user: TestUser | null, table: 'performance_metrics' | 'performance_pinned_pages') =>
  withRls(user?.claims ?? null, async (tx) =>
    rowsOf<{ project_id: string }>(
      await tx.execute(sql`select distinct project_id::text from ${sql.identifier('public')}.${sql.identifier(table)}`),
    )
      .map((r) => r.project_id)
      .sort(),
  );

describe('who reads the performance tables', () => {
  it.each(['performance_metrics', 'performance_pinned_pages'] as const)(
    '%s: each client their own sites, a member too, admins all, nobody signed out',
    async (table) => {
      expect(await projectsSeen(clientA, table)).toEqual([projectA]);
      expect(await projectsSeen(clientB, table)).toEqual([projectB]);
      expect(await projectsSeen(viewer, table)).toEqual([projectA]);
      expect(await projectsSeen(admin, table)).toEqual([projectA, projectB].sort());
      expect(await codeOf(projectsSeen(null, table))).toBe('FORBIDDEN');
    },
  );

  it("getPerformanceSummary under another client's RLS returns nothing of the site; the owner's has it", async () => {
    const asB = await withRls(clientB.claims, (tx) => getPerformanceSummary(tx, { projectIds: [projectA, projectB], from, to }));
    expect(asB.get(projectA)).toMatchObject({ latest: null, runs: [], pages: [], lastAttemptAt: null });
    expect(asB.get(projectB)?.latest?.scores.performance).toBe(60);
    const asA = await withRls(clientA.claims, (tx) => getPerformanceSummary(tx, { projectIds: [projectA], from, to }));
    expect(asA.get(projectA)?.latest).toMatchObject({ scores: { performance: 80 }, grade: 'B', lcpMs: 1800, cls: expect.closeTo(0.05, 5) });
  });

  it("listPinnedPages shows another client's site as nothing, with no limit", async () => {
    expect(await withRls(clientB.claims, (tx) => listPinnedPages(tx, projectA))).toEqual({ pages: [], limit: null });
    const own = await withRls(clientA.claims, (tx) => listPinnedPages(tx, projectA));
    expect(own).toMatchObject({ pages: [{ id: pinA, path: '/menu' }], limit: 3 });
  });
});

describe('who writes them', () => {
  const metricsSnapshot = () => snapshot(handle, 'select * from public.performance_metrics order by id');

  it.each([
    [
      'insert',
      (p: string) =>
        sql`insert into public.performance_metrics (project_id, path, url, performance_score) values (${p}, '/', 'https://x.example/', 100)`,
    ],
    ['update', (p: string) => sql`update public.performance_metrics set performance_score = 100 where project_id = ${p}`],
    ['delete', (p: string) => sql`delete from public.performance_metrics where project_id = ${p}`],
  ])('performance_metrics %s: refused to the owner, another client and an admin; nothing changes', async (_op, statement) => {
    const before = await metricsSnapshot();
    for (const user of [clientA, clientB, admin]) {
      expect(await codeOf(withRls(user.claims, (tx) => tx.execute(statement(projectA))))).toBe('FORBIDDEN');
    }
    expect(await metricsSnapshot()).toEqual(before);
  });

  it("another client cannot pin on, unpin from or change someone else's site; a viewer cannot pin", async () => {
    const before = await snapshot(handle, 'select * from public.performance_pinned_pages order by id');
    expect(await codeOf(pinPerformancePage(clientB.claims, { projectId: projectA, path: '/evil' }))).toBe('FORBIDDEN');
    expect(await codeOf(pinPerformancePage(viewer.claims, { projectId: projectA, path: '/mine' }))).toBe('FORBIDDEN');
    expect(await codeOf(unpinPerformancePage(clientB.claims, { projectId: projectA, pinId: pinA }))).toBe('NOT_FOUND');
    expect(await codeOf(unpinPerformancePage(viewer.claims, { projectId: projectA, pinId: pinA }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        withRls(clientB.claims, (tx) => tx.execute(sql`update public.performance_pinned_pages set path = '/x' where id = ${pinA}`)),
      ),
    ).toBe('FORBIDDEN');
    expect(await snapshot(handle, 'select * from public.performance_pinned_pages order by id')).toEqual(before);
  });

  it('the pinner and the time are the database’s, not the caller’s', async () => {
    const [row] = await withRls(clientA.claims, (tx) =>
      tx
        .insert(performancePinnedPages)
        .values({ projectId: projectA, path: '/forged', pinnedBy: clientB.id, createdAt: new Date('2000-01-01T00:00:00Z') })
        .returning(),
    );
    expect(row).toMatchObject({ pinnedBy: clientA.id });
    expect(row!.createdAt.getUTCFullYear()).toBeGreaterThan(2000);
    await unpinPerformancePage(clientA.claims, { projectId: projectA, pinId: row!.id });
  });
});

describe('pinned pages', () => {
  it('takes a path or an address of the site, never the home page', () => {
    expect(normalizePinnedPath('/menu/')).toBe('/menu');
    expect(normalizePinnedPath('menu')).toBe('/menu');
    expect(normalizePinnedPath('https://padaria.com.br/precos?x=1#top')).toBe('/precos');
    expect(() => normalizePinnedPath('/')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => normalizePinnedPath('https://padaria.com.br')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it("stops at the plan's number of pages (Free: 1) with the limit in the error; unpinning frees a place", async () => {
    const free = await createTestUser(handle, { tier: 'free' });
    const project = await createProjectAsSystem(handle, free.id);
    const first = await pinPerformancePage(free.claims, { projectId: project, path: '/a' });
    const err = await pinPerformancePage(free.claims, { projectId: project, path: '/b' }).catch((e: unknown) => e);
    expect(isAppError(err) && [err.code, err.key, err.details?.limit]).toEqual(['TIER_LIMIT', 'errors.performance.pinnedPagesLimit', 1]);
    expect(await codeOf(pinPerformancePage(free.claims, { projectId: project, path: '/a' }))).toBe('TIER_LIMIT');
    await unpinPerformancePage(free.claims, { projectId: project, pinId: first.id });
    expect(await codeOf(pinPerformancePage(free.claims, { projectId: project, path: '/b' }))).toBe('resolved');
    expect(await codeOf(pinPerformancePage(free.claims, { projectId: project, path: '/b' }))).toBe('TIER_LIMIT');
  });

  it('another client is refused on a full site without learning that it is full', async () => {
    const free = await createTestUser(handle, { tier: 'free' });
    const project = await createProjectAsSystem(handle, free.id);
    await pinPerformancePage(free.claims, { projectId: project, path: '/a' });
    expect(await codeOf(pinPerformancePage(clientB.claims, { projectId: project, path: '/b' }))).toBe('FORBIDDEN');
  });

  it('a page already pinned is a conflict', async () => {
    expect(await codeOf(pinPerformancePage(clientB.claims, { projectId: projectB, path: '/prices' }))).toBe('CONFLICT');
  });

  raceIt('8 pins at once at 9 of 10 (Pro): exactly one is added', async () => {
    const pro = await createTestUser(handle, { tier: 'pro' });
    const project = await createProjectAsSystem(handle, pro.id);
    for (let i = 0; i < 9; i++) await pinPerformancePage(pro.claims, { projectId: project, path: `/p${i}` });
    const n = 8;
    const gate = barrier(n);
    const outcomes = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        codeOf(
          withRls(pro.claims, async (tx) => {
            await tx.execute(sql`select count(*) from public.performance_pinned_pages where project_id = ${project}`);
            await gate.arrive();
            await tx.insert(performancePinnedPages).values({ projectId: project, path: `/race${i}` });
          }),
        ),
      ),
    );
    expect(gate.allArrived()).toBe(true);
    expect(outcomes.filter((o) => o === 'resolved')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'TIER_LIMIT')).toHaveLength(n - 1);
    const [row] = await handle.executor.query<{ n: number }>(
      'select count(*)::int as n from public.performance_pinned_pages where project_id = $1',
      [project],
    );
    expect(row!.n).toBe(10);
  });
});
