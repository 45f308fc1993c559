import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { useRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { useBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { waitForInProcessJobs } from '@/lib/jobs/send-event';
import { runJobInProcess } from '@/lib/jobs/run-in-process';
import { createProject } from '@/modules/projects/create-project';
import { projects } from '@/modules/projects/schema';
import { userProfiles } from '@/modules/accounts/schema';
import { saveSiteVersion } from '@/modules/generate/save-site-version';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { listDeployments } from '@/modules/host/list-deployments';
import { rollbackDeployment } from '@/modules/host/rollback-deployment';
import { unpublishProject } from '@/modules/host/unpublish-project';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { deployments } from '@/modules/host/schema';
import { publishSiteJob } from '~inngest/functions/publish-site';

let handle: DbHandle;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  handle = await createTestDb();
  useBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
});
afterAll(async () => {
  await waitForInProcessJobs();
  await handle.close();
});
beforeEach(() => useRateLimiterForTests(createMemoryLimiter()));

async function ownerWithDraft(tier: 'free' | 'pro' = 'pro'): Promise<TestUser & { projectId: string; slug: string }> {
  const user = await createTestUser(handle, { tier });
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  return { ...user, projectId: project.id, slug: project.slug };
}

function get(slug: string, urlPath: string, extra: Partial<Parameters<typeof serveSiteFile>[0]> = {}) {
  forgetSiteHost(slug);
  return serveSiteFile({ host: `${slug}.sites.test`, path: urlPath, method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: false, ...extra });
}

async function publishAndWait(u: TestUser & { projectId: string }) {
  const d = await requestPublish(u.claims, { projectId: u.projectId });
  await waitForInProcessJobs();
  return d;
}

