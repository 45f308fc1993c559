/**
 * Dashboard bench (issue 18): the dashboard home's server time — getClientOverview, everything
 * the home page reads (sites, publish state, domains, billing, tickets, leads and the monitoring
 * readers: uptime, traffic, performance) — for a client with 50 published
 * sites × 90 days of data, against the same for a client with 1 site (the baseline, measured in
 * the same run on the same database, interleaved so drift on a shared machine hits both alike).
 * Per site, 90 days of: uptime day rollups (288 checks a day) and an incident a month, traffic
 * days with 10 top pages and 5 countries each, a speed test every 6 hours, 2 leads a day; plus a
 * custom domain per site.
 * Prints the median and p95 of each and the ratio. Nothing here asserts a time.
 *
 * Uses the test database (TEST_DATABASE_URL for PostgreSQL; PGlite otherwise, which says little
 * about a server). Run alone: npx tsx tests/bench/insights/dashboard-bench.ts
 * Size: DASHBOARD_BENCH_SITES (default 50), DASHBOARD_BENCH_DAYS (90), DASHBOARD_BENCH_RUNS (40).
 */
import type { DbHandle } from '@/lib/db/client';
import { getClientOverview } from '@/modules/insights/get-client-overview';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { median, percentile } from '../host/stats';

export type DashboardTiming = { medianMs: number; p95Ms: number; samples: number };
export type DashboardBenchResult = {
  database: string;
  sites: number;
  days: number;
  rows: Record<string, number>;
  many: DashboardTiming;
  one: DashboardTiming;
  /** many ÷ one of the medians and of the p95s. */
  medianRatio: number;
  p95Ratio: number;
};

const envInt = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** `sites` published sites for `owner`, each with `days` days of monitoring data up to today (SQL, on the privileged connection). */
async function seedClient(handle: DbHandle, owner: TestUser, sites: number, days: number): Promise<void> {
  const q = (text: string, params: unknown[] = []) => handle.executor.query(text, params);
  await q(
    `insert into public.projects (id, name, slug, owner_id)
     select gen_random_uuid(), 'Site ' || n, 'bench-' || substr(md5($1 || n), 1, 12), $1::uuid from generate_series(1, $2::int) n`,
    [owner.id, sites],
  );
  const ids = `(select id from public.projects where owner_id = '${owner.id}')`;
  await q(`insert into public.deployments (project_id, version) select id, 1 from ${ids} p`);
  await q(`update public.deployments set status = 'ready', finished_at = now() where project_id in ${ids}`);
  await q(
    `update public.projects p set is_published = true,
       active_deployment_id = (select d.id from public.deployments d where d.project_id = p.id limit 1)
     where p.id in ${ids}`,
  );
  const series = `(select g::date as d from generate_series(current_date - ($1::int - 1), current_date, interval '1 day') g) s`;
  await q(
    `insert into public.uptime_daily (project_id, host, day, checks, failures)
     select p.id, p.slug || '.pagemagic.test', d, 288, (abs(hashtext(p.id::text || d::text)) % 3)
     from public.projects p cross join ${series} where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.uptime_monitors (project_id, host, last_checked_at)
     select p.id, p.slug || '.pagemagic.test', now() - interval '1 minute' from public.projects p where p.id in ${ids}`,
  );
  await q(
    `insert into public.uptime_incidents (project_id, host, opened_at, confirmed_at, resolved_at, resolution, cause)
     select p.id, p.slug || '.pagemagic.test', d + interval '3 hours', d + interval '3 hours 5 minutes', d + interval '3 hours 20 minutes', 'recovered', 'timeout'
     from public.projects p cross join generate_series(current_date - ($1::int - 1), current_date - 1, interval '30 days') d
     where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.site_traffic_days (project_id, day, requests, visits, bytes, peak_rps, status_2xx, status_3xx, status_4xx, status_5xx)
     select p.id, d, 900, 300, 900 * 25000, 4, 850, 30, 18, 2 from public.projects p cross join ${series} where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.site_traffic_pages (project_id, day, path, requests)
     select p.id, d, '/page-' || n, 100 - n * 7 from public.projects p cross join ${series} cross join generate_series(1, 10) n
     where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.site_traffic_countries (project_id, day, country, requests)
     select p.id, d, c, 100 from public.projects p cross join ${series}
       cross join unnest(array['BR', 'US', 'PT', 'AR', 'unknown']) c
     where p.id in ${ids}`,
    [days],
  );
  // A mobile speed test every 6 hours (Pro's schedule), scores wandering a little.
  await q(
    `insert into public.performance_metrics (project_id, path, url, measured_at, performance_score, accessibility_score,
       best_practices_score, seo_score, lcp_ms, cls, tbt_ms, grade)
     select p.id, '/', 'https://' || p.slug || '.pagemagic.test/', d + interval '6 hours' * k,
            85 + abs(hashtext(p.id::text || d::text || k::text)) % 10, 95, 100, 92, 2100, 0.03, 160, 'B'
     from public.projects p cross join ${series} cross join generate_series(0, 3) k where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.leads (project_id, name, email, message, created_at)
     select p.id, 'Lead', 'lead@example.com', 'Hello', d + interval '10 hours' * k
     from public.projects p cross join ${series} cross join generate_series(1, 2) k where p.id in ${ids}`,
    [days],
  );
  await q(
    `insert into public.domains (project_id, owner_id, name, display_name, is_apex, status, verified_at, live_at)
     select p.id, $1::uuid, p.slug || '.example', p.slug || '.example', false, 'live', now(), now() from public.projects p where p.id in ${ids}`,
    [owner.id],
  );
}

