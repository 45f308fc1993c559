import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { rdapBaseFor } from '@/lib/rdap/lookup-registration';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { runDomainCheck } from '@/modules/domains/verify-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { startRdapStandIn, type RdapStandIn } from '@tests/fakes/rdap/server';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// Issue 14 (optional part): a custom domain's registration expiry from RDAP, found through an RFC
// 9224 bootstrap (bundled, or RDAP_BOOTSTRAP_FILE — here one pointing `.br` at a local RDAP server),
// looked up at most once a day, and kept when the registry does not answer.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let rdap: RdapStandIn;
const saved = { ...process.env };
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  rdap = await startRdapStandIn();
  const bootstrap = path.join(mkdtempSync(path.join(tmpdir(), 'pm-rdap-')), 'dns.json');
  writeFileSync(bootstrap, JSON.stringify({ version: '1.0', services: [[['br'], [rdap.url]]] }));
  Object.assign(process.env, {
    ROOT_DOMAIN: 'sites.test',
    APP_URL: 'https://app.test',
    DNS_RESOLVERS: dns.server,
    RDAP_BOOTSTRAP_FILE: bootstrap,
  });
  resetEnvCache();
  setRateLimiterForTests(createMemoryLimiter());
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await rdap.close();
  await dns.close();
  await handle.close();
});

describe('registration expiry over RDAP', () => {
  it('the bundled bootstrap finds the registry by the longest matching suffix; unknown endings have none', () => {
    const bundled = {
      services: [
        [['br'], ['https://rdap.registro.br/']],
        [['com.br'], ['https://example.invalid/combr']],
      ] as [string[], string[]][],
    };
    expect(rdapBaseFor('padaria.com.br', bundled)).toBe('https://example.invalid/combr/');
    expect(rdapBaseFor('padaria.org.br', bundled)).toBe('https://rdap.registro.br/');
    expect(rdapBaseFor('padaria.example', bundled)).toBeNull();
  });

  it('records expiry and registrar of the registrable domain, looks again only after a day, keeps it when the registry fails', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const project = await createProject(user.claims, { name: 'RDAP' });
    const apex = `rdap${Date.now().toString(36)}.com.br`;
    const expiresAt = new Date(Date.now() + 20 * DAY);
    rdap.register(apex, { expiresAt, registrar: 'Registro Exemplo Ltda' });
    const [row] = await addDomain(user.claims, { projectId: project.id, domain: `www.${apex}` });
    dns.set(`_pagemagic.www.${apex}`, { TXT: [ownershipValue(row!.verificationToken)] });
    dns.set(`www.${apex}`, { CNAME: 'cname.sites.test' });

    const now = new Date();
    const first = await runDomainCheck(row!, { now });
    expect(first?.domain.checkResult?.registration).toEqual({
      expiresAt: expiresAt.toISOString(),
      registrar: 'Registro Exemplo Ltda',
      checkedAt: now.toISOString(),
    });
    expect(rdap.requests.filter((r) => r === `/domain/${apex}`)).toHaveLength(1);

    const again = await runDomainCheck(first!.domain, { now: new Date(now.getTime() + 3_600_000) });
    expect(rdap.requests.filter((r) => r === `/domain/${apex}`)).toHaveLength(1);
    expect(again?.domain.checkResult?.registration?.registrar).toBe('Registro Exemplo Ltda');

    rdap.register(apex, { expiresAt: new Date(Date.now() + 385 * DAY), registrar: 'Registro Exemplo Ltda' });
    const renewed = await runDomainCheck(again!.domain, { now: new Date(now.getTime() + DAY + 60_000) });
    expect(rdap.requests.filter((r) => r === `/domain/${apex}`)).toHaveLength(2);
    expect(Date.parse(renewed!.domain.checkResult!.registration!.expiresAt!)).toBeGreaterThan(Date.now() + 300 * DAY);

    await rdap.close().catch(() => undefined);
    const kept = await runDomainCheck(renewed!.domain, { now: new Date(now.getTime() + 3 * DAY) });
    expect(kept?.domain.checkResult?.registration?.expiresAt).toBe(renewed!.domain.checkResult!.registration!.expiresAt);
  });
});
