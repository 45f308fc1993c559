import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import type { ApiScope } from '@/modules/api/api-scopes';
import { createApiKey } from '@/modules/api/create-api-key';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { requestPublish } from '@/modules/host/request-publish';
import { createProject } from '@/modules/projects/create-project';
import { createTicket } from '@/modules/tickets/create-ticket';
import { GET as listDeploymentsRoute } from '@/app/api/v1/projects/[id]/deployments/route';
import { POST as publishRoute } from '@/app/api/v1/projects/[id]/publish/route';
import { POST as rollbackRoute } from '@/app/api/v1/projects/[id]/rollback/route';
import { POST as replyRoute } from '@/app/api/v1/tickets/[id]/replies/route';
import { GET as listTicketsRoute, POST as createTicketRoute } from '@/app/api/v1/tickets/route';
import { GET as usageRoute } from '@/app/api/v1/usage/route';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// Publishing, tickets and usage over /api/v1 against the real route handlers and database: each
// route calls the dashboard's own domain function as the key's owner (RLS), every POST goes
// through the Idempotency-Key runner (a replay publishes once), lists page by opaque cursors, and
// a key of A gets 404 (or nothing) on B's project, deployment or ticket, which stay unchanged.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

const ORIGIN = 'http://app.test';
const keyFor = async (user: TestUser, scopes: ApiScope[]) =>
  (await createApiKey(user.claims, { name: `key ${scopes.join('+')}`, scopes, expiresInDays: null })).key;

type Init = { body?: unknown; idempotencyKey?: string; query?: string };
function request(method: string, path: string, key: string, init: Init = {}): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.idempotencyKey !== undefined) headers['idempotency-key'] = init.idempotencyKey;
  return new Request(`${ORIGIN}${path}${init.query ?? ''}`, {
    method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const publish = (key: string, projectId: string, init: Init = {}) =>
  publishRoute(request('POST', `/api/v1/projects/${projectId}/publish`, key, init), ctx(projectId));
const rollback = (key: string, projectId: string, deploymentId: string, init: Init = {}) =>
  rollbackRoute(request('POST', `/api/v1/projects/${projectId}/rollback`, key, { body: { deploymentId }, ...init }), ctx(projectId));
const deploymentsOf = (key: string, projectId: string, query = '') =>
  listDeploymentsRoute(request('GET', `/api/v1/projects/${projectId}/deployments`, key, { query }), ctx(projectId));
const listTickets = (key: string, query = '') => listTicketsRoute(request('GET', '/api/v1/tickets', key, { query }));
const openTicket = (key: string, body: unknown, idempotencyKey?: string) =>
  createTicketRoute(request('POST', '/api/v1/tickets', key, { body, ...(idempotencyKey ? { idempotencyKey } : {}) }));
const reply = (key: string, ticketId: string, body: unknown) =>
  replyRoute(request('POST', `/api/v1/tickets/${ticketId}/replies`, key, { body }), ctx(ticketId));

async function ownerWithDraft(): Promise<TestUser & { projectId: string }> {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { ...user, projectId: project.id };
}

/** A deployment as the publish job leaves it when it succeeds (the build itself is publish.test.ts's). */
async function readyDeployment(owner: TestUser & { projectId: string }): Promise<string> {
  const d = await requestPublish(owner.claims, { projectId: owner.projectId });
  await handle.executor.query(`update public.deployments set status = 'ready', finished_at = now() where id = $1`, [d.id]);
  return d.id;
}

const deploymentIdsOf = async (projectId: string) =>
  (await handle.executor.query<{ id: string }>('select id::text from public.deployments where project_id = $1', [projectId])).map(
    (r) => r.id,
  );
const liveState = async (projectId: string) =>
  (
    await handle.executor.query<{ active: string | null; published: boolean }>(
      'select active_deployment_id::text as active, is_published as published from public.projects where id = $1',
      [projectId],
    )
  )[0];

describe('POST /api/v1/projects/{id}/publish', () => {
  it('queues a deployment of the draft through host.requestPublish (202), bare POST or `{}`; a replayed Idempotency-Key queues nothing more', async () => {
    const owner = await ownerWithDraft();
    const key = await keyFor(owner, ['publish']);
    const bare = await publish(key, owner.projectId, { idempotencyKey: 'publish-once' });
    expect(bare.status).toBe(202);
    const queued = (await bare.json()) as { id: string; project_id: string; status: string; version: number };
    expect(queued).toMatchObject({ project_id: owner.projectId, status: 'queued', version: 1 });
    expect(await deploymentIdsOf(owner.projectId)).toEqual([queued.id]);

    const replayed = await publish(key, owner.projectId, { idempotencyKey: 'publish-once' });
    expect(replayed.status).toBe(202);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replayed.json()) as { id: string }).id).toBe(queued.id);
    expect(await deploymentIdsOf(owner.projectId)).toEqual([queued.id]);

    expect((await publish(key, owner.projectId, { body: {} })).status).toBe(202);
    expect(await deploymentIdsOf(owner.projectId)).toHaveLength(2);
    const unknown = await publish(key, owner.projectId, { body: { force: true } });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('force');
  });

  it("needs scope publish (403 naming it); A's key gets 404 on B's project and B gets no deployment", async () => {
    const b = await ownerWithDraft();
    const a = await createTestUser(handle, { tier: 'pro' });
    const wrongScope = await publish(await keyFor(b, ['write', 'read']), b.projectId);
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.json()).toMatchObject({ code: 'FORBIDDEN', missing_scope: 'publish' });
    const crossTenant = await publish(await keyFor(a, ['publish']), b.projectId);
    expect(crossTenant.status).toBe(404);
    expect(await crossTenant.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(await deploymentIdsOf(b.projectId)).toEqual([]);
  });
});

