import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
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
import { deployments } from '@/modules/host/schema';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { removeDomain } from '@/modules/domains/remove-domain';
import { setPrimaryDomain } from '@/modules/domains/set-primary-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { unsafeRunDomainLifecycle } from '@/modules/domains/unsafe-run-domain-lifecycle';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 14: once a custom domain is live and primary, the published site is rebuilt so its
// canonical, hreflang, sitemap and Open Graph URLs use it; when it stops being the served primary
// (removed, another primary chosen, records wrong for 14 days), the site is rebuilt back. The
// rebuild takes the live version, never an unpublished draft.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const saved = { ...process.env };
const APEX_IP = '203.0.113.30';

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, {
    ROOT_DOMAIN: 'sites.test',
    APP_URL: 'https://app.test',
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
async function publishedSite() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Canonical ${++seq}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  const apex = `canon${Date.now().toString(36)}${seq}.com.br`;
  return { user, project, apex, www: `www.${apex}`, slugHost: `${project.slug}.sites.test` };
}

function pointDns(row: { name: string; isApex: boolean; verificationToken: string }) {
  dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
  dns.set(row.name, row.isApex ? { A: [APEX_IP] } : { CNAME: 'cname.sites.test' });
}

async function text(host: string, p: string): Promise<string> {
  const res = await serveSiteFile({ host, path: p, method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });
  expect(res.status, `${host}${p}`).toBe(200);
  return new TextDecoder().decode(res.body!);
}

/** The absolute URLs a built home page and sitemap carry. */
async function addressesOn(host: string) {
  const home = await text(host, '/');
  const sitemap = await text(host, '/sitemap.xml');
  return {
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1],
    ogUrl: /<meta property="og:url" content="([^"]+)"/.exec(home)?.[1],
    hreflang: [...home.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]),
    sitemap: [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
  };
}

function expectAllOn(addresses: Awaited<ReturnType<typeof addressesOn>>, origin: string) {
  expect(addresses.canonical).toBe(`${origin}/`);
  expect(addresses.ogUrl).toBe(`${origin}/`);
  expect(addresses.hreflang.length).toBeGreaterThan(0);
  expect(addresses.sitemap.length).toBeGreaterThan(0);
  for (const url of [...addresses.hreflang, ...addresses.sitemap]) expect(url!.startsWith(`${origin}/`), url).toBe(true);
}

describe('the canonical address follows the primary custom domain', () => {
  it('live primary → rebuilt on it; <slug> answers 301; removed → rebuilt back on <slug>', async () => {
    const { user, project, www, slugHost } = await publishedSite();
    expectAllOn(await addressesOn(slugHost), `https://${slugHost}`);

    const [row] = await addDomain(user.claims, { projectId: project.id, domain: www });
    await setPrimaryDomain(user.claims, { domainId: row!.id });
    pointDns(row!);
    expect((await verifyDomain(user.claims, { domainId: row!.id })).status).toBe('live');
    await runJobs();
    expectAllOn(await addressesOn(www), `https://${www}`);
    resetDomainRoutingCacheForTests(); // this process cached "no primary" for the project (a second, or a new process, clears it)
    const fromSlug = await serveSiteFile({
      host: slugHost,
      path: '/?a=1',
      method: 'GET',
      acceptEncoding: null,
      ifNoneMatch: null,
      isHttps: true,
    });
    expect(fromSlug.status).toBe(301);
    expect(fromSlug.headers.Location).toBe(`https://${www}/?a=1`);

    await removeDomain(user.claims, { domainId: row!.id });
    resetDomainRoutingCacheForTests();
    await runJobs();
    expectAllOn(await addressesOn(slugHost), `https://${slugHost}`);
  });

  it('switching the primary from www to the apex rebuilds on the apex; a domain that is not primary changes nothing', async () => {
    const { user, project, apex, www } = await publishedSite();
    const rows = await addDomain(user.claims, { projectId: project.id, domain: apex, withWww: true, primary: 'www' });
    for (const row of rows) {
      pointDns(row);
      expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('live');
    }
    await runJobs();
    expectAllOn(await addressesOn(www), `https://${www}`);
    const before = await handle.db.select({ id: deployments.id }).from(deployments).where(eq(deployments.projectId, project.id));

    // A second, non-primary domain going live: same canonical address, no rebuild.
    const [shop] = await addDomain(user.claims, { projectId: project.id, domain: `loja.${apex}` });
    pointDns(shop!);
    expect((await verifyDomain(user.claims, { domainId: shop!.id })).status).toBe('live');
    await runJobs();
    const after = await handle.db.select({ id: deployments.id }).from(deployments).where(eq(deployments.projectId, project.id));
    expect(after.length).toBe(before.length);

    await setPrimaryDomain(user.claims, { domainId: rows.find((r) => r.isApex)!.id });
    resetDomainRoutingCacheForTests();
    await runJobs();
    expectAllOn(await addressesOn(apex), `https://${apex}`);
  });

  it('rebuilds the live version, not a newer unpublished draft', async () => {
    const { user, project, www } = await publishedSite();
    const strings = veganBakery.i18n.strings;
    const draft = {
      ...veganBakery,
      i18n: { ...veganBakery.i18n, strings: { ...strings, en: { ...strings.en, 'hero.title': 'UNPUBLISHED DRAFT TITLE' } } },
    };
    await saveSiteVersion(user.claims, { projectId: project.id, document: draft, source: 'edit' });
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: www });
    await setPrimaryDomain(user.claims, { domainId: row!.id });
    pointDns(row!);
    await verifyDomain(user.claims, { domainId: row!.id });
    await runJobs();
    const home = await text(www, '/');
    expect(home).toContain(`href="https://${www}/"`);
    expect(home).not.toContain('UNPUBLISHED DRAFT TITLE');
  });

  it('a primary failing for 14 days stops being served, and the site is rebuilt back on <slug>', async () => {
    const { user, project, www, slugHost } = await publishedSite();
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: www });
    await setPrimaryDomain(user.claims, { domainId: row!.id });
    pointDns(row!);
    await verifyDomain(user.claims, { domainId: row!.id });
    await runJobs();
    expectAllOn(await addressesOn(www), `https://${www}`);

    dns.set(www, {}); // routing record removed
    const start = new Date();
    await unsafeRunDomainLifecycle({ now: new Date(start.getTime() + 10 * 3_600_000) });
    await runJobs();
    // Failing but within its grace period: still served, still canonical.
    resetDomainRoutingCacheForTests();
    expectAllOn(await addressesOn(www), `https://${www}`);

    // Move the failure 15 days back instead of waiting: the lifecycle and serving read failing_since.
    await handle.db.execute(sql`update public.domains set failing_since = now() - interval '15 days' where id = ${row!.id}`);
    await unsafeRunDomainLifecycle({ now: new Date() });
    resetDomainRoutingCacheForTests();
    await runJobs();
    const [latest] = await handle.db
      .select({ manifest: deployments.manifest })
      .from(deployments)
      .where(eq(deployments.projectId, project.id))
      .orderBy(desc(deployments.seq))
      .limit(1);
    expect(latest?.manifest?.baseUrl).toBe(`https://${slugHost}`);
    expectAllOn(await addressesOn(slugHost), `https://${slugHost}`);
  });
});
