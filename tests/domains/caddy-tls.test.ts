import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';
import type { LookupFunction } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { createTlsCertificateProbe, setCertificateProbeForTests } from '@/lib/tls/certificate-probe';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { createProject } from '@/modules/projects/create-project';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { resetDomainRoutingCacheForTests } from '@/modules/domains/unsafe-domain-routing';
import { unsafeRunDomainLifecycle } from '@/modules/domains/unsafe-run-domain-lifecycle';
import { domains } from '@/modules/domains/schema';
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
    expect(shake.cert.issuer.CN).toMatch(/Page Magic test intermediate/); // Caddy's internal CA, with our test root
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

describe('certificate observation through a TLS handshake (the production probe, pointed at this Caddy)', () => {
  const probeVia = (withCaddyRoot: boolean) =>
    createTlsCertificateProbe({
      connectTo: { host: '127.0.0.1', port: caddy.httpsPort },
      ...(withCaddyRoot ? { ca: readFileSync(caddy.rootCertPath) } : {}),
      timeoutMs: 15_000,
    });
  afterEach(() => setCertificateProbeForTests(undefined));

  async function provenDomain() {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Cert ${++seq}` });
    const name = `www.cert${++seq}x${Date.now().toString(36)}.com.br`;
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: name });
    dns.set(`_pagemagic.${name}`, { TXT: [ownershipValue(row!.verificationToken)] });
    dns.set(name, { CNAME: 'cname.sites.test' });
    return { user, row: row!, name };
  }

  it('a newly proven domain is Live only once Caddy serves it a trusted certificate; issuer and expiry are recorded', async () => {
    setCertificateProbeForTests(probeVia(true));
    const { user, row, name } = await provenDomain();
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('live');
    const certificate = checked.checkResult?.certificate;
    expect(certificate?.ok).toBe(true);
    expect(certificate?.problem).toBe('none');
    expect(certificate?.issuer).toBe('Page Magic test CA');
    expect(new Date(certificate!.validTo!).getTime()).toBeGreaterThan(Date.now() + 20 * 86_400_000);
    expect(upstream.asks).toContainEqual({ domain: name, status: 200 });
  }, 60_000);

  it('routed but served an untrusted certificate: not Live — Verified, then Needs attention once it was Live, saying why', async () => {
    const { user, row } = await provenDomain();
    setCertificateProbeForTests(probeVia(false)); // Caddy's root not trusted: as if a self-signed certificate were served
    const first = await verifyDomain(user.claims, { domainId: row.id });
    expect(first.status).toBe('verified');
    expect(first.checkResult?.certificate?.problem).toBe('untrusted');

    setCertificateProbeForTests(probeVia(true));
    expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('live');
    setCertificateProbeForTests(probeVia(false));
    const broken = await verifyDomain(user.claims, { domainId: row.id });
    expect(broken.status).toBe('needs_attention');
    expect(broken.checkResult?.certificate).toMatchObject({ ok: false, problem: 'untrusted' });
  }, 60_000);

  it('a certificate that lapses within 14 days without being renewed needs attention (the cron, with a controllable clock)', async () => {
    setCertificateProbeForTests(probeVia(true));
    const { user, row } = await provenDomain();
    const live = await verifyDomain(user.claims, { domainId: row.id });
    expect(live.status).toBe('live');
    const validTo = new Date(live.checkResult!.certificate!.validTo!);
    // Ten days before it lapses, Caddy still serves the same certificate (nothing renewed it).
    const later = new Date(validTo.getTime() - 10 * 86_400_000);
    await unsafeRunDomainLifecycle({ now: later });
    const [after] = await handle.db.select().from(domains).where(eq(domains.id, row.id));
    expect(after?.status).toBe('needs_attention');
    expect(after?.checkResult?.certificate).toMatchObject({ ok: false, problem: 'expiring' });
  }, 60_000);
});
