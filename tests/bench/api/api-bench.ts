/**
 * `npm run bench -- --only api` (or `npm run bench:api`): GET /api/v1/leads (issue 36) on the test
 * database (this machine's PostgreSQL when TEST_DATABASE_URL is set).
 *  - the real route handler (key auth → per-key rate limit beside listV1Leads → JSON), first
 *    page of 50 out of 1,000 seeded leads: p50 / p99;
 *  - the baseline, in the same run and interleaved with it: the same query called in-process
 *    (listV1Leads with the key owner's claims, its answer serialized as the route does) — so the
 *    difference is what the API's door costs: the key lookup, the rate limit, Request/Response;
 *  - that difference at p50 and p99 (goal: ≤ 2 ms at p99), with the in-memory limiter (the
 *    embedded default) and with @upstash/ratelimit on this machine's Redis (production's kind)
 *    when TEST_REDIS_URL (or redis://127.0.0.1:6379) answers. A read runs its query beside the
 *    limit check (handle-v1-request.ts), so Redis's round trip mostly hides behind the query;
 *  - for comparison, a third side in the same loop: the limit check awaited before the route, the
 *    order writes keep (and reads had before) — what the check costs when nothing overlaps it;
 *  - where the difference goes: each step the route adds over the in-process call, timed alone in
 *    the same loop — the Request, the key check as the route makes it (a busy key: the verified-key
 *    cache) and for a cold key (the database's check), the limiter, the query string's parse, the
 *    Response (headers, body, read back).
 * Size: API_BENCH_ITERATIONS (default 2,000 per side, after 200 warm-up rounds).
 * Nothing here asserts a time; it prints what it measured and whether the goal was met.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createRedisShim } from '@/lib/ratelimit/redis-shim';
import type { RateLimiter } from '@/lib/ratelimit/types';
import { createUpstashLimiter } from '@/lib/ratelimit/upstash-limiter';
import { authenticateApiKey } from '@/modules/api/authenticate-api-key';
import { createApiKey } from '@/modules/api/create-api-key';
import { API_KEY_RATE_LIMIT, parseQuery } from '@/modules/api/handle-v1-request';
import { listV1Leads } from '@/modules/api/list-v1-leads';
import { forgetAllApiKeys } from '@/modules/api/verified-key-cache';
import { listLeadsQuery } from '@/modules/api/v1-schemas';
import { createProject } from '@/modules/projects/create-project';
import { GET as listLeadsRoute } from '@/app/api/v1/leads/route';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { median, ms, percentile } from '../host/stats';

export type Percentiles = { p50Ms: number; p99Ms: number };
export type ApiLimiterRun = {
  limiter: 'memory' | 'redis';
  route: Percentiles;
  inProcess: Percentiles;
  addedP50Ms: number;
  addedP99Ms: number;
  /** The limit check awaited first, then the route (a write's order): its time and what it adds over the query. */
  limitFirst: Percentiles;
  limitFirstAddedP50Ms: number;
  limitFirstAddedP99Ms: number;
  /** Each step the route adds, timed alone (see STEPS). */
  steps: Record<StepName, Percentiles>;
};

const STEPS = ['request', 'key auth', 'key auth cold', 'rate limit', 'query parse', 'response'] as const;
type StepName = (typeof STEPS)[number];
export type ApiBenchResult = {
  database: string;
  leads: number;
  pageSize: number;
  iterations: number;
  runs: ApiLimiterRun[];
  redisSkipped?: string;
};

const LEADS = 1_000;
const PAGE = 50;
const WARMUP = 200;

const stats = (samples: number[]): Percentiles => ({ p50Ms: median(samples), p99Ms: percentile(samples, 99) });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function redisLimiter(): Promise<{ limiter: RateLimiter; close: () => void } | string> {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    return `no Redis (${err instanceof Error ? err.message : String(err)})`;
  }
  return {
    limiter: createUpstashLimiter(createRedisShim(redis), 'redis', `pm:rl:api-bench:${randomUUID()}`),
    close: () => redis.disconnect(),
  };
}