describe('POST /api/v1/projects/{id}/rollback', () => {
  it("makes an earlier ready deployment live through host.rollbackDeployment; another project's deployment is a 409", async () => {
    const owner = await ownerWithDraft();
    const first = await readyDeployment(owner);
    const second = await readyDeployment(owner);
    await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
      owner.projectId,
      second,
    ]);
    const key = await keyFor(owner, ['publish']);
    const done = await rollback(key, owner.projectId, first, { idempotencyKey: 'back-to-first' });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ project_id: owner.projectId, active_deployment_id: first, is_published: true });
    expect(await liveState(owner.projectId)).toEqual({ active: first, published: true });

    const other = await ownerWithDraft();
    const foreign = await readyDeployment(other);
    const mismatched = await rollback(key, owner.projectId, foreign);
    expect(mismatched.status).toBe(409);
    expect(await liveState(owner.projectId)).toEqual({ active: first, published: true });
  });

  it("needs scope publish; A's key gets 404 rolling back B's project, whose live deployment stays", async () => {
    const b = await ownerWithDraft();
    const first = await readyDeployment(b);
    const second = await readyDeployment(b);
    await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
      b.projectId,
      second,
    ]);
    const wrongScope = await rollback(await keyFor(b, ['write']), b.projectId, first);
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.json()).toMatchObject({ missing_scope: 'publish' });
    const a = await createTestUser(handle, { tier: 'pro' });
    const crossTenant = await rollback(await keyFor(a, ['publish']), b.projectId, first);
    expect(crossTenant.status).toBe(404);
    expect(await liveState(b.projectId)).toEqual({ active: second, published: true });
  });
});

describe('GET /api/v1/projects/{id}/deployments', () => {
  it('walks every deployment once, newest first, with an opaque cursor; the live one is marked', async () => {
    const owner = await ownerWithDraft();
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(await readyDeployment(owner));
    await handle.executor.query('update public.projects set active_deployment_id = $2, is_published = true where id = $1', [
      owner.projectId,
      made[2],
    ]);
    const key = await keyFor(owner, ['read']);
    const seen: { id: string; is_live: boolean }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await deploymentsOf(key, owner.projectId, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: { id: string; is_live: boolean }[]; next_cursor: string | null };
      seen.push(...page.data);
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((d) => d.id)).toEqual([...made].reverse());
    expect(seen.filter((d) => d.is_live).map((d) => d.id)).toEqual([made[2]]);
    expect((await deploymentsOf(key, owner.projectId, '?cursor=garbage')).status).toBe(400);
  });

  it("A's key gets 404 on B's deployments; a publish-only key gets 403 naming read", async () => {
    const b = await ownerWithDraft();
    await readyDeployment(b);
    const a = await createTestUser(handle, { tier: 'pro' });
    const crossTenant = await deploymentsOf(await keyFor(a, ['read']), b.projectId);
    expect(crossTenant.status).toBe(404);
    expect(JSON.stringify(await crossTenant.json())).not.toContain(b.projectId);
    const wrongScope = await deploymentsOf(await keyFor(b, ['publish']), b.projectId);
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.json()).toMatchObject({ missing_scope: 'read' });
  });
});

