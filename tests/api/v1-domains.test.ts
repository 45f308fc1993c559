import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import type { ApiScope } from '@/modules/api/api-scopes';
import { createApiKey } from '@/modules/api/create-api-key';
import { domainListSchema, domainSchema } from '@/modules/api/v1-domain-schemas';
import { createProject } from '@/modules/projects/create-project';
import { GET as listDomainsRoute, POST as addDomainRoute } from '@/app/api/v1/projects/[id]/domains/route';
import { POST as verifyDomainRoute } from '@/app/api/v1/domains/[id]/verify/route';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Custom domains over /api/v1 (add, status, verify) against the real route handlers, database and
// a DNS server on loopback: the domains module's own functions answer, so its name checks, its
// limits and its DNS verification are the dashboard's.

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
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await dns.close();
  await handle.close();
});
beforeEach(() => {
  setRateLimiterForTests(createMemoryLimiter());
});

const ORIGIN = 'http://app.test';
let seq = 0;
const newApex = () => `padaria-${Date.now().toString(36)}-${++seq}.com.br`;

async function userWithProject(): Promise<TestUser & { projectId: string }> {
  const user = await createTestUser(handle, { tier: 'pro' });
  return { ...user, projectId: (await createProject(user.claims, { name: `Domains ${user.id.slice(0, 6)}` })).id };
}
const keyFor = async (user: TestUser, scopes: ApiScope[]) =>
  (await createApiKey(user.claims, { name: 'dom', scopes, expiresInDays: null })).key;

function request(key: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${key}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const add = (key: string, projectId: string, body: unknown, headers: Record<string, string> = {}) =>
  addDomainRoute(request(key, `/api/v1/projects/${projectId}/domains`, { body, headers }), ctx(projectId));
const list = (key: string, projectId: string) => listDomainsRoute(request(key, `/api/v1/projects/${projectId}/domains`), ctx(projectId));
const verify = (key: string, domainId: string) =>
  verifyDomainRoute(
    new Request(`${ORIGIN}/api/v1/domains/${domainId}/verify`, { method: 'POST', headers: { authorization: `Bearer ${key}` } }),
    ctx(domainId),
  );

describe('custom domains over /api/v1', () => {
  it('add (apex + www) → records to create → verify against DNS → live; the list shows the status', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['publish', 'read']);
    const apex = newApex();
    const added = await add(key, u.projectId, { domain: apex, withWww: true, primary: 'www' });
    expect(added.status).toBe(201);
    const { data } = domainListSchema.parse(await added.json());
    expect(data.map((d) => [d.ascii_name, d.is_primary, d.status])).toEqual([
      [apex, false, 'waiting'],
      [`www.${apex}`, true, 'waiting'],
    ]);
    for (const d of data) {
      for (const r of d.records)
        dns.set(r.host, r.kind === 'TXT' ? { TXT: [r.value] } : r.kind === 'A' ? { A: [r.value] } : { CNAME: r.value });
      const checked = await verify(key, d.id);
      expect(checked.status).toBe(200);
      expect(domainSchema.parse(await checked.json())).toMatchObject({ id: d.id, status: 'live', is_serving: true });
    }
    const listed = domainListSchema.parse(await (await list(key, u.projectId)).json());
    expect(listed.data.map((d) => d.status)).toEqual(['live', 'live']);
  });

  it('a domain without its records stays waiting; bad names are 400 by the domains module’s own check; a taken one 409', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['publish']);
    const apex = newApex();
    const [domain] = domainListSchema.parse(await (await add(key, u.projectId, { domain: apex })).json()).data;
    expect(domainSchema.parse(await (await verify(key, domain!.id)).json()).status).toBe('waiting');
    for (const bad of ['com.br', 'localhost', '203.0.113.9', 'x.sites.test']) {
      const r = await add(key, u.projectId, { domain: bad });
      expect(r.status, bad).toBe(400);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await add(key, u.projectId, { domain: apex })).status).toBe(409);
    expect((await add(key, u.projectId, { domain: newApex(), admin: true })).status).toBe(400);
  });

  it('wrong scope is a 403 naming it; another account’s project and domain are 404s and unchanged', async () => {
    const owner = await userWithProject();
    const stranger = await userWithProject();
    const [domain] = domainListSchema.parse(
      await (await add(await keyFor(owner, ['publish']), owner.projectId, { domain: newApex() })).json(),
    ).data;
    const readOnly = await keyFor(owner, ['read']);
    for (const r of [await add(readOnly, owner.projectId, { domain: newApex() }), await verify(readOnly, domain!.id)]) {
      expect(r.status).toBe(403);
      expect(await r.json()).toMatchObject({ missing_scope: 'publish' });
    }
    expect((await list(await keyFor(owner, ['publish']), owner.projectId)).status).toBe(403);

    const key = await keyFor(stranger, ['publish', 'read']);
    expect((await add(key, owner.projectId, { domain: newApex() })).status).toBe(404);
    expect((await list(key, owner.projectId)).status).toBe(404);
    expect((await verify(key, domain!.id)).status).toBe(404);
    const rows = await handle.executor.query<{ last_checked_at: Date | null }>(
      `select last_checked_at from public.domains where project_id = $1`,
      [owner.projectId],
    );
    expect(rows).toEqual([{ last_checked_at: null }]);
  });

  it('an Idempotency-Key replay answers the same domains and adds them once', async () => {
    const u = await userWithProject();
    const key = await keyFor(u, ['publish']);
    const body = { domain: newApex() };
    const first = await add(key, u.projectId, body, { 'idempotency-key': 'dom-1' });
    const again = await add(key, u.projectId, body, { 'idempotency-key': 'dom-1' });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const rows = await handle.executor.query(`select id from public.domains where project_id = $1`, [u.projectId]);
    expect(rows).toHaveLength(1);
  });
});
