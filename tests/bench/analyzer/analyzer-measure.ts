/**
 * The analyzer bench's measurements, run in a child process (see run-with-jiti.mjs): a small local
 * test site on loopback (the test-only allow-list), analyzed fresh RUNS times by the real engine
 * (runAnalysis: guard proxy, Fetch interception, pinned address, Lighthouse mobile run), and — the
 * baseline, same process, same site — the same Lighthouse run in Chromium without any guard.
 * Then, on a real database (TEST_DATABASE_URL, else PGlite) through the visitor's path:
 *  - the cached answer: requestAnalysis for a URL analyzed minutes ago plus getAnalysis (what the
 *    form and the result page wait on), CACHED_RUNS times;
 *  - throughput: QUEUED analyses of different pages requested at once and run by the embedded job
 *    engine with the analysis job's own concurrency limit (ANALYZER_CONCURRENCY), wall time from
 *    the first request to the last result.
 * Prints one JSON line.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { runAnalysisJob } from '~inngest/functions/run-analysis';
import { getEnv } from '@/lib/env';
import { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { getAnalysis } from '@/modules/analyzer/get-analysis';
import { requestAnalysis } from '@/modules/analyzer/request-analysis';
import { runAnalysis } from '@/modules/analyzer/run-analysis';
import { createTestDb } from '@tests/helpers/test-db';

const RUNS = Number(process.env.ANALYZER_BENCH_RUNS ?? 3);
const CACHED_RUNS = Number(process.env.ANALYZER_BENCH_CACHED_RUNS ?? 30);
const QUEUED = Number(process.env.ANALYZER_BENCH_QUEUED ?? 10);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Bench site</title><meta name="description" content="A small local site"></head><body><main><h1>Bench site</h1><p>${'Some text. '.repeat(50)}</p><img src="/a.svg" width="100" height="100" alt="shape"></main></body></html>`;

async function unguardedRun(url: string): Promise<number> {
  const started = performance.now();
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await lighthouse(
      url,
      { logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      undefined,
      page,
    );
  } finally {
    await browser.close();
  }
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const server = createServer((request, response) => {
  if (request.url === '/a.svg') {
    response.setHeader('content-type', 'image/svg+xml');
    response.end('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="teal"/></svg>');
    return;
  }
  response.setHeader('content-type', 'text/html');
  response.end(html);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const fresh: number[] = [];
const baseline: number[] = [];
let performanceScore: number | null = null;
// Interleaved, so load on the machine falls on both sides alike.
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const result = await runAnalysis(url, { allowLoopback: true });
  fresh.push(performance.now() - started);
  performanceScore = result.scores.performance;
  baseline.push(await unguardedRun(url));
}

// The visitor's path on a real database: the queue, the job engine, the cache.
const db = await createTestDb();
const engine = new EmbeddedEngine([runAnalysisJob], { capacity: 4, leaseMs: 120_000, backoffMs: () => 1 });
const ask = (path: string, ip: string) => requestAnalysis({ url: `${url}${path}`, clientIp: ip, locale: 'en' });

const warm = await ask('', '192.0.2.1');
await engine.drain();
if ((await getAnalysis(warm.id))?.status !== 'done') throw new Error('the warm-up analysis did not finish');
const cached: number[] = [];
for (let i = 0; i < CACHED_RUNS; i++) {
  const started = performance.now();
  const answer = await ask('', `192.0.2.${2 + (i % 200)}`);
  const view = await getAnalysis(answer.id);
  cached.push(performance.now() - started);
  if (!answer.cached || view?.status !== 'done') throw new Error('expected the cached answer');
}

const queuedStarted = performance.now();
const ids: string[] = [];
for (let i = 0; i < QUEUED; i++) ids.push((await ask(`page-${i}`, `198.51.100.${i + 1}`)).id);
await engine.drain();
const queuedWallMs = performance.now() - queuedStarted;
const statuses = await Promise.all(ids.map(async (id) => (await getAnalysis(id))?.status));
const queuedDone = statuses.filter((status) => status === 'done').length;
await engine.idle();
await db.close();
server.close();
console.log(
  JSON.stringify({
    runs: RUNS,
    freshMedianMs: median(fresh),
    baselineMedianMs: median(baseline),
    fresh,
    baseline,
    performanceScore,
    cachedMedianMs: median(cached),
    cachedRuns: CACHED_RUNS,
    queued: QUEUED,
    queuedDone,
    queuedWallMs,
    concurrency: getEnv().ANALYZER_CONCURRENCY,
  }),
);
