/**
 * Traffic bench (issue 18): the site-serving path's throughput with traffic analytics on vs off,
 * measured in the same run on the same published site. The server is the site server as
 * production runs it (createSiteRequestListener behind node:http, what scripts/site-server.ts and
 * `npm start`'s front serve site hosts with; forwarding headers prepared, loopback trusted as the
 * CDN so its country header counts), the load generator autocannon in its own process. Rounds
 * alternate off/on (off, on, on, off, …) so drift on a shared machine hits both alike; each side
 * reports its median req/s over the rounds and the server's CPU time per request, and the ratio
 * on ÷ off (goal ≥ 0.95). With analytics on, the counters are really flushed to the database
 * during the rounds (the meter's own schedule), and the bench prints how many requests they hold
 * against how many autocannon saw answered.
 *
 * Run alone: npx tsx tests/bench/insights/traffic-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { publishSite } from '~inngest/functions/publish-site';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { resetEnvCache } from '@/lib/env';
import { parseTrustedProxies, prepareForwardedHeaders } from '@/lib/http/resolve-client-ip';
import { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { createSiteRequestListener } from '@/modules/host/site-request-listener';
import { flushSiteTraffic, setSiteTrafficAnalytics } from '@/modules/host/site-traffic-meter';
import { createProject } from '@/modules/projects/create-project';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { runLoad, type LoadResult } from '../host/run-load';
import { median } from '../host/stats';

export type TrafficBenchOptions = { rounds?: number; durationS?: number; connections?: number; log?: (line: string) => void };
export type TrafficSide = { medianRps: number; medianCpuUsPerRequest: number; rounds: LoadResult[] };
export type TrafficBenchResult = {
  off: TrafficSide;
  on: TrafficSide;
  /** on ÷ off of the median req/s (goal ≥ 0.95). */
  ratio: number;
  /** off ÷ on of the median CPU time per request (1 = analytics cost nothing). */
  cpuRatio: number;
  /** Requests the database counted for the site vs requests autocannon saw answered with analytics on. */
  counted: number;
  answeredWhileOn: number;
  database: string;
};

const ROOT_DOMAIN = 'sites.test';

/**
 * A database (PGlite in memory, or a fresh database on TEST_DATABASE_URL's server), a blob store
 * in a temp dir and one published site, through the app's own functions and its publish job (only
 * that job: the bench needs nothing else the job list would load).
 */
