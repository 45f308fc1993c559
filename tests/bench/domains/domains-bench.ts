/**
 * `npm run bench:domains`: host routing with many custom domains in the table (issue 14).
 *  - resolving a request's host to a live deployment (`resolveSiteHost`) on a cache miss and on a
 *    cache hit, for custom domains and, in the same run, for `<slug>` hosts (the baseline);
 *  - the 301 path: a non-primary address answered with a redirect to the primary (`serveSiteFile`),
 *    next to the same site's 200 on its primary;
 *  - Caddy's `ask` (GET /api/domains/tls-allowed, the real route handler behind node:http) and the
 *    301 path under load (autocannon in another process).
 * Size: DOMAINS_BENCH_DOMAINS (default 100,000) over DOMAINS_BENCH_PROJECTS (default 1,000) projects.
 * Uses the test database (TEST_DATABASE_URL for PostgreSQL; PGlite otherwise, which says little
 * about a server). Nothing here asserts a time; it prints medians, p99 and ratios of this run.
 */
import { sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resetEnvCache } from '@/lib/env';
import { rowsOf } from '@/lib/db/rows-of';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { forgetSiteHost, resolveSiteHost } from '@/modules/host/resolve-site-host';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { runJobs } from '@tests/helpers/jobs';
import { startSiteUpstream } from '@tests/helpers/site-upstream';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { median, percentile } from '../host/stats';
import { runLoad, type LoadResult } from '../host/run-load';

export type Timing = { p50Ms: number; p99Ms: number; samples: number };
export type DomainsBenchResult = {
  database: string;
  domains: number;
  projects: number;
  custom: { miss: Timing; hit: Timing };
  slug: { miss: Timing; hit: Timing };
  serve: { redirect301: Timing; primary200: Timing };
  load: { ask: LoadResult; redirect301: LoadResult; primary200: LoadResult } | null;
};

function timing(samples: number[]): Timing {
  return { p50Ms: median(samples), p99Ms: percentile(samples, 99), samples: samples.length };
}

