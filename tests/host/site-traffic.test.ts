import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { DbHandle } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { resetEnvCache } from '@/lib/env';
import { parseTrustedProxies } from '@/lib/http/resolve-client-ip';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { createFrontListener, createSiteRequestListener } from '@/modules/host/site-request-listener';
import { countryOf, OTHER_PAGES, PAGES_PER_DAY, pagePathOf, pageViewOf, TrafficCounter } from '@/modules/host/site-traffic-counter';
import { flushSiteTraffic, recordSiteRequest } from '@/modules/host/site-traffic-meter';
import { unsafeRecordSiteTraffic } from '@/modules/host/unsafe-record-site-traffic';
import { getTrafficSummary } from '@/modules/insights/get-traffic-summary';
import { createProject } from '@/modules/projects/create-project';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { addTallies, etagOf, expectedCountryOf, generateLoad, mixedRequests, type LoadTally } from './load-generator';

// Traffic analytics on the serving path: real sockets into the site server (as `npm start`'s
// front runs it), counters flushed into the real database, compared with what the load generator
// was answered — exactly.

let handle: DbHandle & { url?: string };
let trustedServer: Server;
let untrustedServer: Server;
let trustedPort = 0;
let untrustedPort = 0;
const saved = { ...process.env };

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  handle = await createTestDb();
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'http://app.test' });
  resetEnvCache();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  const site = createSiteRequestListener({ onError: () => {} });
  const app = () => {
    throw new Error('no app host in these tests');
  };
  // Loopback stands for the CDN/Caddy in front (trusted: its country header counts) …
  trustedServer = createServer(createFrontListener({ trusted: parseTrustedProxies('127.0.0.1, ::1'), site, app }));
  // … and for a visitor reaching the server directly (its own country header is ignored).
  untrustedServer = createServer(createFrontListener({ trusted: parseTrustedProxies(''), site, app }));
  trustedPort = await listen(trustedServer);
  untrustedPort = await listen(untrustedServer);
});
afterAll(async () => {
  for (const server of [trustedServer, untrustedServer]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  process.env = saved;
  resetEnvCache();
  await handle.close();
});

let seq = 0;
async function publishedSite() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Traffic ${++seq}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  return { user, project, host: `${project.slug}.sites.test` };
}

type DayRow = { requests: string; visits: string; bytes: string; peak_rps: number; s2: string; s3: string; s4: string; s5: string };
async function storedOf(projectId: string) {
  const [day] = rowsOf<DayRow>(
    await handle.db
      .execute(sql`select requests, visits, bytes, peak_rps, status_2xx as s2, status_3xx as s3, status_4xx as s4, status_5xx as s5
      from public.site_traffic_days where project_id = ${projectId}`),
  );
  const pages = rowsOf<{ path: string; requests: string }>(
    await handle.db.execute(sql`select path, requests from public.site_traffic_pages where project_id = ${projectId}`),
  );
  const countries = rowsOf<{ country: string; requests: string }>(
    await handle.db.execute(sql`select country, requests from public.site_traffic_countries where project_id = ${projectId}`),
  );
  return {
    day,
    pages: new Map(pages.map((p) => [p.path, Number(p.requests)])),
    countries: new Map(countries.map((c) => [c.country, Number(c.requests)])),
  };
}

function expectStoredEquals(stored: Awaited<ReturnType<typeof storedOf>>, sent: LoadTally) {
  expect(stored.day).toBeDefined();
  const d = stored.day!;
  expect({
    requests: Number(d.requests),
    visits: Number(d.visits),
    bytes: Number(d.bytes),
    byClass: { '2xx': Number(d.s2), '3xx': Number(d.s3), '4xx': Number(d.s4), '5xx': Number(d.s5) },
  }).toEqual({ requests: sent.requests, visits: sent.visits, bytes: sent.bytes, byClass: sent.byClass });
  expect(stored.pages).toEqual(sent.pages);
  expect(stored.countries).toEqual(sent.countries);
  expect(d.peak_rps).toBeGreaterThanOrEqual(1);
  expect(d.peak_rps).toBeLessThanOrEqual(sent.requests);
}

