import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { emailOutbox } from '@/lib/email/schema';
import { resetEnvCache } from '@/lib/env';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { listDomains } from '@/modules/domains/list-domains';
import { ownershipValue } from '@/modules/domains/dns-records';
import { isDomainServing } from '@/modules/domains/domain-status';
import { unsafeRunDomainLifecycle } from '@/modules/domains/unsafe-run-domain-lifecycle';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { runJobs } from '@tests/helpers/jobs';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The lifecycle cron with a clock the test controls (`now`): pending domains are re-checked with
// backoff, reminded on day 2 and 7 and removed on day 30; a live domain whose records break is
// warned on day 3 and stops being served on day 14. Each email goes once.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
const saved = { ...process.env };
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, { DNS_RESOLVERS: dns.server, ROOT_DOMAIN: 'pagemagic.test', DOMAIN_A_RECORDS: '203.0.113.30' });
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

let seq = 0;
async function domainOf() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: 'Ciclo' });
  const [row] = await addDomain(user.claims, { projectId: project.id, domain: `www.ciclo${Date.now().toString(36)}${++seq}.com.br` });
  return { user, row: row! };
}
// Lifecycle mails go out through the notifications module's delivery job.
const mailsTo = async (email: string) => {
  await runJobs();
  return (await handle.db.select({ template: emailOutbox.template }).from(emailOutbox).where(eq(emailOutbox.toAddress, email))).map(
    (m) => m.template,
  );
};
const at = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('the domain lifecycle cron', () => {
  it('a domain that never gets its records: checked with backoff, reminded on day 2 and 7 (once each), removed on day 30', async () => {
    const { user, row } = await domainOf();
    const t0 = row.createdAt;
    await unsafeRunDomainLifecycle({ now: at(t0, 60_000) });
    let [d] = await listDomains(user.claims);
    expect(d).toMatchObject({ status: 'waiting', checkCount: 1 });
    expect(d!.nextCheckAt.getTime() - d!.lastCheckedAt!.getTime()).toBe(5 * 60_000); // first hour: every 5 minutes
    await unsafeRunDomainLifecycle({ now: at(t0, 2 * 60_000) }); // not due yet
    [d] = await listDomains(user.claims);
    expect(d!.checkCount).toBe(1);

    await unsafeRunDomainLifecycle({ now: at(t0, 2 * DAY + 60_000) });
    await unsafeRunDomainLifecycle({ now: at(t0, 2 * DAY + 120_000) });
    expect(await mailsTo(user.email)).toEqual(['domain_waitingReminder']);
    [d] = await listDomains(user.claims);
    expect(d!.nextCheckAt.getTime() - d!.lastCheckedAt!.getTime()).toBe(6 * 3600_000); // after a day: every 6 hours

    await unsafeRunDomainLifecycle({ now: at(t0, 7 * DAY + 60_000) });
    expect(await mailsTo(user.email)).toEqual(['domain_waitingReminder', 'domain_waitingReminder']);
    await unsafeRunDomainLifecycle({ now: at(t0, 29 * DAY) });
    expect(await listDomains(user.claims)).toHaveLength(1);
    await unsafeRunDomainLifecycle({ now: at(t0, 30 * DAY + 60_000) });
    expect(await listDomains(user.claims)).toEqual([]);
    expect(await mailsTo(user.email)).toEqual(['domain_waitingReminder', 'domain_waitingReminder', 'domain_removed']);
  });

  it('a live domain whose records break: needs attention, warned on day 3, no longer served (and told) on day 14; fixed, it is live again', async () => {
    const { user, row } = await domainOf();
    dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
    dns.set(row.name, { CNAME: 'cname.pagemagic.test' });
    const t0 = at(row.createdAt, 60_000);
    await unsafeRunDomainLifecycle({ now: t0 });
    expect((await listDomains(user.claims))[0]).toMatchObject({ status: 'live' });

    dns.remove(row.name);
    const broke = at(t0, 4 * 3600_000 + 60_000); // the next check of a live domain: 4 hours later
    await unsafeRunDomainLifecycle({ now: broke });
    let [d] = await listDomains(user.claims);
    expect(d).toMatchObject({ status: 'needs_attention', failingSince: broke });
    expect(await mailsTo(user.email)).toEqual([]);

    await unsafeRunDomainLifecycle({ now: at(broke, 3 * DAY + 3600_000) });
    await unsafeRunDomainLifecycle({ now: at(broke, 3 * DAY + 2 * 3600_000) });
    expect(await mailsTo(user.email)).toEqual(['domain_failing']);
    [d] = await listDomains(user.claims);
    expect(isDomainServing(d!, at(broke, 13 * DAY))).toBe(true);

    const day14 = at(broke, 14 * DAY + 3600_000);
    await unsafeRunDomainLifecycle({ now: day14 });
    [d] = await listDomains(user.claims);
    expect(isDomainServing(d!, day14)).toBe(false);
    expect(await mailsTo(user.email)).toEqual(['domain_failing', 'domain_stopped']);
    expect(d!.history.map((e) => e.kind)).toContain('stopped_serving');

    dns.set(row.name, { CNAME: 'cname.pagemagic.test' });
    await unsafeRunDomainLifecycle({ now: at(day14, 2 * 3600_000) });
    [d] = await listDomains(user.claims);
    expect(d).toMatchObject({ status: 'live', failingSince: null });
    expect(d!.remindersSent).toEqual([]);
  });
});
