import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { listDomains } from '@/modules/domains/list-domains';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { ownershipValue } from '@/modules/domains/dns-records';
import { isDomainServing } from '@/modules/domains/domain-status';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Verification against a real DNS server on loopback whose records each test changes: the app
// asks it through node:dns's Resolver (DNS_RESOLVERS), exactly as it asks public resolvers.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const saved = { ...process.env };
const APEX_IP = '203.0.113.10';
const CNAME = 'cname.pagemagic.test';

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, { DNS_RESOLVERS: dns.server, ROOT_DOMAIN: 'pagemagic.test', DOMAIN_A_RECORDS: APEX_IP });
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

let seq = 0;
const uniqueApex = () => `loja${Date.now().toString(36)}${++seq}.com.br`;

async function owner(): Promise<TestUser & { projectId: string }> {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: 'Loja' });
  return { ...user, projectId: project.id };
}

async function add(user: TestUser & { projectId: string }, domain: string) {
  const [row] = await addDomain(user.claims, { projectId: user.projectId, domain });
  return row!;
}

const record = (d: { checkResult: { records: { kind: string; ok: boolean; found: string[] }[] } | null }, kind: string) =>
  d.checkResult?.records.find((r) => r.kind === kind);

describe('checking a domain’s DNS', () => {
  it('no TXT record: still waiting, and the page can say which record is missing', async () => {
    const user = await owner();
    const row = await add(user, `www.${uniqueApex()}`);
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('waiting');
    expect(record(checked, 'TXT')).toMatchObject({ ok: false, found: [] });
    expect(record(checked, 'CNAME')).toMatchObject({ ok: false, found: [] });
    expect(checked.lastCheckedAt).toBeInstanceOf(Date);
  });

  it('a TXT record with the wrong token does not prove ownership', async () => {
    const user = await owner();
    const row = await add(user, `www.${uniqueApex()}`);
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue('f'.repeat(32))] });
    dns.set(row.name, { CNAME: CNAME });
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('waiting');
    expect(record(checked, 'TXT')).toMatchObject({ ok: false, found: [ownershipValue('f'.repeat(32))] });
    expect(record(checked, 'CNAME')!.ok).toBe(true);
  });

  it('the right TXT with a CNAME pointing elsewhere: verified (owned), not live', async () => {
    const user = await owner();
    const row = await add(user, `loja.${uniqueApex()}`);
    dns.set(`_pagemagic.${row.name}`, { TXT: ['v=spf1 -all', ownershipValue(row.verificationToken)] });
    dns.set(row.name, { CNAME: 'proxy.other-host.example' });
    const checked = await verifyDomain(user.claims, { domainId: row.id });
    expect(checked.status).toBe('verified');
    expect(record(checked, 'CNAME')).toMatchObject({ ok: false, found: ['proxy.other-host.example'] });
    expect(isDomainServing(checked)).toBe(false);
  });

  it('everything right (apex A record): live and served; records removed later: needs attention, then no longer served', async () => {
    const user = await owner();
    const row = await add(user, uniqueApex());
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
    dns.set(row.name, { A: [APEX_IP] });
    const live = await verifyDomain(user.claims, { domainId: row.id });
    expect(live.status).toBe('live');
    expect(isDomainServing(live)).toBe(true);

    dns.set(row.name, { A: ['198.51.100.7'] });
    const failing = await verifyDomain(user.claims, { domainId: row.id });
    expect(failing.status).toBe('needs_attention');
    expect(failing.failingSince).toBeInstanceOf(Date);
    expect(isDomainServing(failing)).toBe(true); // a grace period: people fix DNS in days
    const in15Days = new Date(failing.failingSince!.getTime() + 15 * 24 * 3600 * 1000);
    expect(isDomainServing(failing, in15Days)).toBe(false);

    dns.set(row.name, { A: [APEX_IP] });
    const fixed = await verifyDomain(user.claims, { domainId: row.id });
    expect(fixed).toMatchObject({ status: 'live', failingSince: null });
    const [view] = await listDomains(user.claims);
    expect(view!.history.map((e) => e.toStatus)).toEqual(['live', 'needs_attention', 'live', 'waiting']);
  });

  it('another tenant proving ownership with their own token takes the domain; the first owner is released and emailed', async () => {
    const first = await owner();
    const second = await owner();
    const name = `www.${uniqueApex()}`;
    const mine = await add(first, name);
    dns.set(`_pagemagic.${name}`, { TXT: [ownershipValue(mine.verificationToken)] });
    dns.set(name, { CNAME: CNAME });
    expect((await verifyDomain(first.claims, { domainId: mine.id })).status).toBe('live');

    // The second tenant adds the same name: allowed (unproven), and the first owner's TXT does not prove it for them.
    const theirs = await add(second, name);
    expect(theirs.verificationToken).not.toBe(mine.verificationToken);
    expect((await verifyDomain(second.claims, { domainId: theirs.id })).status).toBe('waiting');
    expect((await listDomains(first.claims))[0]!.status).toBe('live');

    // The domain changed hands: the new holder's TXT record.
    dns.set(`_pagemagic.${name}`, { TXT: [ownershipValue(theirs.verificationToken)] });
    expect((await verifyDomain(second.claims, { domainId: theirs.id })).status).toBe('live');
    const [released] = await listDomains(first.claims);
    expect(released).toMatchObject({ status: 'waiting', isPrimary: false, verifiedAt: null });
    expect(released!.releasedAt).toBeInstanceOf(Date);
    expect(released!.history[0]!.kind).toBe('released');
    await runJobs(); // the mail goes out through the notifications module's delivery job
    const mail = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, first.email));
    expect(mail.map((m) => m.template)).toEqual(['domain_released']);
    // Nobody else learns of it; the new holder sees nothing of the first one's row.
    expect(await handle.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, second.email))).toEqual([]);
    expect((await listDomains(second.claims)).map((d) => d.id)).toEqual([theirs.id]);
  });

  it('another tenant cannot check someone else’s domain (NOT_FOUND), and it stays unchanged', async () => {
    const user = await owner();
    const other = await owner();
    const row = await add(user, `www.${uniqueApex()}`);
    await expect(verifyDomain(other.claims, { domainId: row.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDomains(user.claims))[0]).toMatchObject({ status: 'waiting', lastCheckedAt: null });
  });
});
