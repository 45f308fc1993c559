import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { parseTrustedProxies } from '@/lib/http/resolve-client-ip';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { addDomain } from '@/modules/domains/add-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { leads } from '@/modules/host/schema';
import { requestPublish } from '@/modules/host/request-publish';
import { SITE_CSP } from '@/modules/host/serve-site-file';
import { createFrontListener, createSiteRequestListener } from '@/modules/host/site-request-listener';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';
import { usageEvents } from '@/modules/metering/schema';
import { createProject } from '@/modules/projects/create-project';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The site server as `npm start`'s front runs it (scripts/server.ts): a real node:http server on
// loopback, the app's host handed to a stand-in for Next, every other host answered by the site
// server from the database and blob store. Requests go over real sockets with their own Host.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let server: Server;
let port = 0;
const appRequests: { url: string; headers: IncomingHttpHeaders }[] = [];
const siteErrors: unknown[] = [];
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
  const site = createSiteRequestListener({ onError: (err) => siteErrors.push(err) });
  server = createServer(
    createFrontListener({
      // The test's own connection (loopback) stands for Caddy: a trusted proxy.
      trusted: parseTrustedProxies('127.0.0.1, ::1'),
      site,
      app: (req, res) => {
        appRequests.push({ url: req.url ?? '', headers: { ...req.headers } });
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('next');
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };
function call(host: string, p = '/', init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: p, method: init.method ?? 'GET', headers: { host, ...init.headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

let seq = 0;
async function publishedSite() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Site server ${++seq}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  return { user, project, host: `${project.slug}.sites.test` };
}

async function withCustomDomains() {
  const site = await publishedSite();
  const apex = `padaria${Date.now().toString(36)}${seq}.com.br`;
  const rows = await addDomain(site.user.claims, { projectId: site.project.id, domain: apex, withWww: true, primary: 'www' });
  for (const row of rows) {
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
    dns.set(row.name, row.isApex ? { A: [APEX_IP] } : { CNAME: 'cname.sites.test' });
    expect((await verifyDomain(site.user.claims, { domainId: row.id })).status).toBe('live');
  }
  return { ...site, apex, www: `www.${apex}` };
}

async function bandwidthOf(projectId: string): Promise<number> {
  const rows = await handle.db
    .select({ quantity: usageEvents.quantity })
    .from(usageEvents)
    .where(and(eq(usageEvents.projectId, projectId), eq(usageEvents.metric, 'bandwidth_bytes')));
  return rows.reduce((sum, row) => sum + Number(row.quantity), 0);
}

describe('site server (npm start front, node:http)', () => {
  it('serves a <slug> host with the site headers and its own br/gzip bodies; HEAD and If-None-Match as before', async () => {
    const { host } = await publishedSite();
    const html = await call(host, '/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(html.status).toBe(200);
    expect(html.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(html.body).toString()).toContain('<!doctype html>');
    // The page's policy: the site's, with its one inline stylesheet allowed by hash.
    expect(html.headers['content-security-policy']).toMatch(
      /^default-src 'none'; script-src 'self'; style-src 'self' 'sha256-[A-Za-z0-9+/]+={0,2}'; /,
    );
    expect(String(html.headers['content-security-policy']).replace(/ 'sha256-[^']+'/, '')).toBe(SITE_CSP);
    expect(html.headers['x-content-type-options']).toBe('nosniff');
    expect(html.headers['cache-control']).toBe('public, max-age=0, s-maxage=60, must-revalidate');
    expect(html.headers['content-length']).toBe(String(html.body.byteLength));
    expect(html.headers['strict-transport-security']).toBeUndefined();

    const gzip = await call(host, '/', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(brotliDecompressSync(html.body))).toBe(true);
    const plain = await call(host, '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(gunzipSync(gzip.body))).toBe(true);

    const head = await call(host, '/', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers.etag).toBe(html.headers.etag);
    const notModified = await call(host, '/', { headers: { 'if-none-match': `W/${html.headers.etag}` } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.byteLength).toBe(0);

    const page = await call(host, '/pt-BR');
    expect([page.status, page.headers.location]).toEqual([308, '/pt-BR/']);
    const missing = await call(host, '/no-such-page/');
    expect([missing.status, missing.headers['x-site-path'], missing.headers['cache-control']]).toEqual([404, '404.html', 'no-store']);
    const put = await call(host, '/', { method: 'PUT', body: 'x' });
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('answers OPTIONS, PUT, DELETE and PATCH with 405 and the methods each path takes (POST on the forms), on slug and custom hosts', async () => {
    const { host, www } = await withCustomDomains();
    // The `<slug>` host of a site with a primary custom domain redirects GETs; other methods are still refused.
    for (const siteHost of [www, host]) {
      for (const method of ['OPTIONS', 'PUT', 'DELETE', 'PATCH']) {
        for (const [p, allow] of [
          ['/', 'GET, HEAD'],
          ['/pt-BR/', 'GET, HEAD'],
          ['/no-such-file.css', 'GET, HEAD'],
          ['/__forms/lead', 'GET, HEAD, POST'],
          ['/__forms/confirm?t=abc', 'GET, HEAD, POST'],
        ] as const) {
          // Node's client sends DELETE and OPTIONS without a length, so only PUT and PATCH carry a body.
          const answer = await call(siteHost, p, { method, ...(method === 'PUT' || method === 'PATCH' ? { body: 'x=1' } : {}) });
          expect([answer.status, answer.headers.allow, answer.headers['content-security-policy']], `${method} ${siteHost}${p}`).toEqual([
            405,
            allow,
            SITE_CSP,
          ]);
          expect(answer.body.byteLength).toBe(0);
        }
      }
    }
    // A host nobody serves has no methods to offer: the neutral 404 whatever the method.
    expect((await call('nobody.sites.test', '/', { method: 'OPTIONS' })).status).toBe(404);
  });

  it('serves a live custom domain; its other addresses answer 301 to the primary; https from the proxy adds HSTS', async () => {
    const { host, apex, www } = await withCustomDomains();
    const live = await call(www, '/pt-BR/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(live.status).toBe(200);
    expect(live.body.toString()).toContain('<html lang="pt-BR"');
    expect(live.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect((await call(apex, '/pt-BR/?a=1', { headers: { 'x-forwarded-proto': 'https' } })).headers.location).toBe(
      `https://${www}/pt-BR/?a=1`,
    );
    const fromSlug = await call(host, '/');
    expect([fromSlug.status, fromSlug.headers.location]).toEqual([301, `http://${www}/`]);
  });

  it('answers unknown hosts with the neutral 404 and hands the app host, only it, to Next', async () => {
    for (const host of ['nobody.sites.test', 'evil.example.com', 'sites.test']) {
      const answer = await call(host, '/dashboard');
      expect([answer.status, answer.headers['content-security-policy']], host).toEqual([404, SITE_CSP]);
      expect(answer.body.toString()).toContain('Nothing here yet');
    }
    expect(appRequests).toEqual([]);
    const app = await call('app.test', '/dashboard?x=1', { headers: { 'x-pm-client-ip': '6.6.6.6', 'x-forwarded-for': '198.51.100.7' } });
    expect(app.body.toString()).toBe('next');
    expect(appRequests).toHaveLength(1);
    expect(appRequests[0]!.url).toBe('/dashboard?x=1');
    // The caller as the front resolved it, never the copy the client wrote.
    expect(appRequests[0]!.headers['x-pm-client-ip']).toBe('198.51.100.7');
  });

  it('takes the lead form (stored once, answer page, back link) and refuses an oversized body', async () => {
    const { project, host } = await publishedSite();
    const form = new URLSearchParams({
      name: 'Maria',
      email: 'maria@example.com',
      message: 'Entregam no domingo?',
      section_id: 'contact',
      page: '',
      locale: 'pt-BR',
      company_website: '',
    });
    const answer = await call(host, '/__forms/lead', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
      body: form.toString(),
    });
    expect(answer.status).toBe(200);
    // The answer page's policy: the site's, with the stylesheet it embeds allowed by hash (never 'unsafe-inline').
    expect(String(answer.headers['content-security-policy']).replace(/ 'sha256-[^']+'/, '')).toBe(SITE_CSP);
    expect(answer.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(answer.body.toString()).toContain('href="/pt-BR/"');
    const stored = await handle.db.select().from(leads).where(eq(leads.projectId, project.id));
    expect(stored.map((lead) => [lead.name, lead.email])).toEqual([['Maria', 'maria@example.com']]);

    const big = await call(host, '/__forms/lead', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `name=${'x'.repeat(40 * 1024)}`,
    });
    expect(big.status).toBe(400);
    expect(big.headers.connection).toBe('close');
    expect(await handle.db.select().from(leads).where(eq(leads.projectId, project.id))).toHaveLength(1);
    expect(siteErrors).toEqual([]);
  });

  it('meters the bytes on the wire exactly once: GETs count, HEAD and 304 do not', async () => {
    const { project, host } = await publishedSite();
    await flushSiteTraffic();
    const before = await bandwidthOf(project.id);
    let wire = 0;
    for (const encoding of ['br', 'gzip', '', 'br']) {
      const answer = await call(host, '/', { headers: { 'accept-encoding': encoding } });
      wire += answer.body.byteLength;
    }
    const css = await call(host, '/', { method: 'HEAD' });
    const etag = String(css.headers.etag);
    expect((await call(host, '/', { headers: { 'if-none-match': etag } })).status).toBe(304);
    await flushSiteTraffic();
    // The listener's own delayed flush finds nothing left to write (no double count).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await flushSiteTraffic();
    expect((await bandwidthOf(project.id)) - before).toBe(wire);
  });
});
