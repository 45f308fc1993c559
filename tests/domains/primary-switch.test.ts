import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
import { setPrimaryDomain } from '@/modules/domains/set-primary-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// A client changes a domain in this process (the owner's page, a server action) while the same
// process serves the site: the next request already follows the change. Issue 33's journey saw
// a switch of the main address answer for a second from a mix of cached and fresh routes — the old
// main address redirected to the new one, the new one still back to the old: a redirect loop.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const saved = { ...process.env };
const APEX_IP = '203.0.113.21';

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

const get = (host: string, p = '/') =>
  serveSiteFile({ host, path: p, method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });

async function liveApexAndWww() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Switch ${Date.now().toString(36)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  const apex = `troca${Date.now().toString(36)}.com.br`;
  const rows = await addDomain(user.claims, { projectId: project.id, domain: apex, withWww: true, primary: 'www' });
  for (const row of rows) {
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
    dns.set(row.name, row.isApex ? { A: [APEX_IP] } : { CNAME: 'cname.sites.test' });
    expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('live');
  }
  const idOf = (name: string) => rows.find((r) => r.name === name)!.id;
  return { user, apex, www: `www.${apex}`, idOf };
}

describe('a domain change made in this process', () => {
  it('switching the main address: at once the old one redirects to the new one and the new one serves (no loop)', async () => {
    const { user, apex, www, idOf } = await liveApexAndWww();
    // Both cached here: the apex redirecting to the www main address, the www serving.
    expect((await get(apex, '/menu?x=1')).headers.Location).toBe(`https://${www}/menu?x=1`);
    expect((await get(www)).status).toBe(200);

    await setPrimaryDomain(user.claims, { domainId: idOf(apex) });
    const fromOld = await get(www, '/menu?x=1');
    const atNew = await get(apex, '/menu?x=1');
    expect([fromOld.status, fromOld.headers.Location]).toEqual([301, `https://${apex}/menu?x=1`]);
    expect(atNew.status).not.toBe(301);
    expect(atNew.headers.Location).toBeUndefined();
  });

  it('removing a domain: its name is not served from the next request on', async () => {
    const { user, apex, www, idOf } = await liveApexAndWww();
    expect((await get(www)).status).toBe(200);
    await removeDomain(user.claims, { domainId: idOf(www) });
    expect((await get(www)).status).toBe(404);
    expect((await get(apex)).status).toBe(200);
  });
});