describe('publish', () => {
  it('builds, stores, checks and activates; the site answers on its host with strict headers', async () => {
    const u = await ownerWithDraft();
    const d = await publishAndWait(u);
    const list = await listDeployments(u.claims, { projectId: u.projectId });
    expect(list.deployments[0]).toMatchObject({ id: d.id, status: 'ready', isLive: true });

    const home = await get(u.slug, '/');
    expect(home.status).toBe(200);
    const html = new TextDecoder().decode(home.body!);
    expect(html).toContain('<html lang="en"');
    expect(home.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(home.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(home.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(home.headers['Cache-Control']).toContain('s-maxage');
    expect(html).not.toMatch(/<script(?![^>]*(src=|application\/ld\+json))/);

    const pt = await get(u.slug, '/pt-BR/');
    expect(pt.status).toBe(200);
    expect(new TextDecoder().decode(pt.body!)).toContain('lang="pt-BR"');

    const cssPath = html.match(/href="\/(assets\/site\.[0-9a-f]+\.css)"/)?.[1];
    expect(cssPath).toBeTruthy();
    const css = await get(u.slug, `/${cssPath}`, { acceptEncoding: 'br, gzip' });
    expect(css.headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['Content-Encoding']).toBe('br');
    const again = await get(u.slug, `/${cssPath}`, { ifNoneMatch: css.headers.ETag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();

    for (const file of ['/sitemap.xml', '/robots.txt', '/manifest.webmanifest', '/sw.js']) expect((await get(u.slug, file)).status, file).toBe(200);
    expect((await get(u.slug, '/nope')).status).toBe(404);
  });

  it('an unknown host gets a neutral 404 page', async () => {
    const r = await serveSiteFile({ host: 'nobody-here.sites.test', path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });
    expect(r.status).toBe(404);
    expect(new TextDecoder().decode(r.body!)).toContain('does not have a published site');
    const app = await serveSiteFile({ host: 'app.test', path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: true });
    expect(app.status).toBe(404);
  });

  it('rolls back instantly, unpublishes to a neutral page, and republishes', async () => {
    const u = await ownerWithDraft();
    const first = await publishAndWait(u);
    const changed = structuredClone(veganBakery);
    changed.i18n.strings.en!['hero.title'] = 'Version two of the bakery';
    await saveSiteVersion(u.claims, { projectId: u.projectId, document: changed, source: 'edit' });
    await publishAndWait(u);
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toContain('Version two of the bakery');

    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id, slug: u.slug });
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).not.toContain('Version two of the bakery');

    await unpublishProject(u.claims, { projectId: u.projectId, slug: u.slug });
    expect((await get(u.slug, '/')).status).toBe(404);
    await rollbackDeployment(u.claims, { projectId: u.projectId, deploymentId: first.id, slug: u.slug });
    expect((await get(u.slug, '/')).status).toBe(200);
  });

  it('concurrent publishes end with exactly one live deployment: the newest', async () => {
    const u = await ownerWithDraft();
    const requested = await Promise.all(Array.from({ length: 4 }, () => requestPublish(u.claims, { projectId: u.projectId })));
    await waitForInProcessJobs();
    const newest = [...requested].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
    const rows = await handle.db.select().from(deployments).where(eq(deployments.projectId, u.projectId));
    const newestSeq = Math.max(...rows.map((r) => r.seq));
    const [project] = await handle.db.select().from(projects).where(eq(projects.id, u.projectId));
    const live = rows.find((r) => r.id === project!.activeDeploymentId)!;
    expect(live.seq).toBe(newestSeq);
    expect(requested.map((r) => r.id)).toContain(newest.id);
  });

  it('a failed build leaves the live site untouched and marks the deployment failed with a reason', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    const before = new TextDecoder().decode((await get(u.slug, '/')).body!);
    // A queued deployment whose job fails on every attempt (inserted directly: requestPublish would run the real job).
    const [version] = await handle.executor.query<{ id: string }>('select id from public.site_versions where project_id = $1', [u.projectId]);
    const [d] = await handle.db.insert(deployments).values({ projectId: u.projectId, siteVersionId: version!.id, version: 1 }).returning();
    const failing = { ...publishSiteJob, retries: 1, handler: async () => Promise.reject(new Error('disk full')) };
    await expect(runJobInProcess(failing, { name: 'site/publish.requested', data: { deploymentId: d!.id } }, { backoffMs: () => 1 })).rejects.toThrow('disk full');
    const [row] = await handle.db.select().from(deployments).where(eq(deployments.id, d!.id));
    expect(row!.status).toBe('failed');
    expect(row!.error).toContain('disk full');
    expect(new TextDecoder().decode((await get(u.slug, '/')).body!)).toBe(before);
  });

  it('a past-due client cannot publish, but their live site keeps serving', async () => {
    const u = await ownerWithDraft();
    await publishAndWait(u);
    await handle.db.update(userProfiles).set({ subscriptionStatus: 'past_due' }).where(eq(userProfiles.id, u.id));
    await expect(requestPublish(u.claims, { projectId: u.projectId })).rejects.toMatchObject({ code: 'PAYMENT_REQUIRED' });
    expect((await get(u.slug, '/')).status).toBe(200);
    const rows = await handle.db.select().from(deployments).where(eq(deployments.projectId, u.projectId));
    expect(rows).toHaveLength(1);
  });

  it('another tenant cannot publish, roll back or unpublish my project, and nothing changes', async () => {
    const a = await ownerWithDraft();
    const b = await ownerWithDraft();
    const d = await publishAndWait(a);
    await expect(requestPublish(b.claims, { projectId: a.projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(unpublishProject(b.claims, { projectId: a.projectId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(rollbackDeployment(b.claims, { projectId: a.projectId, deploymentId: d.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listDeployments(b.claims, { projectId: a.projectId })).deployments).toEqual([]);
    const [project] = await handle.db.select().from(projects).where(eq(projects.id, a.projectId));
    expect(project).toMatchObject({ isPublished: true, activeDeploymentId: d.id });
    expect(await handle.db.select().from(deployments).where(eq(deployments.projectId, a.projectId))).toHaveLength(1);
  });
});