export async function runApiBench(): Promise<ApiBenchResult> {
  const iterations = Number(process.env.API_BENCH_ITERATIONS ?? 2_000);
  // The bench sends far more than a key's 600 a minute; the limiter still does all its work, it
  // only never says no (a 429 would measure the refusal, not the route).
  Object.assign(process.env, { RATE_LIMIT_SCALE: '10000' });
  resetEnvCache();
  const handle = await createTestDb();
  const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite (set TEST_DATABASE_URL for a server)';
  const redis = await redisLimiter();
  try {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'Bench leads' });
    await handle.executor.query(
      `insert into public.leads (project_id, name, email, message, created_at)
         select $1, 'Lead ' || n, 'lead' || n || '@bench.test', 'Hello from the bench', now() - n * interval '1 minute'
         from generate_series(1, $2) n`,
      [project.id, LEADS],
    );
    const { key } = await createApiKey(user.claims, { name: 'bench', scopes: ['leads'], expiresInDays: null });
    const auth = await authenticateApiKey(key);
    if (typeof auth === 'string') throw new Error(`bench key refused: ${auth}`);
    const query = listLeadsQuery.parse({ limit: String(PAGE) });

    const viaRoute = async () => {
      const response = await listLeadsRoute(
        new Request(`http://app.bench/api/v1/leads?limit=${PAGE}`, { headers: { authorization: `Bearer ${key}` } }),
      );
      if (response.status !== 200) throw new Error(`route answered ${response.status}: ${await response.text()}`);
      await response.text();
    };
    const inProcess = async () => {
      JSON.stringify(await listV1Leads(auth.claims, query));
    };
    const url = `http://app.bench/api/v1/leads?limit=${PAGE}`;
    const bearer = /^Bearer\s+(\S+)$/i;
    const page = JSON.stringify(await listV1Leads(auth.claims, query));
    const first = JSON.parse(
      await (
        await listLeadsRoute(new Request(`http://app.bench/api/v1/leads?limit=${PAGE}`, { headers: { authorization: `Bearer ${key}` } }))
      ).text(),
    ) as { data: unknown[] };
    if (first.data.length !== PAGE) throw new Error(`expected a page of ${PAGE}, got ${first.data.length}`);

    const limiters: Array<{ name: 'memory' | 'redis'; limiter: RateLimiter }> = [{ name: 'memory', limiter: createMemoryLimiter() }];
    if (typeof redis !== 'string') limiters.push({ name: 'redis', limiter: redis.limiter });
    const runs: ApiLimiterRun[] = [];
    for (const { name, limiter } of limiters) {
      setRateLimiterForTests(limiter);
      const rule = { ...API_KEY_RATE_LIMIT, limit: API_KEY_RATE_LIMIT.limit * 10_000 };
      for (let i = 0; i < WARMUP; i++) {
        await viaRoute();
        await inProcess();
      }
      // The check in line before the route, as a write waits for it (the route's own check, beside
      // its query, then costs little on top: the same key, far from its limit).
      const limitFirst = async () => {
        await limiter.limit(`api-key:${auth.keyId}`, rule);
        await viaRoute();
      };
      const route: number[] = [];
      const base: number[] = [];
      const first: number[] = [];
      const steps = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<StepName, number[]>;
      // What handleV1Request does besides the query, one step at a time (as it does them).
      const stepRuns: Record<StepName, () => Promise<unknown>> = {
        request: async () =>
          bearer.exec(new Request(url, { headers: { authorization: `Bearer ${key}` } }).headers.get('authorization') ?? ''),
        'key auth': () => authenticateApiKey(key),
        // A key not seen for VERIFIED_KEY_TTL_MS: the database's check in line (it warms the cache again).
        'key auth cold': () => {
          forgetAllApiKeys();
          return authenticateApiKey(key);
        },
        'rate limit': () => limiter.limit(`api-key:bench-${name}`, rule),
        'query parse': async () => parseQuery(new Request(url), listLeadsQuery),
        response: async () => {
          const headers = new Headers({
            'ratelimit-limit': '1',
            'ratelimit-remaining': '1',
            'ratelimit-reset': '1',
            'ratelimit-policy': '1;w=60',
          });
          headers.set('content-type', 'application/json');
          headers.set('cache-control', 'no-store');
          await new Response(page, { status: 200, headers }).text();
        },
      };
      // Interleaved, rotating which goes first: drift in the machine's load hits every side.
      const sides = [
        { samples: route, run: viaRoute },
        { samples: base, run: inProcess },
        { samples: first, run: limitFirst },
      ];
      for (let i = 0; i < iterations; i++) {
        for (let k = 0; k < sides.length; k++) {
          const side = sides[(i + k) % sides.length]!;
          side.samples.push(await timed(side.run));
        }
        if (i % 4 === 0) for (const step of STEPS) steps[step].push(await timed(stepRuns[step]));
      }
      const r = stats(route);
      const b = stats(base);
      const f = stats(first);
      runs.push({
        limiter: name,
        route: r,
        inProcess: b,
        addedP50Ms: r.p50Ms - b.p50Ms,
        addedP99Ms: r.p99Ms - b.p99Ms,
        limitFirst: f,
        limitFirstAddedP50Ms: f.p50Ms - b.p50Ms,
        limitFirstAddedP99Ms: f.p99Ms - b.p99Ms,
        steps: Object.fromEntries(STEPS.map((step) => [step, stats(steps[step])])) as Record<StepName, Percentiles>,
      });
      console.log(apiLine(runs.at(-1)!));
    }
    return { database, leads: LEADS, pageSize: PAGE, iterations, runs, ...(typeof redis === 'string' ? { redisSkipped: redis } : {}) };
  } finally {
    if (typeof redis !== 'string') redis.close();
    await handle.close();
  }
}

