import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import createClient from 'openapi-fetch';
import type { DbHandle } from '@/lib/db/client';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createApiKey } from '@/modules/api/create-api-key';
import { GET as listLeadsRoute } from '@/app/api/v1/leads/route';
import { GET as getProjectRoute } from '@/app/api/v1/projects/[id]/route';
import { GET as listProjectsRoute } from '@/app/api/v1/projects/route';
import { createProjectAsSystem } from '@tests/helpers/rls-matrix';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import type { paths } from './generated/v1';
import { renderV1Types } from './render-v1-types';

// The typed client an integrator would generate (openapi-typescript + openapi-fetch) from the
// served document, calling the real route handlers: the generated types are current, and a
// program written against them gets what they promise.

let handle: DbHandle;
let key: string;
let projectId: string;
beforeAll(async () => {
  handle = await createTestDb();
  const user = await createTestUser(handle);
  projectId = await createProjectAsSystem(handle, user.id, 'Typed Bakery');
  await handle.executor.query(`insert into public.leads (project_id, name, email, message) values ($1, 'Ana', 'ana@a.test', 'Oi')`, [
    projectId,
  ]);
  key = (await createApiKey(user.claims, { name: 'typed', scopes: ['read', 'leads'], expiresInDays: null })).key;
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

/** fetch → the route handler the URL names, as Next's router would pick it. */
async function appFetch(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const project = /^\/api\/v1\/projects\/([^/]+)$/.exec(pathname);
  if (project) return getProjectRoute(request, { params: Promise.resolve({ id: decodeURIComponent(project[1]!) }) });
  if (pathname === '/api/v1/projects') return listProjectsRoute(request);
  if (pathname === '/api/v1/leads') return listLeadsRoute(request);
  return new Response('not found', { status: 404 });
}

describe('typed client', () => {
  it('the committed types are what openapi-typescript makes of the served document (npx tsx scripts/api-types.ts)', async () => {
    const committed = await readFile(path.join(import.meta.dirname, 'generated/v1.ts'), 'utf8');
    expect(committed).toBe(await renderV1Types());
  });

  it('lists projects and leads and reads a problem, typed', async () => {
    const api = createClient<paths>({ baseUrl: 'http://app.test', fetch: appFetch, headers: { authorization: `Bearer ${key}` } });
    const projects = await api.GET('/api/v1/projects', { params: { query: { limit: 10 } } });
    expect(projects.data?.data.map((p) => p.name)).toEqual(['Typed Bakery']);
    const one = await api.GET('/api/v1/projects/{id}', { params: { path: { id: projectId } } });
    expect(one.data?.slug).toBeTypeOf('string');
    const leads = await api.GET('/api/v1/leads', { params: { query: { project: projectId, limit: 5 } } });
    expect(leads.data?.data[0]?.email).toBe('ana@a.test');
    expect(leads.data?.next_cursor).toBeNull();
    const missing = await api.GET('/api/v1/projects/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.code).toBe('NOT_FOUND');
  });
});
