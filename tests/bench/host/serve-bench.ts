/**
 * Serve bench, three numbers measured in one run:
 *  (a) build: `buildSite` on vegan-bakery (8 sections, 2 locales, 4 pages), median and p90;
 *  (b) publish → live: from calling `requestPublish` (the publish action's domain function) to
 *      `serveSiteFile` answering 200 on the site's host, through the real pipeline (database,
 *      in-process job runner, blob store, checks, activation);
 *  (c) throughput of the published home page on loopback: our serving path (`serveSiteFile`
 *      behind node:http: host → live manifest → blob store → headers → gzip), the same path as
 *      production runs it (`next start`: request proxy → route handler → serveSiteFile → Next's
 *      gzip; next-host.ts — what Vercel runs behind its CDN), the self-hosted production paths
 *      (the site server answering before Next in `npm start`'s front, scripts/server.ts; Caddy in
 *      front of the standalone site server, scripts/site-server.ts), and nginx serving the same
 *      files with the same headers — same load generator, same settings. Goal (issue 14): the
 *      self-hosted paths ≥ 0.8× nginx's throughput with p99 within 2× nginx's. Two references
 *      for the Caddy path on the same files: Caddy's proxy hop in front of nginx (no upstream can
 *      make the hop cheaper) and Caddy's own file_server. Besides req/s, each server's CPU time
 *      per request (its processes and their children, from /proc): on a machine other work
 *      loads, req/s mostly measures who got the CPU, CPU per request much less so.
 *
 * Run alone: npx tsx tests/bench/host/serve-bench.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { buildSite } from '@/modules/build/build-site';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { startCaddyFileServer, startCaddyProxy, type CaddyProxy } from './caddy-proxy';
import { startNextHost, type HostKind, type NextHost } from './next-host';
import { ensureNginx, startNginx, type NginxServer } from './nginx';
import { recordPublishTimings } from './publish-timings';
import { createDraftProject, openBenchPipeline, SITE_ROOT_DOMAIN, type BenchPipeline, type DraftProject } from './publish-pipeline';
import { runLoad, type LoadResult } from './run-load';
import { compareWithProduction, publishedFilesFor } from './serve-parity';
import { respondLikeProduction, siteFilesFrom, type SiteFiles } from './site-file-server';
import { median, ms, percentile } from './stats';

export type ServeBenchOptions = {
  buildRuns?: number;
  publishRuns?: number;
  loadDurationS?: number;
  loadRounds?: number;
  connections?: number;
  log?: (line: string) => void;
};
export type Timing = { runs: number; medianMs: number; p90Ms: number };
export type ServeBenchResult = {
  build: Timing & { files: number; bytes: number };
  publishToLive: Timing & { actionMedianMs: number; cpuMedianMs: number; database: string };
  throughput: {
    ours: LoadResult;
    reference: LoadResult;
    /** The same site through `next start` (null when it could not start; nextSkipped says why). */
    next: LoadResult | null;
    nextSkipped?: string;
    /** `npm start`'s front (scripts/server.ts): the site server before Next, one process. */
    front: LoadResult | null;
    frontSkipped?: string;
    /** Caddy → the standalone site server (scripts/site-server.ts). */
    caddy: LoadResult | null;
    caddySkipped?: string;
    nginx: LoadResult | null;
    nginxSkipped?: string;
    oursOverNginx: number | null;
    nextOverNginx: number | null;
    frontOverNginx: number | null;
    caddyOverNginx: number | null;
    /** p99 over nginx's p99 (goal ≤ 2). */
    frontP99OverNginx: number | null;
    caddyP99OverNginx: number | null;
    /** References for the Caddy path: its proxy hop in front of nginx, and Caddy serving the files itself. */
    caddyToNginx: LoadResult | null;
    /**
     * Caddy → site server over Caddy → nginx: the site server against nginx in the same place, behind
     * the same Caddy hop (the hop alone caps any upstream, nginx included, at caddyToNginx/nginx).
     */
    caddyOverCaddyToNginx: number | null;
    caddyP99OverCaddyToNginx: number | null;
    caddyFileServer: LoadResult | null;
  };
  headerParity: string[];
  durationMs: number;
};