async function timeEach<T>(items: readonly T[], fn: (item: T) => Promise<unknown>, before?: (item: T) => void): Promise<number[]> {
  const out: number[] = [];
  for (const item of items) {
    before?.(item);
    const started = performance.now();
    await fn(item);
    out.push(performance.now() - started);
  }
  return out;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export async function runDomainsBench(): Promise<DomainsBenchResult> {
  const domainCount = Number(process.env.DOMAINS_BENCH_DOMAINS ?? 100_000);
  const projectCount = Math.min(Number(process.env.DOMAINS_BENCH_PROJECTS ?? 1_000), domainCount);
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.bench', APP_URL: 'https://app.bench' });
  resetEnvCache();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-bench-blobs-'))));
  const handle = await createTestDb();
  const database = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite (set TEST_DATABASE_URL for a server)';
  try {
    // One real published site; its live deployment is then shared by every bench project (the
    // manifest is the same JSON the publish job wrote).
    const user = await createTestUser(handle, { tier: 'enterprise' });
    const site = await createProject(user.claims, { name: 'Bench domains' });
    await saveSiteVersion(user.claims, { projectId: site.id, document: veganBakery, source: 'generate' });
    await requestPublish(user.claims, { projectId: site.id });
    await runJobs();

    const started = performance.now();
    // Bulk rows as the system, triggers off (the tier trigger counts per insert; audit and history
    // are not what is measured). Domain i belongs to project i % P; in each project the first two
    // are an apex (primary: www) and its www, the rest are live subdomains.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`
        insert into public.projects (id, owner_id, name, slug, active_deployment_id, is_published)
        select gen_random_uuid(), ${user.id}::uuid, 'Bench ' || g, 'bd-' || g, p.active_deployment_id, true
        from generate_series(1, ${projectCount}) g, public.projects p where p.id = ${site.id}::uuid`);
      await tx.execute(sql`
        with bench as (select id, (substring(slug from 4))::int - 1 as n from public.projects where slug like 'bd-%')
        insert into public.domains (project_id, owner_id, name, display_name, is_apex, is_primary, status, live_at, verified_at, next_check_at)
        select b.id, ${user.id}::uuid, d.name, d.name, d.k = 0, d.k = 1, 'live', now(), now(), now() + interval '4 hours'
        from generate_series(0, ${domainCount - 1}) i
        join bench b on b.n = i % ${projectCount}
        cross join lateral (select (i / ${projectCount})::int as k) kk
        cross join lateral (select kk.k, case kk.k when 0 then 'site' || b.n || '.com.br' when 1 then 'www.site' || b.n || '.com.br'
                                              else 'shop' || kk.k || '.site' || b.n || '.com.br' end as name) d`);
    });
    await handle.db.execute(sql`analyze public.domains`);
    await handle.db.execute(sql`analyze public.projects`);
    const [count] = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from public.domains`));
    console.log(
      `setup      ${count!.n} domains over ${projectCount} projects in ${((performance.now() - started) / 1000).toFixed(1)} s (${database})`,
    );

    const sampleSize = Math.min(2_000, projectCount);
    const picks = shuffle(Array.from({ length: projectCount }, (_, n) => n)).slice(0, sampleSize);
    // Subdomains when there are enough rows, so a sample hits neither the apex/www pair nor a warm project.
    const customHosts = picks.map((n) => (domainCount >= projectCount * 3 ? `shop2.site${n}.com.br` : `www.site${n}.com.br`));
    const slugHosts = picks.map((n) => `bd-${n + 1}.sites.bench`);

    // Miss: every cache of this process emptied before each lookup (the domains cache, and the
    // site cache for that project), so each sample is the full database path.
    const coldCustom = await timeEach(customHosts, resolveSiteHost, (host) => {
      resetDomainRoutingCacheForTests();
      forgetSiteHost(`bd-${Number(/\.site(\d+)\./.exec(host)![1]) + 1}`);
    });
    const coldSlug = await timeEach(slugHosts, resolveSiteHost, (host) => {
      resetDomainRoutingCacheForTests();
      forgetSiteHost(host.split('.')[0]!);
    });
    // Hit: the same hosts again, warm, many times.
    const hitHosts = Array.from({ length: 100_000 }, (_, i) => customHosts[i % 200]!);
    for (const host of hitHosts.slice(0, 200)) await resolveSiteHost(host);
    const warmCustom = await timeEach(hitHosts, resolveSiteHost);
    const hitSlugs = Array.from({ length: 100_000 }, (_, i) => slugHosts[i % 200]!);
    for (const host of hitSlugs.slice(0, 200)) await resolveSiteHost(host);
    const warmSlug = await timeEach(hitSlugs, resolveSiteHost);

    const get = (host: string) =>
      serveSiteFile({ host, path: '/menu?x=1', method: 'GET', acceptEncoding: 'br', ifNoneMatch: null, isHttps: true });
    const apexes = picks.slice(0, 200).map((n) => `site${n}.com.br`);
    const wwws = picks.slice(0, 200).map((n) => `www.site${n}.com.br`);
    const first = await get(apexes[0]!);
    if (first.status !== 301) throw new Error(`expected a 301 from the apex, got ${first.status}`);
    for (const host of [...apexes, ...wwws]) await get(host);
    const redirects = await timeEach(
      Array.from({ length: 20_000 }, (_, i) => apexes[i % apexes.length]!),
      get,
    );
    const primaries = await timeEach(
      Array.from({ length: 20_000 }, (_, i) => wwws[i % wwws.length]!),
      (host) => serveSiteFile({ host, path: '/', method: 'GET', acceptEncoding: 'br', ifNoneMatch: null, isHttps: true }),
    );

    let load: DomainsBenchResult['load'] = null;
    const upstream = await startSiteUpstream();
    try {
      const durationS = Number(process.env.DOMAINS_BENCH_LOAD_SECONDS ?? 8);
      const ask = await runLoad({
        url: `${upstream.origin}/api/domains/tls-allowed?domain=${customHosts[0]}`,
        connections: 32,
        durationS,
        headers: {},
      });
      const redirect301 = await runLoad({ url: `${upstream.origin}/menu?x=1`, connections: 32, durationS, headers: { host: apexes[0]! } });
      const primary200 = await runLoad({
        url: `${upstream.origin}/`,
        connections: 32,
        durationS,
        headers: { host: wwws[0]!, 'accept-encoding': 'br' },
      });
      load = { ask, redirect301, primary200 };
    } finally {
      await upstream.close();
    }

    const result: DomainsBenchResult = {
      database,
      domains: count!.n,
      projects: projectCount,
      custom: { miss: timing(coldCustom), hit: timing(warmCustom) },
      slug: { miss: timing(coldSlug), hit: timing(warmSlug) },
      serve: { redirect301: timing(redirects), primary200: timing(primaries) },
      load,
    };
    for (const line of domainsSummary(result)) console.log(line);
    return result;
  } finally {
    await handle.close();
  }
}

const t = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const pair = (x: Timing) => `p50 ${t(x.p50Ms)} / p99 ${t(x.p99Ms)}`;

export function domainsSummary(r: DomainsBenchResult): string[] {
  const lines = [
    `domains    ${r.domains} custom domains over ${r.projects} projects (${r.database})`,
    `           host → live deployment, cache miss: custom ${pair(r.custom.miss)} vs <slug> ${pair(r.slug.miss)} (custom/<slug> p50 ${(r.custom.miss.p50Ms / r.slug.miss.p50Ms).toFixed(2)}×)`,
    `           host → live deployment, cache hit:  custom ${pair(r.custom.hit)} vs <slug> ${pair(r.slug.hit)} (custom/<slug> p50 ${(r.custom.hit.p50Ms / r.slug.hit.p50Ms).toFixed(2)}×)`,
    `           serveSiteFile 301 to the primary ${pair(r.serve.redirect301)} vs 200 on the primary ${pair(r.serve.primary200)}`,
  ];
  if (r.load) {
    const l = (x: LoadResult) =>
      `${x.requestsPerSecond.toFixed(0)} req/s (p50 ${x.p50Ms} ms, p99 ${x.p99Ms} ms${x.non2xx ? `, non-2xx ${x.non2xx}` : ''})`;
    lines.push(
      `           node:http, 32 connections: ask ${l(r.load.ask)}; 301 ${l(r.load.redirect301)}; primary 200 ${l(r.load.primary200)}`,
    );
  }
  return lines;
}