describe('site traffic counters on the serving path', () => {
  it('counters equal what a load generator was answered: classes, bytes, visits, pages, countries', async () => {
    const { project, host } = await publishedSite();
    await flushSiteTraffic(); // start from an empty buffer
    // The home page's ETag, for revalidations (304) in the mix; this request is counted too.
    const { etag, tally: warm } = await etagOf(trustedPort, host, '/');
    const sent = await generateLoad({
      port: trustedPort,
      host,
      requests: mixedRequests(600, 1, etag),
      concurrency: 16,
      expectedCountry: expectedCountryOf,
    });
    // Every shape of answer really happened.
    expect(
      Object.values(sent.byClass)
        .slice(0, 3)
        .every((n) => n > 0),
    ).toBe(true);
    expect(sent.countries.get('unknown')).toBeGreaterThan(0);
    expect(sent.countries.get('DE')).toBeGreaterThan(0);
    await flushSiteTraffic();
    const stored = await storedOf(project.id);
    expectStoredEquals(stored, addTallies(warm, sent));
    // No address, cookie or user agent anywhere: the rows are counts.
    const columns = rowsOf<{ column_name: string }>(
      await handle.db.execute(sql`select column_name from information_schema.columns where table_name like 'site_traffic_%'`),
    ).map((c) => c.column_name);
    expect(columns.filter((c) => /ip|addr|agent|cookie|referr/i.test(c))).toEqual([]);
  });

  it("ignores a country header from a visitor who reaches the server directly (only the CDN's counts)", async () => {
    const { project, host } = await publishedSite();
    await flushSiteTraffic();
    await generateLoad({
      port: untrustedPort,
      host,
      requests: [
        { path: '/', headers: { 'cf-ipcountry': 'BR' } },
        { path: '/', headers: { 'x-vercel-ip-country': 'US' } },
      ],
      expectedCountry: () => 'unknown',
    });
    await flushSiteTraffic();
    expect((await storedOf(project.id)).countries).toEqual(new Map([['unknown', 2]]));
  });

  it('a failed write keeps the batch and its key: retried, counted once; during an outage one batch waits, the rest adds up', async () => {
    const { project, host } = await publishedSite();
    await flushSiteTraffic();
    await handle.executor.exec(`alter table public.site_traffic_days add constraint pm_test_block check (requests < 0) not valid`);
    const sent: LoadTally[] = [];
    try {
      // Two flushes fail: the first batch waits (with its key); what follows stays in the counter.
      for (const seed of [2, 3]) {
        sent.push(await generateLoad({ port: trustedPort, host, requests: mixedRequests(50, seed), expectedCountry: expectedCountryOf }));
        await expect(flushSiteTraffic()).rejects.toThrow();
      }
      expect((await storedOf(project.id)).day).toBeUndefined();
    } finally {
      await handle.executor.exec('alter table public.site_traffic_days drop constraint pm_test_block');
    }
    sent.push(await generateLoad({ port: trustedPort, host, requests: mixedRequests(30, 4), expectedCountry: expectedCountryOf }));
    // The waiting batch, then everything counted since in one: two writes, not three.
    expect((await flushSiteTraffic()).trafficBatches).toBe(2);
    expectStoredEquals(await storedOf(project.id), sent.reduce(addTallies));
  });

  it('a batch written twice with its key (a commit that landed before an error) counts once', async () => {
    const { project } = await publishedSite();
    const counter = new TrafficCounter();
    for (let i = 0; i < 5; i++) counter.count({ projectId: project.id, status: 200, bytes: 100, page: '/', country: 'BR', at: Date.now() });
    const batch = counter.take()!;
    expect(await unsafeRecordSiteTraffic(`test:${project.id}`, batch)).toBe(true);
    expect(await unsafeRecordSiteTraffic(`test:${project.id}`, batch)).toBe(false);
    const stored = await storedOf(project.id);
    expect(Number(stored.day!.requests)).toBe(5);
    expect(stored.pages).toEqual(new Map([['/', 5]]));
  });

  it('caps the pages a site keeps per day, in memory and in the table: random URLs fold into "other"', async () => {
    const { project } = await publishedSite();
    const at = Date.now();
    const counter = new TrafficCounter();
    // An attacker's 5,000 distinct page URLs in one batch: memory holds PAGES_PER_DAY of them.
    for (let i = 0; i < 5_000; i++) counter.count({ projectId: project.id, status: 200, bytes: 1, page: `/p${i}/`, country: 'BR', at });
    const first = counter.take()!;
    expect(first.pages.length).toBe(PAGES_PER_DAY + 1);
    expect(first.pages.find((p) => p.path === OTHER_PAGES)?.requests).toBe(5_000 - PAGES_PER_DAY);
    // Batches from other processes with further new pages: the table stays at the cap, and a
    // page already kept still counts on its own.
    await unsafeRecordSiteTraffic(`cap1:${project.id}`, first);
    counter.count({ projectId: project.id, status: 200, bytes: 1, page: '/p0/', country: 'BR', at });
    for (let i = 0; i < 300; i++) counter.count({ projectId: project.id, status: 200, bytes: 1, page: `/q${i}/`, country: 'BR', at });
    await unsafeRecordSiteTraffic(`cap2:${project.id}`, counter.take()!);
    const stored = await storedOf(project.id);
    expect(stored.pages.size).toBe(PAGES_PER_DAY + 1);
    expect(stored.pages.get('/p0/')).toBe(2);
    expect(stored.pages.get(OTHER_PAGES)).toBe(5_000 - PAGES_PER_DAY + 300);
    expect([...stored.pages.values()].reduce((a, b) => a + b, 0)).toBe(5_301);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'holds the page cap when two processes write the same site and day at once (the second waits for the first)',
    async () => {
      const { project } = await publishedSite();
      const at = Date.now();
      const batchOf = (prefix: string) => {
        const counter = new TrafficCounter();
        for (let i = 0; i < 150; i++)
          counter.count({ projectId: project.id, status: 200, bytes: 1, page: `/${prefix}${i}/`, country: 'BR', at });
        return counter.take()!;
      };
      // Process A's batch is written but not committed yet when process B's arrives.
      const a = postgres(handle.url!, { max: 1, onnotice: () => {} });
      try {
        let b: Promise<boolean> | undefined;
        await a.begin(async (tx) => {
          await tx`select private.record_site_traffic(${`raceA:${project.id}`}, ${JSON.stringify(batchOf('a'))}::text::jsonb, ${PAGES_PER_DAY}::integer)`;
          b = unsafeRecordSiteTraffic(`raceB:${project.id}`, batchOf('b'));
          // Commit only once B is really waiting on A's lock (as it would in production).
          for (;;) {
            const [row] = await handle.executor.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%record_site_traffic%'`,
            );
            if (row!.n > 0) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        });
        expect(await b).toBe(true);
      } finally {
        await a.end();
      }
      const stored = await storedOf(project.id);
      expect(stored.pages.size).toBe(PAGES_PER_DAY + 1);
      expect(stored.pages.get(OTHER_PAGES)).toBe(300 - PAGES_PER_DAY);
      expect(Number(stored.day!.requests)).toBe(300);
    },
  );

  it('records the peak requests in one second of the day', () => {
    const counter = new TrafficCounter();
    const base = Date.parse('2026-11-20T10:00:00.000Z');
    const hit = (ms: number) => counter.count({ projectId: 'p', status: 200, bytes: 0, page: null, country: 'unknown', at: base + ms });
    for (let i = 0; i < 3; i++) hit(i * 10); // 3 in second 0
    for (let i = 0; i < 7; i++) hit(1_000 + i * 10); // 7 in second 1
    const firstTake = counter.take()!;
    expect(firstTake.days[0]!.peak_rps).toBe(7);
    hit(1_500); // second 1 goes on across the take: 8
    hit(2_000);
    expect(counter.take()!.days[0]!.peak_rps).toBe(8);
  });

  it('keeps interleaved sites and a day change apart (the counter reuses the entry of the previous request)', () => {
    const counter = new TrafficCounter();
    const day1 = Date.parse('2026-11-20T23:59:59.000Z');
    const day2 = day1 + 2_000;
    const hit = (projectId: string, at: number, bytes: number) =>
      counter.count({ projectId, status: 200, bytes, page: '/', country: 'BR', at });
    hit('a', day1, 1);
    hit('b', day1, 10);
    hit('a', day1, 1);
    hit('b', day2, 1_000);
    hit('b', day2, 1_000);
    hit('a', day2, 100);
    const rows = counter
      .take()!
      .days.map((d) => `${d.project_id} ${d.day} ${d.requests} ${d.bytes}`)
      .sort();
    expect(rows).toEqual(['a 2026-11-20 2 2', 'a 2026-11-21 1 100', 'b 2026-11-20 1 10', 'b 2026-11-21 2 2000']);
    // After a take nothing is carried over into the next batch.
    hit('a', day2, 5);
    expect(counter.take()!.days.map((d) => `${d.project_id} ${d.requests} ${d.bytes}`)).toEqual(['a 1 5']);
  });

  it('validates countries and names pages by the site file, not the raw URL', () => {
    expect(countryOf('br', null)).toBe('BR');
    expect(countryOf(null, 'PT')).toBe('PT');
    for (const junk of ['XX', 'T1', 'ZZZ', '', '<b>', 'B']) expect(countryOf(junk, null)).toBe('unknown');
    expect(pagePathOf('index.html', '//%61?x=1')).toBe('/');
    expect(pagePathOf('about/index.html', '/about/?utm=x')).toBe('/about/');
    expect(pagePathOf(undefined, '/about/?utm=x')).toBe('/about/');
    expect(pagePathOf(undefined, `/${'a'.repeat(1000)}`).length).toBe(300);
  });

  // Issue 34 #5: the site's service worker fetching /offline.html when it installs made it the
  // "most viewed page" of every site in Insights and in the monthly PDF.
  it("counts a visit only for a page opened as a document: not the service worker's offline page, a fetch or a fallback by name", async () => {
    const { project, host } = await publishedSite();
    await flushSiteTraffic();
    const sent = await generateLoad({
      port: trustedPort,
      host,
      requests: [
        // What the site's service worker sends when it installs (cache.addAll): a fetch, not a navigation.
        { path: '/offline.html', headers: { 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' } },
        // The same from a client that sends no fetch metadata, and the not-found page by its name.
        { path: '/offline.html' },
        { path: '/404.html' },
        // A script fetching a page (the service worker refreshing it): not a person viewing it.
        { path: '/pt-BR/', headers: { 'sec-fetch-dest': 'empty' } },
        // People opening pages: a tab, an old browser without the header, a frame embedding the site.
        { path: '/', headers: { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' } },
        { path: '/' },
        { path: '/pt-BR/', headers: { 'sec-fetch-dest': 'iframe' } },
      ],
      concurrency: 1,
      expectedCountry: () => 'unknown',
    });
    expect(sent.byClass['2xx']).toBe(7);
    await flushSiteTraffic();
    const stored = await storedOf(project.id);
    expect(Number(stored.day!.requests)).toBe(7);
    expect(Number(stored.day!.visits)).toBe(3);
    expect(stored.pages).toEqual(
      new Map([
        ['/', 2],
        ['/pt-BR/', 1],
      ]),
    );
  });

  it('decides a page view from the method, status, type, page and fetch destination', () => {
    const view = {
      method: 'GET',
      status: 200,
      contentType: 'text/html; charset=utf-8',
      path: '/a/',
      sitePath: 'a/index.html',
      fetchDest: null,
    };
    expect(pageViewOf(view)).toBe('/a/');
    expect(pageViewOf({ ...view, status: 304, sitePath: undefined })).toBe('/a/');
    expect(pageViewOf({ ...view, path: '/offline.html', sitePath: undefined, status: 304 })).toBeNull();
    expect(pageViewOf({ ...view, path: '/offline.html', sitePath: 'offline.html' })).toBeNull();
    for (const dest of ['empty', 'script', 'style', 'image', 'serviceworker']) expect(pageViewOf({ ...view, fetchDest: dest })).toBeNull();
    expect(pageViewOf({ ...view, method: 'HEAD' })).toBeNull();
    expect(pageViewOf({ ...view, contentType: 'text/css' })).toBeNull();
    expect(pageViewOf({ ...view, status: 404 })).toBeNull();
  });

  it('counts nothing for hosts that are no site', async () => {
    recordSiteRequest({ host: 'nobody.sites.test', path: '/', method: 'GET', status: 404, headers: {}, bytes: 10, country: 'BR' });
    recordSiteRequest({ host: 'example.org', path: '/', method: 'GET', status: 404, headers: {}, bytes: 10, country: 'BR' });
    const before = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from public.site_traffic_days`))[0]!.n;
    await flushSiteTraffic();
    const after = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(*)::int as n from public.site_traffic_days`))[0]!.n;
    expect(after).toBe(before);
  });
});

describe('getTrafficSummary', () => {
  it('sums the range per site (days zero-filled, top pages and countries), and a client sees only their own sites', async () => {
    const a = await publishedSite();
    const b = await publishedSite();
    const counter = new TrafficCounter();
    const day1 = Date.parse('2026-10-30T12:00:00Z');
    const day3 = Date.parse('2026-11-01T08:00:00Z');
    const hit = (projectId: string, at: number, status: number, page: string | null, country: string, bytes = 1000) =>
      counter.count({ projectId, status, bytes, page, country, at });
    for (let i = 0; i < 4; i++) hit(a.project.id, day1, 200, '/', 'BR');
    hit(a.project.id, day1, 404, null, 'unknown');
    hit(a.project.id, day3, 200, '/about/', 'US');
    hit(a.project.id, day3, 301, null, 'US', 0);
    hit(b.project.id, day1, 200, '/', 'PT');
    await unsafeRecordSiteTraffic(`summary:${a.project.id}`, counter.take()!);

    const range = {
      projectIds: [a.project.id, b.project.id],
      from: new Date('2026-10-30T00:00:00Z'),
      to: new Date('2026-11-02T00:00:00Z'),
    };
    const all = await getTrafficSummary(handle.db, range);
    const sa = all.get(a.project.id)!;
    expect(sa.days.map((d) => d.day)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01']);
    expect(sa.days.map((d) => d.requests)).toEqual([5, 0, 2]);
    expect(sa.totals).toEqual({ requests: 7, visits: 5, bytes: 6000, peakRps: 5, byClass: { '2xx': 5, '3xx': 1, '4xx': 1, '5xx': 0 } });
    expect(sa.topPages).toEqual([
      { path: '/', requests: 4 },
      { path: '/about/', requests: 1 },
    ]);
    expect(sa.countries).toEqual([
      { country: 'BR', requests: 4 },
      { country: 'US', requests: 2 },
      { country: 'unknown', requests: 1 },
    ]);
    expect(all.get(b.project.id)!.totals.requests).toBe(1);

    // Under RLS: B's own site, and A's as if it had no traffic at all.
    const asB = await withRls(b.user.claims, (tx) => getTrafficSummary(tx, range));
    expect(asB.get(b.project.id)!.totals.requests).toBe(1);
    expect(asB.get(a.project.id)!.totals.requests).toBe(0);
    expect(asB.get(a.project.id)!.topPages).toEqual([]);
    expect(asB.get(a.project.id)!.countries).toEqual([]);
    // A range that ends mid-day includes that day; an empty or inverted range is refused.
    const partial = await getTrafficSummary(handle.db, { ...range, to: new Date('2026-10-30T13:00:00Z') });
    expect(partial.get(a.project.id)!.days.map((d) => d.requests)).toEqual([5]);
    await expect(getTrafficSummary(handle.db, { ...range, to: range.from })).rejects.toThrow();
    await expect(getTrafficSummary(handle.db, { ...range, projectIds: ["x' or 1=1 --"] })).rejects.toThrow();
  });
});

describe('getTrafficSummary: fallback pages counted before', () => {
  it('leaves /offline.html and /404.html rows out of the most viewed pages', async () => {
    const a = await publishedSite();
    const counter = new TrafficCounter();
    const at = Date.parse('2026-10-30T12:00:00Z');
    for (let i = 0; i < 9; i++) counter.count({ projectId: a.project.id, status: 200, bytes: 1, page: '/offline.html', country: 'BR', at });
    counter.count({ projectId: a.project.id, status: 200, bytes: 1, page: '/404.html', country: 'BR', at });
    counter.count({ projectId: a.project.id, status: 200, bytes: 1, page: '/', country: 'BR', at });
    await unsafeRecordSiteTraffic(`fallback:${a.project.id}`, counter.take()!);
    const range = { projectIds: [a.project.id], from: new Date('2026-10-30T00:00:00Z'), to: new Date('2026-10-31T00:00:00Z') };
    expect((await getTrafficSummary(handle.db, range)).get(a.project.id)!.topPages).toEqual([{ path: '/', requests: 1 }]);
  });
});

describe('site traffic tables: cross-tenant isolation', () => {
  it('the other client sees none of the rows and can change nothing; the rows are unchanged', async () => {
    const a = await publishedSite();
    const b = await publishedSite();
    const counter = new TrafficCounter();
    counter.count({ projectId: a.project.id, status: 200, bytes: 10, page: '/', country: 'BR', at: Date.now() });
    await unsafeRecordSiteTraffic(`rls:${a.project.id}`, counter.take()!);
    const before = await storedOf(a.project.id);
    const tables = ['site_traffic_days', 'site_traffic_pages', 'site_traffic_countries'] as const;
    for (const table of tables) {
      const own = await withRls(a.user.claims, (tx) =>
        tx.execute(sql`select 1 from ${sql.identifier('public')}.${sql.identifier(table)} where project_id = ${a.project.id}`),
      );
      expect(rowsOf(own).length, `${table}: the owner reads`).toBe(1);
      const other = await withRls(b.user.claims, (tx) =>
        tx.execute(sql`select 1 from ${sql.identifier('public')}.${sql.identifier(table)} where project_id = ${a.project.id}`),
      );
      expect(rowsOf(other), `${table}: the other client reads nothing`).toEqual([]);
      for (const write of [
        sql`update ${sql.identifier('public')}.${sql.identifier(table)} set requests = 0 where project_id = ${a.project.id}`,
        sql`delete from ${sql.identifier('public')}.${sql.identifier(table)} where project_id = ${a.project.id}`,
      ]) {
        // Owner and other client alike: counters are the serving process's to write.
        for (const who of [a, b]) await expect(withRls(who.user.claims, (tx) => tx.execute(write))).rejects.toThrow();
      }
    }
    await expect(
      withRls(b.user.claims, (tx) =>
        tx.execute(sql`insert into public.site_traffic_days (project_id, day, requests) values (${a.project.id}, '2026-01-01', 1)`),
      ),
    ).rejects.toThrow();
    expect(rowsOf(await withRls(b.user.claims, (tx) => tx.execute(sql`select 1 from public.site_traffic_batches`)))).toEqual([]);
    await expect(
      withRls(a.user.claims, (tx) => tx.execute(sql`select private.record_site_traffic('x-forged-key', '{}'::jsonb, 200)`)),
    ).rejects.toThrow();
    expect(await storedOf(a.project.id)).toEqual(before);
  });
});