function timing(samples: number[]): Timing {
  return { runs: samples.length, medianMs: median(samples), p90Ms: percentile(samples, 90) };
}

function benchBuild(runs: number, log: (line: string) => void): ServeBenchResult['build'] {
  const baseUrl = 'https://green-crumb.pagemagic.site';
  for (let i = 0; i < 3; i++) buildSite(veganBakery, { baseUrl }); // warm-up (JIT), not counted
  const samples: number[] = [];
  let last = buildSite(veganBakery, { baseUrl });
  for (let i = 0; i < runs; i++) {
    const startedAt = performance.now();
    last = buildSite(veganBakery, { baseUrl });
    samples.push(performance.now() - startedAt);
  }
  const result = { ...timing(samples), files: last.files.length, bytes: last.manifest.totalBytes };
  log(
    `(a) build vegan-bakery (${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB): median ${ms(result.medianMs)}, p90 ${ms(result.p90Ms)} over ${runs} runs`,
  );
  return result;
}

const homeRequest = (slug: string) => ({
  host: `${slug}.${SITE_ROOT_DOMAIN}`,
  path: '/',
  method: 'GET',
  acceptEncoding: 'gzip',
  ifNoneMatch: null,
  isHttps: false,
});

/** One publish of a fresh project: time to the action's return and to the first 200 on the site's host. */
async function publishOnce(
  project: DraftProject,
  timings: { begin(): void; end(): void },
): Promise<{ actionMs: number; liveMs: number; cpuMs: number }> {
  timings.begin();
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await requestPublish(project.claims, { projectId: project.projectId });
  const actionMs = performance.now() - startedAt;
  // Polls the real serving path every ~1 ms; bounded to 60 s.
  while (performance.now() - startedAt < 60_000) {
    if ((await serveSiteFile(homeRequest(project.slug))).status === 200) {
      const liveMs = performance.now() - startedAt;
      const cpu = process.cpuUsage(cpuBefore);
      timings.end();
      return { actionMs, liveMs, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`${project.slug} was not live 60 s after requestPublish`);
}

/**
 * `runs` publishes of fresh projects (after one warm-up), timed to the first 200 on the site's
 * host, and the time each step took before then (publish-timings.ts), printed as medians.
 */
export async function benchPublish(pipeline: BenchPipeline, runs: number, log: (line: string) => void) {
  const live: number[] = [];
  const actions: number[] = [];
  const cpu: number[] = [];
  let project: DraftProject | null = null;
  const timings = recordPublishTimings();
  const untimed = { begin() {}, end() {} };
  try {
    for (let i = -1; i < runs; i++) {
      project = await createDraftProject(pipeline, veganBakery, `Green Crumb ${i + 2}`);
      const run = await publishOnce(project, i < 0 ? untimed : timings);
      await pipeline.settleJobs(); // the job's last step (notify) finishes outside the timed span
      if (i < 0) continue; // the first publish loads the job modules: warm-up, not counted
      live.push(run.liveMs);
      actions.push(run.actionMs);
      cpu.push(run.cpuMs);
    }
  } finally {
    await timings.close();
  }
  const result = { ...timing(live), actionMedianMs: median(actions), cpuMedianMs: median(cpu), database: pipeline.databaseLabel };
  log(
    `(b) publish → live (${result.database}): median ${ms(result.medianMs)}, p90 ${ms(result.p90Ms)} over ${runs} runs; requestPublish itself returns in ${ms(result.actionMedianMs)} (median)`,
  );
  // Wall time waits for the CPU whenever other work loads the machine; CPU time much less so.
  log(
    `    CPU time of this process per publish (median): ${ms(result.cpuMedianMs)}; load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ')}`,
  );
  log(
    '    where the time goes (median per run of the time in each span before the first 200; @ = median start, ms after requestPublish was called):',
  );
  for (const line of timings.lines()) log(line);
  return { result, project: project! };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

/** Our production serving path behind a bare node:http server (what the Next route handler wraps). */
function oursServer(): Server {
  return createServer((request, response) => {
    void serveSiteFile({
      host: request.headers.host ?? null,
      path: request.url ?? '/',
      method: request.method ?? 'GET',
      acceptEncoding: request.headers['accept-encoding'] ?? null,
      ifNoneMatch: request.headers['if-none-match'] ?? null,
      isHttps: false,
    }).then(
      (answer) => {
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body ?? undefined);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
}

/** The same answers from memory (no database, no blob store): shows what those lookups cost. */
function referenceServer(site: SiteFiles): Server {
  return createServer((request, response) => {
    const answer = respondLikeProduction(site, {
      path: request.url ?? '/',
      method: request.method ?? 'GET',
      acceptEncoding: request.headers['accept-encoding'] ?? null,
      ifNoneMatch: request.headers['if-none-match'] ?? null,
    });
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body ?? undefined);
  });
}

/** `pids`: the processes that answer (their children too), whose CPU time per request is reported. */
type Target = { name: string; url: string; headers: Record<string, string>; pids: number[] | 'this process' };

/** CPU time (user + system, clock ticks) of these processes and all their descendants, from /proc. */
function cpuTicksOf(pids: readonly number[] | 'this process'): number {
  if (pids === 'this process') {
    const { user, system } = process.cpuUsage();
    return ((user + system) / 1e6) * TICKS_PER_SECOND;
  }
  let ticks = 0;
  const seen = new Set<number>();
  const visit = (pid: number) => {
    if (seen.has(pid)) return;
    seen.add(pid);
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      for (const task of readdirSync(`/proc/${pid}/task`))
        for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
          visit(Number(child));
    } catch {
      // gone, or no /proc here: counts as nothing
    }
  };
  for (const pid of pids) visit(pid);
  return ticks;
}
const TICKS_PER_SECOND = 100;

/**
 * Every target gets a 2 s warm-up, then `rounds` fixed-duration runs, interleaved (A B C A B C …)
 * so that load from other work on the machine, which comes and goes, hits all of them alike.
 * Reported: the median of the rounds for each figure.
 */
async function measureAll(
  targets: readonly Target[],
  rounds: number,
  durationS: number,
  connections: number,
  log: (line: string) => void,
): Promise<LoadResult[]> {
  for (const target of targets) await runLoad({ url: target.url, headers: target.headers, connections, durationS: 2 });
  const runs: LoadResult[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const ticksBefore = cpuTicksOf(target.pids);
      const result = await runLoad({ url: target.url, headers: target.headers, connections, durationS });
      const cpuSeconds = (cpuTicksOf(target.pids) - ticksBefore) / TICKS_PER_SECOND;
      result.serverCpuUsPerRequest = result.requests ? (cpuSeconds * 1e6) / result.requests : 0;
      result.serverCpuPercent = (cpuSeconds / durationS) * 100;
      runs[index]!.push(result);
    }
  }
  return targets.map((target, index) => {
    const results = runs[index]!;
    const pick = (key: keyof LoadResult) => median(results.map((result) => result[key] ?? 0));
    const sum = (key: 'non2xx' | 'errors' | 'timeouts') => results.reduce((total, result) => total + result[key], 0);
    const result: LoadResult = {
      requests: results.reduce((total, r) => total + r.requests, 0),
      requestsPerSecond: pick('requestsPerSecond'),
      p50Ms: pick('p50Ms'),
      p99Ms: pick('p99Ms'),
      bytesPerSecond: pick('bytesPerSecond'),
      non2xx: sum('non2xx'),
      errors: sum('errors'),
      timeouts: sum('timeouts'),
      generatorCpuPercent: pick('generatorCpuPercent'),
      serverCpuUsPerRequest: pick('serverCpuUsPerRequest'),
      serverCpuPercent: pick('serverCpuPercent'),
    };
    const problems = result.non2xx + result.errors + result.timeouts;
    log(
      `    ${target.name.padEnd(36)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${ms(result.p50Ms).padStart(7)}   p99 ${ms(result.p99Ms).padStart(7)}` +
        `   rounds ${results.map((r) => r.requestsPerSecond.toFixed(0)).join('/')}   generator CPU ${result.generatorCpuPercent.toFixed(0)} %` +
        `   server CPU ${result.serverCpuUsPerRequest!.toFixed(1)} µs/req (${result.serverCpuPercent!.toFixed(0)} %)` +
        (problems ? `   ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts` : ''),
    );
    return result;
  });
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

export async function runServeBench(options: ServeBenchOptions = {}): Promise<ServeBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const durationS = options.loadDurationS ?? 10;
  const connections = options.connections ?? 32;
  const rounds = options.loadRounds ?? 3;
  const startedAt = performance.now();
  log(
    `serve bench: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} (other work on this machine shows up in every number below)`,
  );
  const build = benchBuild(options.buildRuns ?? 30, log);
  const pipeline = await openBenchPipeline();
  try {
    const { result: publishToLive, project } = await benchPublish(pipeline, options.publishRuns ?? 10, log);
    // What the publish stored (fonts included), so the reference and nginx serve the same bytes as ours.
    const files = await publishedFilesFor(veganBakery, project.slug);
    const headerParity = await compareWithProduction(project.slug, files);
    log(
      `    header parity of the bench servers with serveSiteFile: ${headerParity.length ? `DIFFERENCES: ${headerParity.join('; ')}` : 'identical status, headers and bodies on 8 requests'}`,
    );

    log(
      `(c) throughput of the published home page (/, Accept-Encoding: gzip): autocannon in its own process, ${connections} connections, ` +
        `${rounds} interleaved rounds of ${durationS} s per server after a 2 s warm-up; medians of the rounds:`,
    );
    const ours = oursServer();
    const reference = referenceServer(siteFilesFrom(files));
    let nginxServer: NginxServer | null = null;
    let nginxSkipped: string | undefined;
    let nextHost: NextHost | null = null;
    let nextSkipped: string | undefined;
    let frontHost: NextHost | null = null;
    let frontSkipped: string | undefined;
    let siteHost: NextHost | null = null;
    let caddyProxy: CaddyProxy | null = null;
    let caddySkipped: string | undefined;
    let caddyToNginx: CaddyProxy | null = null;
    let caddyFiles: CaddyProxy | null = null;
    let results: LoadResult[];
    const start = async (kind: HostKind): Promise<NextHost | string> => {
      try {
        return await startNextHost(log, kind);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        log(`    ${kind}: SKIPPED — ${why}`);
        return why;
      }
    };
    try {
      const targets: Target[] = [
        {
          name: 'ours (serveSiteFile, 1 Node process)',
          url: `${await listen(ours)}/`,
          headers: { host: `${project.slug}.${SITE_ROOT_DOMAIN}`, 'accept-encoding': 'gzip' },
          // In this process (which only waits meanwhile; the load generator is a child, not counted).
          pids: 'this process',
        },
        {
          name: 'reference (same answers from memory)',
          url: `${await listen(reference)}/`,
          headers: { 'accept-encoding': 'gzip' },
          pids: 'this process',
        },
      ];
      const started = await start('next start');
      if (typeof started === 'string') nextSkipped = started;
      else nextHost = started;
      if (nextHost)
        targets.push({
          name: 'through next start (Vercel path)',
          url: `${nextHost.origin}/`,
          headers: { host: nextHost.siteHost, 'accept-encoding': 'gzip' },
          pids: [nextHost.pid],
        });
      const front = await start('npm start front');
      if (typeof front === 'string') frontSkipped = front;
      else frontHost = front;
      if (frontHost)
        targets.push({
          name: "through npm start's front (server.ts)",
          url: `${frontHost.origin}/`,
          headers: { host: frontHost.siteHost, 'accept-encoding': 'gzip' },
          pids: [frontHost.pid],
        });
      const sites = await start('site server');
      if (typeof sites === 'string') caddySkipped = sites;
      else {
        siteHost = sites;
        try {
          caddyProxy = await startCaddyProxy(siteHost.origin);
        } catch (error) {
          caddySkipped = error instanceof Error ? error.message : String(error);
          log(`    caddy: SKIPPED — ${caddySkipped}`);
        }
      }
      if (caddyProxy && siteHost)
        targets.push({
          name: 'through Caddy → site server',
          url: `${caddyProxy.origin}/`,
          headers: { host: siteHost.siteHost, 'accept-encoding': 'gzip' },
          pids: [caddyProxy.pid, siteHost.pid],
        });
      const nginx = ensureNginx(log);
      if ('skipped' in nginx) nginxSkipped = nginx.skipped;
      else {
        try {
          nginxServer = await startNginx(nginx.binary, files);
        } catch (error) {
          nginxSkipped = error instanceof Error ? error.message : String(error);
        }
      }
      // Two references for the Caddy path, on the same files: Caddy's proxy hop in front of the
      // fastest upstream there is (nginx) — no upstream can make the hop cheaper — and Caddy
      // serving the files itself (file_server, pre-compressed gzip).
      if (nginxServer && caddyProxy) {
        try {
          caddyToNginx = await startCaddyProxy(nginxServer.origin);
          caddyFiles = await startCaddyFileServer(files);
        } catch (error) {
          log(`    caddy references: SKIPPED — ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (caddyToNginx)
        targets.push({
          name: 'Caddy → nginx (the hop alone)',
          url: `${caddyToNginx.origin}/`,
          headers: { 'accept-encoding': 'gzip' },
          pids: [caddyToNginx.pid, nginxServer!.pid],
        });
      if (caddyFiles)
        targets.push({
          name: 'Caddy file_server',
          url: `${caddyFiles.origin}/`,
          headers: { 'accept-encoding': 'gzip' },
          pids: [caddyFiles.pid],
        });
      if (nginxServer)
        targets.push({
          name: 'nginx (1 worker, gzip_static)',
          url: `${nginxServer.origin}/`,
          headers: { 'accept-encoding': 'gzip' },
          pids: [nginxServer.pid],
        });
      else log(`    nginx: SKIPPED — ${nginxSkipped}`);
      results = await measureAll(targets, rounds, durationS, connections, log);
    } finally {
      await Promise.all([
        closeServer(ours),
        closeServer(reference),
        nginxServer?.stop(),
        nextHost?.stop(),
        frontHost?.stop(),
        caddyProxy?.stop(),
        caddyToNginx?.stop(),
        caddyFiles?.stop(),
        siteHost?.stop(),
      ]);
    }
    const [oursResult, referenceResult] = results;
    let index = 2;
    const nextResult = nextHost ? results[index++]! : null;
    const frontResult = frontHost ? results[index++]! : null;
    const caddyResult = caddyProxy ? results[index++]! : null;
    const caddyToNginxResult = caddyToNginx ? results[index++]! : null;
    const caddyFilesResult = caddyFiles ? results[index++]! : null;
    const nginxResult = nginxServer ? results.at(-1)! : null;
    const over = (result: LoadResult | null) => (nginxResult && result ? result.requestsPerSecond / nginxResult.requestsPerSecond : null);
    const p99Over = (result: LoadResult | null) => (nginxResult && result ? result.p99Ms / nginxResult.p99Ms : null);
    const oursOverNginx = over(oursResult!);
    // Like for like behind Caddy: the same hop in front of nginx is the best any upstream can do.
    const caddyOverCaddyToNginx =
      caddyResult && caddyToNginxResult ? caddyResult.requestsPerSecond / caddyToNginxResult.requestsPerSecond : null;
    const caddyP99OverCaddyToNginx = caddyResult && caddyToNginxResult ? caddyResult.p99Ms / caddyToNginxResult.p99Ms : null;
    const nextOverNginx = over(nextResult);
    if (nginxResult) {
      log(
        `    ratio ours/nginx: ${oursOverNginx!.toFixed(2)} (reference/nginx ${(referenceResult!.requestsPerSecond / nginxResult.requestsPerSecond).toFixed(2)}` +
          `${nextOverNginx === null ? '' : `; through next start/nginx ${nextOverNginx.toFixed(2)}`})`,
      );
      for (const [name, result] of [
        ["npm start's front", frontResult],
        ['Caddy → site server', caddyResult],
        ['(reference) Caddy → nginx', caddyToNginxResult],
        ['(reference) Caddy file_server', caddyFilesResult],
      ] as const) {
        if (!result) continue;
        const throughput = over(result)!;
        const p99 = p99Over(result)!;
        log(
          `    self-hosted, ${name}: ${throughput.toFixed(2)}× nginx's req/s (goal ≥ 0.80: ${throughput >= 0.8 ? 'met' : 'NOT met'}), ` +
            `p99 ${p99.toFixed(2)}× nginx's (goal ≤ 2: ${p99 <= 2 ? 'met' : 'NOT met'}); ` +
            `server CPU per request ${(result.serverCpuUsPerRequest! / nginxResult.serverCpuUsPerRequest!).toFixed(2)}× nginx's`,
        );
      }
    }
    if (caddyOverCaddyToNginx !== null && caddyP99OverCaddyToNginx !== null && nginxResult && caddyToNginxResult) {
      const ceiling = caddyToNginxResult.requestsPerSecond / nginxResult.requestsPerSecond;
      log(
        `    behind the same Caddy hop (like for like): Caddy → site server ${caddyOverCaddyToNginx.toFixed(2)}× Caddy → nginx's req/s ` +
          `(goal ≥ 0.80: ${caddyOverCaddyToNginx >= 0.8 ? 'met' : 'NOT met'}), p99 ${caddyP99OverCaddyToNginx.toFixed(2)}× ` +
          `(goal ≤ 2: ${caddyP99OverCaddyToNginx <= 2 ? 'met' : 'NOT met'}). The hop alone caps every upstream at ${ceiling.toFixed(2)}× nginx served directly: ` +
          `Caddy's reverse_proxy costs ${(caddyToNginxResult.serverCpuUsPerRequest! - nginxResult.serverCpuUsPerRequest!).toFixed(0)} µs of CPU per request, nginx's whole answer ${nginxResult.serverCpuUsPerRequest!.toFixed(0)} µs.`,
      );
    }
    if (nextResult) {
      log("    through next start: the same serveSiteFile answer, plus Next's per-request pipeline (request proxy, routing, route-handler");
      log("    runtime, web streams, and gzip of every response: Next drops a route handler's Content-Encoding, so the cached");
      log("    compressed bodies can't be used). Production puts a CDN in front: HTML carries s-maxage, hashed assets are immutable.");
    }
    const saturated = [oursResult, referenceResult, nextResult, frontResult, caddyResult, nginxResult].some(
      (result) => result && result.generatorCpuPercent > 90,
    );
    if (saturated) log('    note: the load generator used > 90 % of a CPU on some run: those req/s are a lower bound for the server.');
    return {
      build,
      publishToLive,
      throughput: {
        ours: oursResult!,
        reference: referenceResult!,
        next: nextResult,
        ...(nextSkipped ? { nextSkipped } : {}),
        front: frontResult,
        ...(frontSkipped ? { frontSkipped } : {}),
        caddy: caddyResult,
        ...(caddySkipped ? { caddySkipped } : {}),
        nginx: nginxResult,
        ...(nginxSkipped ? { nginxSkipped } : {}),
        oursOverNginx,
        nextOverNginx,
        frontOverNginx: over(frontResult),
        caddyOverNginx: over(caddyResult),
        frontP99OverNginx: p99Over(frontResult),
        caddyP99OverNginx: p99Over(caddyResult),
        caddyToNginx: caddyToNginxResult,
        caddyOverCaddyToNginx,
        caddyP99OverCaddyToNginx,
        caddyFileServer: caddyFilesResult,
      },
      headerParity,
      durationMs: performance.now() - startedAt,
    };
  } finally {
    await pipeline.close();
  }
}

if (process.argv[1]?.endsWith('serve-bench.ts')) {
  runServeBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
