import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { getDomainHosting, setDomainHostingForTests } from '@/lib/domain-hosting/domain-hosting';
import { createVercelDomainHosting, VercelApiError } from '@/lib/domain-hosting/vercel-domain-hosting';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { removeDomain } from '@/modules/domains/remove-domain';
import { unsafeRunDomainLifecycle } from '@/modules/domains/unsafe-run-domain-lifecycle';
import { ownershipValue } from '@/modules/domains/dns-records';
import { domains } from '@/modules/domains/schema';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { startVercelStandIn, type VercelStandIn } from '@tests/fakes/vercel/server';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 14: the Vercel adapter of the domain-hosting port (add the domain to the Vercel project,
// read its verification and DNS configuration), against a stand-in speaking Vercel's REST API;
// chosen by configuration, with Caddy's `ask` (nothing to register) as the default.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let vercel: VercelStandIn;
const saved = { ...process.env };
const PROJECT = 'prj_pagemagic';

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  vercel = await startVercelStandIn();
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'https://app.test', DNS_RESOLVERS: dns.server });
  resetEnvCache();
  setRateLimiterForTests(createMemoryLimiter());
});
afterEach(() => {
  setDomainHostingForTests(undefined);
  for (const key of ['VERCEL_API_TOKEN', 'VERCEL_PROJECT_ID', 'VERCEL_TEAM_ID', 'VERCEL_API_URL']) delete process.env[key];
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await vercel.close();
  await dns.close();
  await handle.close();
});

const adapter = (token = vercel.token) =>
  createVercelDomainHosting({ token, projectId: PROJECT, teamId: 'team_agency', apiUrl: vercel.url });
let seq = 0;
const unique = (label: string) => `${label}${++seq}.v${Date.now().toString(36)}.com.br`;

describe('the Vercel adapter', () => {
  it('adds a domain to the project (again is fine), reads verification and configuration, removes it (again is fine)', async () => {
    const hosting = adapter();
    const name = `www.${unique('add')}`;
    await hosting.attach(name);
    await hosting.attach(name);
    expect(vercel.domains.get(name)).toEqual({ projectId: PROJECT, verified: true });
    expect(await hosting.state(name)).toEqual({ attached: true, verified: true, misconfigured: true, verification: [] });
    vercel.configured.add(name);
    expect((await hosting.state(name))?.misconfigured).toBe(false);
    expect(vercel.calls.filter((c) => c.path.includes(name) || c.path.endsWith('/domains')).every((c) => c.teamId === 'team_agency')).toBe(
      true,
    );
    await hosting.detach(name);
    await hosting.detach(name);
    expect(vercel.domains.has(name)).toBe(false);
    expect((await hosting.state(name))?.attached).toBe(false);
  });

  it('a name another Vercel account holds needs its TXT challenge; one in use elsewhere is refused; a bad token is an error', async () => {
    const hosting = adapter();
    const claimed = unique('claimed');
    vercel.claimedElsewhere.add(claimed);
    await hosting.attach(claimed);
    const pending = await hosting.state(claimed);
    expect(pending?.verified).toBe(false);
    expect(pending?.verification[0]).toMatchObject({ type: 'TXT', domain: `_vercel.${claimed.split('.').slice(1).join('.')}` }); // the registrable domain
    vercel.challengeMet.add(claimed);
    expect((await hosting.state(claimed))?.verified).toBe(true);

    const taken = unique('taken');
    vercel.inUseElsewhere.add(taken);
    await expect(hosting.attach(taken)).rejects.toMatchObject({ status: 409, code: 'domain_already_in_use' });
    await expect(adapter('wrong').attach(unique('x'))).rejects.toBeInstanceOf(VercelApiError);
  });

  it('is chosen by configuration: VERCEL_API_TOKEN + VERCEL_PROJECT_ID → Vercel, otherwise Caddy’s ask', () => {
    expect(getDomainHosting().kind).toBe('caddy');
    Object.assign(process.env, { VERCEL_API_TOKEN: vercel.token, VERCEL_PROJECT_ID: PROJECT, VERCEL_API_URL: vercel.url });
    resetEnvCache();
    expect(getDomainHosting().kind).toBe('vercel');
  });
});

describe('domain checks on Vercel', () => {
  async function routedDomain(name: string) {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: `Vercel ${++seq}` });
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: name });
    dns.set(`_pagemagic.${name}`, { TXT: [ownershipValue(row!.verificationToken)] });
    dns.set(name, { CNAME: 'cname.sites.test' });
    return { user, row: row! };
  }

  it('a proven domain is added to the Vercel project, and is Live only once Vercel sees it configured; removing it removes it there', async () => {
    Object.assign(process.env, { VERCEL_API_TOKEN: vercel.token, VERCEL_PROJECT_ID: PROJECT, VERCEL_API_URL: vercel.url });
    resetEnvCache();
    const name = `www.${unique('live')}`;
    const { user, row } = await routedDomain(name);
    const first = await verifyDomain(user.claims, { domainId: row.id });
    expect(vercel.domains.has(name)).toBe(true);
    expect(first.status).toBe('verified');
    expect(first.checkResult?.hosting).toMatchObject({ provider: 'vercel', ok: false, misconfigured: true, error: null });

    vercel.configured.add(name);
    const second = await verifyDomain(user.claims, { domainId: row.id });
    expect(second.status).toBe('live');
    expect(second.checkResult?.hosting).toMatchObject({ ok: true, verified: true, misconfigured: false });

    await removeDomain(user.claims, { domainId: row.id });
    expect(vercel.domains.has(name)).toBe(false);
  });

  it('a proven domain the cleanup cron removes (still not routed after 30 days) leaves the Vercel project too', async () => {
    setDomainHostingForTests(adapter());
    const name = `loja.${unique('stale')}`;
    const { user, row } = await routedDomain(name);
    dns.set(name, {}); // proven, never routed
    expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('verified');
    expect(vercel.domains.has(name)).toBe(true);
    await unsafeRunDomainLifecycle({ now: new Date(Date.now() + 31 * 24 * 3600_000) });
    expect(await handle.db.select().from(domains).where(eq(domains.id, row.id))).toEqual([]);
    expect(vercel.domains.has(name)).toBe(false);
  });

  it('Vercel refusing the name (in use by another account) keeps it from going Live, with the reason recorded', async () => {
    setDomainHostingForTests(adapter());
    const name = `loja.${unique('refused')}`;
    vercel.inUseElsewhere.add(name);
    vercel.configured.add(name);
    const { user, row } = await routedDomain(name);
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('verified');
    expect(checked.checkResult?.hosting).toMatchObject({ ok: false, error: 'domain_already_in_use' });
  });

  it('with Caddy (no Vercel configured) nothing is registered and a routed domain is Live', async () => {
    const before = vercel.calls.length;
    const name = `www.${unique('caddy')}`;
    const { user, row } = await routedDomain(name);
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('live');
    expect(checked.checkResult?.hosting).toBeUndefined();
    expect(vercel.calls.length).toBe(before);
  });
});