async function openSite(): Promise<{
  handle: DbHandle & { url?: string };
  projectId: string;
  host: string;
  label: string;
  close(): Promise<void>;
}> {
  process.env.ROOT_DOMAIN = ROOT_DOMAIN;
  process.env.APP_URL = 'http://app.test';
  delete process.env.INNGEST_EVENT_KEY;
  process.env.PM_TEST_RUN_ID ??= `bench${Date.now().toString(36)}`;
  resetEnvCache();
  const handle = await createTestDb();
  const blobDir = mkdtempSync(path.join(tmpdir(), 'pm-traffic-bench-'));
  setBlobStoreForTests(createFilesystemStore(blobDir));
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: 'Traffic bench bakery' });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await new EmbeddedEngine([publishSite], { backoffMs: () => 1, leaseMs: 60_000 }).drain();
  return {
    handle,
    projectId: project.id,
    host: `${project.slug}.${ROOT_DOMAIN}`,
    label: handle.url ? `PostgreSQL (${new URL(handle.url).host})` : 'PGlite (in memory)',
    async close() {
      await flushSiteTraffic().catch(() => undefined);
      await handle.close();
      setBlobStoreForTests(undefined);
      rmSync(blobDir, { recursive: true, force: true });
      const base = process.env.TEST_DATABASE_URL;
      if (base && handle.url) {
        const admin = postgres(base, { max: 1, onnotice: () => {} });
        try {
          await admin.unsafe(`drop database if exists "${new URL(handle.url).pathname.slice(1)}" with (force)`);
        } finally {
          await admin.end();
        }
      }
    },
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function runTrafficBench(options: TrafficBenchOptions = {}): Promise<TrafficBenchResult> {
  const rounds = options.rounds ?? 5;
  const durationS = options.durationS ?? 4;
  const connections = options.connections ?? 16;
  const log = options.log ?? ((line: string) => console.log(line));
  const site0 = await openSite();
  const trusted = parseTrustedProxies('127.0.0.1');
  const site = createSiteRequestListener({ onError: (err, where) => log(`  ! ${where}: ${String(err)}`) });
  const server = createServer((req, res) => {
    prepareForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
    site(req, res);
  });
  try {
    const port = await listen(server);
    const url = `http://127.0.0.1:${port}/`;
    const headers = { host: site0.host, 'accept-encoding': 'gzip, br', 'cf-ipcountry': 'BR' };
    // Warm-up (JIT, caches), not counted in the numbers; analytics off so the check below is exact.
    setSiteTrafficAnalytics(false);
    await runLoad({ url, connections, durationS: 2, headers });
    await flushSiteTraffic();

    const sides: Record<'on' | 'off', { rps: number[]; cpu: number[]; results: LoadResult[] }> = {
      on: { rps: [], cpu: [], results: [] },
      off: { rps: [], cpu: [], results: [] },
    };
    let answeredWhileOn = 0;
    for (let i = 0; i < rounds * 2; i++) {
      // off, on, on, off, off, on, …: each side goes first as often as second.
      const side = (i % 4 === 0 || i % 4 === 3 ? 'off' : 'on') as 'on' | 'off';
      setSiteTrafficAnalytics(side === 'on');
      const cpuBefore = process.cpuUsage();
      const result = await runLoad({ url, connections, durationS, headers });
      const cpu = process.cpuUsage(cpuBefore);
      const cpuUsPerRequest = (cpu.user + cpu.system) / Math.max(1, result.requests);
      sides[side].rps.push(result.requestsPerSecond);
      sides[side].cpu.push(cpuUsPerRequest);
      sides[side].results.push({ ...result, serverCpuUsPerRequest: cpuUsPerRequest });
      if (side === 'on') answeredWhileOn += result.requests;
      log(
        `  round ${i + 1}/${rounds * 2} analytics ${side.padEnd(3)}: ${result.requestsPerSecond.toFixed(0)} req/s, ${cpuUsPerRequest.toFixed(1)} µs CPU/request`,
      );
    }
    setSiteTrafficAnalytics(true);
    await flushSiteTraffic();
    const [row] = rowsOf<{ requests: string | null }>(
      await site0.handle.db.execute(
        sql`select sum(requests)::text as requests from public.site_traffic_days where project_id = ${site0.projectId}`,
      ),
    );
    const counted = Number(row?.requests ?? 0);
    const side = (s: 'on' | 'off'): TrafficSide => ({
      medianRps: median(sides[s].rps),
      medianCpuUsPerRequest: median(sides[s].cpu),
      rounds: sides[s].results,
    });
    const off = side('off');
    const on = side('on');
    const result: TrafficBenchResult = {
      off,
      on,
      ratio: on.medianRps / off.medianRps,
      cpuRatio: off.medianCpuUsPerRequest / on.medianCpuUsPerRequest,
      counted,
      answeredWhileOn,
      database: site0.label,
    };
    log(
      `traffic analytics (site server, ${connections} connections, ${rounds}×${durationS}s per side, ${result.database}): ` +
        `off ${off.medianRps.toFixed(0)} req/s, on ${on.medianRps.toFixed(0)} req/s → ratio ${result.ratio.toFixed(3)} (goal ≥ 0.95); ` +
        `CPU/request off ${off.medianCpuUsPerRequest.toFixed(1)} µs, on ${on.medianCpuUsPerRequest.toFixed(1)} µs (off÷on ${result.cpuRatio.toFixed(3)}); ` +
        `counted ${counted} requests; autocannon saw ${answeredWhileOn} answered with analytics on ` +
        `(it stops counting with up to ${connections} in flight per round, which the server still answers and counts)`,
    );
    return result;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await site0.close();
  }
}

if (process.argv[1]?.endsWith('traffic-bench.ts')) {
  runTrafficBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