function apiLine(run: ApiLimiterRun): string {
  return (
    `GET /api/v1/leads (${run.limiter} limiter): route p50 ${ms(run.route.p50Ms)} / p99 ${ms(run.route.p99Ms)}; ` +
    `same query in-process p50 ${ms(run.inProcess.p50Ms)} / p99 ${ms(run.inProcess.p99Ms)} (${(run.route.p50Ms / run.inProcess.p50Ms).toFixed(2)}× at p50); ` +
    `key auth + rate limit add ${run.addedP50Ms.toFixed(2)} ms at p50, ${run.addedP99Ms.toFixed(2)} ms at p99 (goal ≤ 2 ms: ${run.addedP99Ms <= 2 ? 'met' : 'not met'}); ` +
    `with the limit check awaited before the route (a write's order) p50 ${ms(run.limitFirst.p50Ms)} / p99 ${ms(run.limitFirst.p99Ms)}, ` +
    `adding ${run.limitFirstAddedP50Ms.toFixed(2)} ms at p50, ${run.limitFirstAddedP99Ms.toFixed(2)} ms at p99; ` +
    // The difference of two p99s swings with the query's own tail on a busy machine; the two steps'
    // own p99s do not. They add up only when nothing overlaps: a read's check runs beside its query.
    `timed alone, key auth p99 + rate limit p99 = ${(run.steps['key auth'].p99Ms + run.steps['rate limit'].p99Ms).toFixed(2)} ms (in line, not overlapped); ` +
    `steps alone (p50 / p99): ${STEPS.map((step) => `${step} ${run.steps[step].p50Ms.toFixed(3)} / ${run.steps[step].p99Ms.toFixed(3)} ms`).join(', ')}`
  );
}

export function apiSummary(result: ApiBenchResult): string[] {
  return [
    `api        ${result.leads} leads, page of ${result.pageSize}, ${result.iterations} calls per side, ${result.database}`,
    ...result.runs.map((run) => `           ${apiLine(run)}`),
    ...(result.redisSkipped ? [`           redis limiter skipped: ${result.redisSkipped}`] : []),
  ];
}
