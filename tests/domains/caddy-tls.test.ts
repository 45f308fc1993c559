import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/generate/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { startCaddy, type RunningCaddy } from '@tests/helpers/caddy';
import { runJobs } from '@tests/helpers/jobs';
import { startSiteUpstream, type SiteUpstream } from '@tests/helpers/site-upstream';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 14, TLS: a real Caddy (Debian's package; installed by locateCaddy when missing) with
// on-demand TLS from its internal CA, asking the app's /api/domains/tls-allowed, in front of the
// site-serving code on loopback. Every name resolves to 127.0.0.1 through a lookup override (what
// curl's --resolve does). A proven domain gets a certificate and its site over HTTPS; a name that
// is only added (waiting for DNS), or unknown, gets no certificate — Caddy asked, and was refused.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let upstream: SiteUpstream;
let caddy: RunningCaddy;
const saved = { ...process.env };

const toLoopback: LookupFunction = (_host, options, callback) => {
  if (options.all)
    (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'https://app.test', DNS_RESOLVERS: dns.server });
  resetEnvCache();
  resetDomainRoutingCacheForTests();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
  setRateLimiterForTests(createMemoryLimiter());
  upstream = await startSiteUpstream();
  caddy = await startCaddy({ askUrl: `${upstream.origin}/api/domains/tls-allowed`, upstream: upstream.origin });
}, 60_000);
afterAll(async () => {
  await caddy?.stop();
  await upstream?.close();
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

/** The certificate Caddy presents for `name` (SNI), or the handshake's error. */
function handshake(name: string): Promise<{ cert: PeerCertificate } | { error: Error }> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host: '127.0.0.1', port: caddy.httpsPort, servername: name, rejectUnauthorized: false });
    socket.setTimeout(15_000, () => socket.destroy(new Error('handshake timed out')));
    socket.once('secureConnect', () => {
      resolve({ cert: socket.getPeerCertificate() });
      socket.end();
    });
    socket.once('error', (error) => resolve({ error }));
  });
}

/** GET https://<name>/<path> through Caddy, trusting only Caddy's internal root (like curl --resolve --cacert). */
function fetchOverTls(name: string, p = '/'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: name,
        port: caddy.httpsPort,
        path: p,
        method: 'GET',
        lookup: toLoopback,
        ca: readFileSync(caddy.rootCertPath),
        servername: name,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.once('error', reject);
    req.end();
  });
}

let seq = 0;
async function siteWithDomain(prove: boolean) {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Caddy ${++seq}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  await requestPublish(user.claims, { projectId: project.id });
  await runJobs();
  const name = `loja${++seq}.caddy${Date.now().toString(36)}.com.br`;
  const [row] = await addDomain(user.claims, { projectId: project.id, domain: name });
  if (prove) {
    dns.set(`_pagemagic.${name}`, { TXT: [ownershipValue(row!.verificationToken)] });
    dns.set(name, { CNAME: 'cname.sites.test' });
    expect((await verifyDomain(user.claims, { domainId: row!.id })).status).toBe('live');
    await runJobs();
    resetDomainRoutingCacheForTests();
  }
  return { name };
}

describe('Caddy on-demand TLS in front of the app', () => {
  it('a proven domain gets a certificate from Caddy and its site over HTTPS', async () => {
    const { name } = await siteWithDomain(true);
    const shake = await handshake(name);
    if ('error' in shake) throw new Error(`no certificate for ${name}: ${shake.error.message}\n${caddy.log().slice(-2_000)}`);
    expect(shake.cert.subjectaltname).toContain(`DNS:${name}`);
    expect(shake.cert.issuer.CN).toMatch(/Caddy Local Authority/);
    expect(upstream.asks).toContainEqual({ domain: name, status: 200 });

    const page = await fetchOverTls(name);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['strict-transport-security']).toBeTruthy(); // the app saw X-Forwarded-Proto: https
    expect(page.body).toContain(`<link rel="canonical" href="https://${name}/"`);
  }, 60_000);

  it('a domain only added (waiting for DNS) and an unknown one get no certificate: Caddy asked, the app said no', async () => {
    const { name: waiting } = await siteWithDomain(false);
    const unknown = `nobody${Date.now().toString(36)}.example.com`;
    for (const name of [waiting, unknown]) {
      const shake = await handshake(name);
      expect('error' in shake, `${name} got a certificate`).toBe(true);
      expect(upstream.asks).toContainEqual({ domain: name, status: 404 });
      await expect(fetchOverTls(name)).rejects.toThrow();
    }
  }, 60_000);
});
