import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { resetEnvCache } from '@/lib/env';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { getTrafficSummary } from '@/modules/insights/get-traffic-summary';
import { createProject } from '@/modules/projects/create-project';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { addTallies, expectedCountryOf, generateLoad, mixedRequests } from './load-generator';

// The standalone site server (scripts/site-server.ts, as self-hosting runs it behind Caddy) as a
// real process on the test database: load, a flush on its own schedule, more load, a graceful
// stop (SIGTERM), a new process, more load, another stop. Every request the load generator was
// answered is in the counters — none lost in the flush, the stop or the restart.

let handle: DbHandle & { url?: string };
let dataDir = '';
const saved = { ...process.env };

beforeAll(async () => {
  handle = await createTestDb();
  dataDir = mkdtempSync(path.join(tmpdir(), 'pm-traffic-'));
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'http://app.test' });
  resetEnvCache();
  // The same blob store the child process opens (DATA_DIR/storage).
  setBlobStoreForTests(createFilesystemStore(path.join(dataDir, 'storage')));
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await handle.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startSiteServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/site-server.ts', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: process.cwd(),
    env: {
      ...saved,
      DATABASE_URL: handle.url!,
      DATA_DIR: dataDir,
      ROOT_DOMAIN: 'sites.test',
      APP_URL: 'http://app.test',
      TRUSTED_PROXIES: '127.0.0.1',
      PM_SITE_TRAFFIC_ANALYTICS: 'on',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`site server exited (${code}): ${err}`)));
  });
  return child;
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const batchesWritten = async () =>
  rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from public.site_traffic_batches`))[0]!.n;

describe('site traffic across a flush and a graceful restart of the site server', () => {
  it.skipIf(!process.env.TEST_DATABASE_URL)('counts every request answered, once', { timeout: 120_000 }, async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'Restart bakery' });
    await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
    await requestPublish(user.claims, { projectId: project.id });
    await runJobs();
    const host = `${project.slug}.sites.test`;
    const port = await freePort();
    const load = (count: number, seed: number) =>
      generateLoad({ port, host, requests: mixedRequests(count, seed), concurrency: 12, expectedCountry: expectedCountryOf });

    let child = await startSiteServer(port);
    const first = await load(400, 1);
    // The server's own scheduled flush (a few seconds after the first request): wait until it
    // has written its batch, as an operator would see it, then send more.
    while ((await batchesWritten()) === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await load(300, 2);
    expect(await stop(child)).toBe(0); // the flush at shutdown writes the rest

    child = await startSiteServer(port);
    const third = await load(300, 3);
    expect(await stop(child)).toBe(0);

    const sent = addTallies(addTallies(first, second), third);
    expect(sent.requests).toBe(1_000);
    const summary = (
      await getTrafficSummary(handle.db, {
        projectIds: [project.id],
        from: new Date(Date.now() - 86_400_000),
        to: new Date(Date.now() + 1),
      })
    ).get(project.id)!;
    expect({
      requests: summary.totals.requests,
      visits: summary.totals.visits,
      bytes: summary.totals.bytes,
      byClass: summary.totals.byClass,
    }).toEqual({ requests: sent.requests, visits: sent.visits, bytes: sent.bytes, byClass: sent.byClass });
    expect(new Map(summary.countries.map((c) => [c.country, c.requests]))).toEqual(sent.countries);
    expect(new Map(summary.topPages.map((p) => [p.path, p.requests]))).toEqual(sent.pages);
    expect(await batchesWritten()).toBeGreaterThanOrEqual(3);
  });
});