describe('tickets', () => {
  it('opens a ticket through tickets.createTicket (201; replay with the key opens one), lists own tickets a page at a time, replies', async () => {
    const owner = await ownerWithDraft();
    const key = await keyFor(owner, ['tickets']);
    const created = await openTicket(
      key,
      { subject: 'Form not arriving', description: 'Leads stopped on Monday.', priority: 'high', project_id: owner.projectId },
      'ticket-1',
    );
    expect(created.status).toBe(201);
    const ticket = (await created.json()) as { id: string; number: number; status: string; priority: string; project_id: string };
    expect(ticket).toMatchObject({ status: 'open', priority: 'high', project_id: owner.projectId });
    const again = await openTicket(
      key,
      { subject: 'Form not arriving', description: 'Leads stopped on Monday.', priority: 'high', project_id: owner.projectId },
      'ticket-1',
    );
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    for (const subject of ['Second', 'Third']) expect((await openTicket(key, { subject, description: 'More.' })).status).toBe(201);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await (await listTickets(key, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        data: { id: string; subject: string; priority: string }[];
        next_cursor: string | null;
      };
      seen.push(...page.data.map((t) => t.subject));
      cursor = page.next_cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['Third', 'Second', 'Form not arriving']);
    expect(pages).toBe(2);

    const replied = await reply(key, ticket.id, { body: 'Still nothing today.' });
    expect(replied.status).toBe(201);
    expect(await replied.json()).toMatchObject({ ticket_id: ticket.id, from_agency: false });
    const messages = await handle.executor.query<{ body: string }>('select body from public.support_ticket_messages where ticket_id = $1', [
      ticket.id,
    ]);
    expect(messages.map((m) => m.body)).toEqual(['Still nothing today.']);
  });

  it('refuses what the Support page refuses: unknown fields, an empty subject, a project of someone else (404)', async () => {
    const a = await createTestUser(handle, { tier: 'pro' });
    const b = await ownerWithDraft();
    const key = await keyFor(a, ['tickets']);
    const unknown = await openTicket(key, { subject: 'x', description: 'y', owner_id: b.id });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('owner_id');
    expect((await openTicket(key, { subject: '  ', description: 'y' })).status).toBe(400);
    expect((await openTicket(key, { subject: 'About B', description: 'y', project_id: b.projectId })).status).toBe(404);
    expect(((await (await listTickets(key)).json()) as { data: unknown[] }).data).toEqual([]);
  });

  it("cross-tenant: A's key never lists B's tickets and gets 404 replying to one, which gets no message; wrong scope is 403 naming tickets", async () => {
    const b = await createTestUser(handle, { tier: 'pro' });
    const ofB = await createTicket(b.claims, { subject: 'B only', description: 'Private.' });
    const a = await createTestUser(handle, { tier: 'pro' });
    const key = await keyFor(a, ['tickets']);
    expect(((await (await listTickets(key)).json()) as { data: unknown[] }).data).toEqual([]);
    const probe = await reply(key, ofB.id, { body: 'Hijack' });
    expect(probe.status).toBe(404);
    const messages = await handle.executor.query('select 1 from public.support_ticket_messages where ticket_id = $1', [ofB.id]);
    expect(messages).toEqual([]);

    const readKey = await keyFor(b, ['read', 'write']);
    for (const response of [
      await listTickets(readKey),
      await openTicket(readKey, { subject: 's', description: 'd' }),
      await reply(readKey, ofB.id, { body: 'x' }),
    ]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ missing_scope: 'tickets' });
    }
  });
});

describe('GET /api/v1/usage', () => {
  it("answers the key owner's plan, limits and period usage from billing.getEntitlements; needs scope read", async () => {
    const owner = await ownerWithDraft();
    const response = await usageRoute(request('GET', '/api/v1/usage', await keyFor(owner, ['read'])));
    expect(response.status).toBe(200);
    const usage = (await response.json()) as { tier: string; quotas: { projects: { used: number; limit: number | null } } };
    expect(usage.tier).toBe('pro');
    expect(usage.quotas.projects.used).toBe(1);
    const wrongScope = await usageRoute(request('GET', '/api/v1/usage', await keyFor(owner, ['tickets'])));
    expect(wrongScope.status).toBe(403);
    expect(await wrongScope.json()).toMatchObject({ missing_scope: 'read' });
  });
});
