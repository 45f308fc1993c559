import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DbHandle } from '@/lib/db/client';
import { runAnalysis } from '@/modules/analyzer/run-analysis';
import { getPerformanceSummary } from '@/modules/insights/get-performance-summary';
import { unsafeRunPerformanceChecks } from '@/modules/insights/unsafe-run-performance-checks';
import { createProjectAsSystem } from '@tests/helpers/rls-matrix';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// One tick of the performance cron through the analyzer's real engine (Lighthouse mobile in
// Debian's Chromium) against a small page served on loopback: what Lighthouse measured is what is
// stored and summarized. The site's public address (<slug>.localhost:3000) is mapped to the local
// page; loopback is allowed only here (the test-only allow-list of the engine).

let handle: DbHandle;
let server: Server;
let origin: string;

beforeAll(async () => {
  handle = await createTestDb();
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<meta name="description" content="A small bakery page"><title>Bakery</title></head>' +
        '<body><main><h1>Fresh bread every morning</h1><p>Open from 7 am.</p></main></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await handle.close();
});

describe('the performance cron with the real engine', () => {
  it('stores and summarizes what Lighthouse measured', async () => {
    const owner = await createTestUser(handle, { tier: 'basic' });
    const projectId = await createProjectAsSystem(handle, owner.id);
    await handle.executor.query('update public.projects set is_published = true where id = $1', [projectId]);
    const measured: string[] = [];
    const result = await unsafeRunPerformanceChecks({
      concurrency: 1,
      runner: (url) => {
        measured.push(url);
        return runAnalysis(new URL(new URL(url).pathname, origin).toString(), { allowLoopback: true });
      },
    });
    expect(result).toMatchObject({ due: 1, measured: 1, failed: 0 });
    expect(measured).toHaveLength(1);

    const now = new Date();
    const summary = (
      await getPerformanceSummary(handle.db, {
        projectIds: [projectId],
        from: new Date(now.getTime() - 3_600_000),
        to: new Date(now.getTime() + 60_000),
      })
    ).get(projectId)!;
    const run = summary.latest!;
    expect(run.url).toBe(measured[0]);
    for (const score of Object.values(run.scores)) expect(score).toEqual(expect.any(Number));
    expect(run.scores.performance).toBeGreaterThanOrEqual(50); // a tiny static page
    expect(run.lcpMs).toBeGreaterThan(0);
    expect(run.cls).toBeGreaterThanOrEqual(0);
    expect(run.tbtMs).toBeGreaterThanOrEqual(0);
    expect(run.grade).toMatch(/^(A\+|A|B|C|D|F)$/);
    expect(summary.runs).toHaveLength(1);
  }, 120_000);
});