async function timeRuns(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
}

const timing = (samples: number[]): DashboardTiming => ({
  medianMs: median(samples),
  p95Ms: percentile(samples, 95),
  samples: samples.length,
});

export async function runDashboardBench(
  options: { sites?: number; days?: number; runs?: number; log?: (line: string) => void } = {},
): Promise<DashboardBenchResult> {
  const sites = options.sites ?? envInt('DASHBOARD_BENCH_SITES', 50);
  const days = options.days ?? envInt('DASHBOARD_BENCH_DAYS', 90);
  const runs = options.runs ?? envInt('DASHBOARD_BENCH_RUNS', 40);
  const log = options.log ?? ((line: string) => console.log(line));
  const handle = await createTestDb();
  try {
    const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
    // Enterprise: no project limit to run into while seeding.
    const many = await createTestUser(handle, { tier: 'enterprise' });
    const one = await createTestUser(handle, { tier: 'enterprise' });
    await seedClient(handle, many, sites, days);
    await seedClient(handle, one, 1, days);
    await handle.executor.query('analyze');
    const rows: Record<string, number> = {};
    for (const table of [
      'uptime_daily',
      'uptime_incidents',
      'site_traffic_days',
      'performance_metrics',
      'site_traffic_pages',
      'site_traffic_countries',
      'leads',
    ]) {
      const [row] = await handle.executor.query<{ n: number }>(`select count(*)::int as n from public.${table}`);
      rows[table] = row!.n;
    }
    // Warm up both (connection pool, prepared plans, module code), then interleave.
    const check = await getClientOverview(many.claims);
    if (check.sites.length !== sites || check.totals.visits === 0) throw new Error('the bench client does not see its seeded sites');
    await timeRuns(() => getClientOverview(one.claims), 3);
    await timeRuns(() => getClientOverview(many.claims), 3);
    const manySamples: number[] = [];
    const oneSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      manySamples.push(...(await timeRuns(() => getClientOverview(many.claims), 1)));
      oneSamples.push(...(await timeRuns(() => getClientOverview(one.claims), 1)));
    }
    const result: DashboardBenchResult = {
      database,
      sites,
      days,
      rows,
      many: timing(manySamples),
      one: timing(oneSamples),
      medianRatio: median(manySamples) / median(oneSamples),
      p95Ratio: percentile(manySamples, 95) / percentile(oneSamples, 95),
    };
    for (const line of dashboardSummary(result)) log(line);
    return result;
  } finally {
    await handle.close();
  }
}

export function dashboardSummary(r: DashboardBenchResult): string[] {
  const t = (x: DashboardTiming) => `median ${x.medianMs.toFixed(1)} ms, p95 ${x.p95Ms.toFixed(1)} ms`;
  return [
    `dashboard  home server time (getClientOverview, ${r.database}, ${r.days} days of data, ${r.many.samples} runs each, interleaved)`,
    `           ${r.sites} sites: ${t(r.many)}`,
    `           1 site (baseline): ${t(r.one)}`,
    `           ${r.sites} sites ÷ 1 site: median ${r.medianRatio.toFixed(2)}×, p95 ${r.p95Ratio.toFixed(2)}×`,
    `           rows: ${Object.entries(r.rows)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')}`,
  ];
}

if (process.argv[1]?.endsWith('dashboard-bench.ts')) {
  runDashboardBench()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
