import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { removeDomain } from '@/modules/domains/remove-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { GET as tlsAllowed } from '@/app/api/domains/tls-allowed/route';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Custom domains on the serving path: a live domain serves its project like `<slug>` hosts do,
// the other addresses redirect to the primary one, Caddy's `ask` allows only proven domains, and a
// change made elsewhere (another process) reaches this process's cache.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const saved = { ...process.env };
const APEX_IP = '203.0.113.20';

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, {
    ROOT_DOMAIN: 'sites.test',
    APP_URL: 'http://app.test',
    DNS_RESOLVERS: dns.server,
    DOMAIN_A_RECORDS: APEX_IP,
  });
  resetEnvCache();
  resetDomainRoutingCacheForTests();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

let seq = 0;
async function liveSiteWithDomains(before?: (slugHost: string) => Promise<void>) {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Routing ${++seq}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  await before?.(`${project.slug}.sites.test`);
  const apex = `padaria${Date.now().toString(36)}${seq}.com.br`;
  const rows = await addDomain(user.claims, { projectId: project.id, domain: apex, withWww: true, primary: 'www' });
  for (const row of rows) {
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
    dns.set(row.name, row.isApex ? { A: [APEX_IP] } : { CNAME: 'cname.sites.test' });
    expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('live');
  }
  return { user, project, apex, www: `www.${apex}`, rows, slugHost: `${project.slug}.sites.test` };
}

const get = (host: string, p = '/') =>
  serveSiteFile({ host, path: p, method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });
const ask = (domain: string) => tlsAllowed(new NextRequest(`http://app.test/api/domains/tls-allowed?domain=${encodeURIComponent(domain)}`));

describe('serving custom domains', () => {
  it('the primary domain serves the live site with the same headers as the <slug> host did', async () => {
    let slugPage: Awaited<ReturnType<typeof get>> | undefined;
    const { www } = await liveSiteWithDomains(async (slugHost) => {
      slugPage = await get(slugHost);
    });
    const page = await get(www.toUpperCase() + ':443');
    expect(page.status).toBe(200);
    expect(slugPage!.status).toBe(200);
    // Every header but those of the bytes themselves (a rebuild for the primary domain changes
    // canonical URLs, so its ETag and length may differ): issue 33.10, "exists" was not "same".
    const comparable = (headers: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(headers).filter(([name]) => !['Date', 'Age', 'ETag', 'Content-Length', 'Last-Modified'].includes(name)),
      );
    expect(comparable(page.headers)).toEqual(comparable(slugPage!.headers));
    for (const name of ['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Content-Type']) {
      expect(page.headers[name], name).toBeTruthy();
    }
  });

  it('the apex and the <slug> address answer 301 to the primary, keeping path and query', async () => {
    const { apex, www, slugHost } = await liveSiteWithDomains();
    const fromApex = await get(apex, '/cardapio/?lang=pt#x');
    expect(fromApex.status).toBe(301);
    expect(fromApex.headers.Location).toBe(`https://${www}/cardapio/?lang=pt#x`);
    const fromSlug = await get(slugHost, '//evil.example/menu?a=1&b=2');
    expect(fromSlug.status).toBe(301);
    expect(fromSlug.headers.Location).toBe(`https://${www}/evil.example/menu?a=1&b=2`);
  });

  it('unknown, waiting and other tenants’ unproven hosts get the neutral 404', async () => {
    const { project, user } = await liveSiteWithDomains();
    const [waiting] = await addDomain(user.claims, { projectId: project.id, domain: `loja.waiting${++seq}.com.br` });
    for (const host of ['nobody-has-this.com.br', waiting!.name, 'app.test']) expect((await get(host)).status, host).toBe(404);
  });
});

describe('Caddy’s ask endpoint', () => {
  it('allows proven domains only: 404 for waiting, unknown, malformed, our own hosts', async () => {
    const { apex, www, project, user, slugHost } = await liveSiteWithDomains();
    const [waiting] = await addDomain(user.claims, { projectId: project.id, domain: `shop.ask${++seq}.com.br` });
    expect((await ask(www)).status).toBe(200);
    expect((await ask(apex)).status).toBe(200);
    for (const refused of [waiting!.name, 'unknown-domain.com', slugHost, 'sites.test', 'app.test', '', '../../etc', 'a'.repeat(300)]) {
      expect((await ask(refused)).status, refused).toBe(404);
    }
  });
});

describe('Caddy’s ask over a domain’s lifecycle (issue 33.5)', () => {
  it('says yes while the domain is proven and served, and no once it is past its grace period or removed', async () => {
    const { www, rows, user } = await liveSiteWithDomains();
    const id = rows.find((r) => r.name === www)!.id;
    const setState = async (status: string, failingDaysAgo: number | null) => {
      await handle.db.execute(sql`update public.domains set status = ${status},
        failing_since = ${failingDaysAgo === null ? null : new Date(Date.now() - failingDaysAgo * 86_400_000).toISOString()}::timestamptz
        where id = ${id}`);
      resetDomainRoutingCacheForTests();
    };
    const states: Array<[string, string, number | null, number]> = [
      ['live', 'live', null, 200],
      ['verified, not routed yet (Caddy must be able to get its first certificate)', 'verified', null, 200],
      ['failing for 1 day', 'needs_attention', 1, 200],
      ['failing for 13 days, still in its grace period', 'needs_attention', 13, 200],
      ['failing for 15 days, no longer served', 'needs_attention', 15, 404],
      ['failing for 400 days', 'needs_attention', 400, 404],
      ['released back to waiting (someone else proved the name)', 'waiting', null, 404],
    ];
    for (const [label, status, failingDaysAgo, expected] of states) {
      await setState(status, failingDaysAgo);
      expect((await ask(www)).status, label).toBe(expected);
      expect((await get(www)).status === 200, `${label}: served`).toBe(expected === 200 && status !== 'verified');
    }
    await setState('live', null);
    expect((await ask(www)).status).toBe(200);
    await removeDomain(user.claims, { domainId: id });
    resetDomainRoutingCacheForTests();
    expect((await ask(www)).status, 'removed').toBe(404);
  });
});

describe('the routing cache across processes', () => {
  it('a domain removed by another process stops being served here within about a second', async () => {
    const { www, rows } = await liveSiteWithDomains();
    expect((await get(www)).status).toBe(200); // cached in this process now
    // "Another process": a write on the database that this process's code never sees.
    await handle.db.execute(sql`delete from public.domains where id = ${rows.find((r) => r.name === www)!.id}`);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await get(www)).status).toBe(404);
    expect((await ask(www)).status).toBe(404);
  });
});
