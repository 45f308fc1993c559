import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { rowsOf } from '@/lib/db/rows-of';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createProject } from '@/modules/projects/create-project';
import { addDomain } from '@/modules/domains/add-domain';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { removeDomain } from '@/modules/domains/remove-domain';
import { listAgencyDomains } from '@/modules/domains/list-agency-domains';
import { ownershipValue } from '@/modules/domains/dns-records';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Issue 14: the agency's domains page — every client's domains with owner, status, last check,
// what is wrong and the status history, a page at a time in name order, searchable by domain or
// client; clients get 404, not a list.

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
let admin: TestUser;
const saved = { ...process.env };

beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
  Object.assign(process.env, { ROOT_DOMAIN: 'sites.test', APP_URL: 'http://app.test', DNS_RESOLVERS: dns.server });
  resetEnvCache();
  setRateLimiterForTests(createMemoryLimiter());
  admin = await createTestUser(handle, { userType: 'admin' });
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});

let seq = 0;
async function clientWithDomain(name: string) {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Agency ${++seq}` });
  const [row] = await addDomain(user.claims, { projectId: project.id, domain: name });
  return { user, row: row! };
}

describe('the agency domains list', () => {
  it('shows every client’s domains with owner, status, last check, problems and history', async () => {
    const stamp = Date.now().toString(36);
    const healthy = await clientWithDomain(`www.healthy${stamp}.com.br`);
    const broken = await clientWithDomain(`www.broken${stamp}.com.br`);
    const waiting = await clientWithDomain(`www.waiting${stamp}.com.br`);
    for (const { user, row } of [healthy, broken]) {
      dns.set(`_pagemagic.${row.name}`, { TXT: [ownershipValue(row.verificationToken)] });
      dns.set(row.name, { CNAME: 'cname.sites.test' });
      expect((await verifyDomain(user.claims, { domainId: row.id })).status).toBe('live');
    }
    dns.set(broken.row.name, { CNAME: 'somewhere-else.example' });
    expect((await verifyDomain(broken.user.claims, { domainId: broken.row.id })).status).toBe('needs_attention');

    const list = (await listAgencyDomains(admin.claims, { search: stamp })).domains;
    expect(list.map((d) => d.name)).toEqual([broken.row.name, healthy.row.name, waiting.row.name]);
    const [b, h, w] = list;
    expect(b!.ownerEmail).toBe(broken.user.email);
    expect(b!.status).toBe('needs_attention');
    expect(b!.wrongRecords).toEqual([{ kind: 'CNAME', host: broken.row.name }]);
    expect(b!.failingSince).toBeInstanceOf(Date);
    expect(b!.history.map((e) => e.toStatus)).toContain('needs_attention');
    expect(w!.lastCheckedAt).toBeNull();
    expect(w!.ownerEmail).toBe(waiting.user.email);
    expect(h!.wrongRecords).toEqual([]);
    expect(h!.lastCheckedAt).toBeInstanceOf(Date);
  });

  it('a client gets 404 (not a list of their own), and an admin’s removal is audited with the admin as actor', async () => {
    const client = await clientWithDomain(`shop.audit${Date.now().toString(36)}.com.br`);
    const refused = await listAgencyDomains(client.user.claims).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('NOT_FOUND');

    await removeDomain(admin.claims, { domainId: client.row.id });
    const audit = rowsOf<{ action: string }>(
      await handle.db.execute(sql`select action from public.audit_log where target_id = ${client.row.id} and actor_id = ${admin.id}`),
    );
    expect(audit.map((a) => a.action)).toEqual(['domains.delete']);
    expect((await listAgencyDomains(admin.claims, { search: client.row.name })).domains.some((d) => d.id === client.row.id)).toBe(false);
  });

  it('pages through every domain in name order (keyset, nothing skipped or repeated) and finds them by name or by the client’s email', async () => {
    const stamp = `pg${Date.now().toString(36)}`;
    const names = ['a', 'b', 'c', 'd', 'e'].map((letter) => `${letter}${stamp}.com.br`);
    const owners: Awaited<ReturnType<typeof clientWithDomain>>[] = [];
    // Added out of order, so name order is not insertion order.
    for (const name of [names[3]!, names[0]!, names[4]!, names[2]!, names[1]!]) owners.push(await clientWithDomain(name));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listAgencyDomains(admin.claims, { search: stamp, limit: 2, cursor });
      seen.push(...result.domains.map((d) => d.name));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual(names);
    // The last page says there is no next one; a cursor that is not ours starts from the beginning.
    const last = await listAgencyDomains(admin.claims, { search: stamp, limit: 5 });
    expect([last.domains.length, last.nextCursor]).toEqual([5, null]);
    for (const forged of ['garbage', Buffer.from(JSON.stringify(["x') or 1=1 --", 'nope'])).toString('base64url')])
      expect((await listAgencyDomains(admin.claims, { search: stamp, limit: 2, cursor: forged })).domains.map((d) => d.name)).toEqual(
        names.slice(0, 2),
      );
    // A client's email finds their domain; % and _ are literal, not wildcards.
    const owner = owners.find((o) => o.row.name === names[2])!;
    expect((await listAgencyDomains(admin.claims, { search: owner.user.email.toUpperCase() })).domains.map((d) => d.name)).toEqual([
      names[2],
    ]);
    expect((await listAgencyDomains(admin.claims, { search: `%${stamp}` })).domains).toEqual([]);
  });
});
