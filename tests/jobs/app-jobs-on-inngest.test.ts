import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InngestTestEngine } from '@inngest/test';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { toInngestFunction } from '@/lib/jobs/inngest-adapter';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { listDeployments } from '@/modules/host/list-deployments';
import { requestPublish } from '@/modules/host/request-publish';
import { forgetSiteHost } from '@/modules/host/resolve-site-host';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { createProject } from '@/modules/projects/create-project';
import { events } from '~inngest/client';
import { publishSite } from '~inngest/functions/publish-site';
import { releaseStaleGenerationsJob } from '~inngest/functions/release-stale-generations';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The app's own jobs on Inngest's execution engine (@inngest/test runs the real SDK in-process):
// the same definitions the embedded engine runs in the other tests, through the adapter that
// registers them with Inngest in production. Steps really run against the database; only what
// Inngest's server would do (deliver a sent event) is stood in for.

let handle: DbHandle;
beforeAll(async () => {
  process.env.ROOT_DOMAIN = 'sites.test';
  process.env.APP_URL = 'http://app.test';
  resetEnvCache();
  handle = await createTestDb();
  setBlobStoreForTests(createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-blobs-'))));
});
afterAll(async () => {
  await handle.close();
});
beforeEach(() => setRateLimiterForTests(createMemoryLimiter()));

async function queuedDeployment() {
  const user = await createTestUser(handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name: `Padaria ${user.id.slice(0, 6)}` });
  await saveSiteVersion(user.claims, { projectId: project.id, document: veganBakery, source: 'generate' });
  const deployment = await requestPublish(user.claims, { projectId: project.id });
  return { user, project, deploymentId: deployment.id };
}

function home(slug: string) {
  forgetSiteHost(slug);
  return serveSiteFile({ host: `${slug}.sites.test`, path: '/', method: 'GET', acceptEncoding: null, ifNoneMatch: null, isHttps: false });
}

describe("the app's jobs on Inngest", () => {
  it('publish-site builds, checks and makes the site live, then announces it once', async () => {
    const { user, project, deploymentId } = await queuedDeployment();
    const announced: unknown[] = [];
    const t = new InngestTestEngine({ function: toInngestFunction(publishSite) });
    const { result, error } = await t.execute({
      events: [{ name: events.publishRequested.name, data: { deploymentId } }],
      steps: [
        {
          id: 'announce',
          handler: () => {
            announced.push(deploymentId);
            return { ids: [`published:${deploymentId}`] };
          },
        },
      ],
    });
    expect(error).toBeUndefined();
    expect(result).toEqual({ published: true, deploymentId, replayed: false });
    expect(announced).toEqual([deploymentId]);
    const [deployment] = (await listDeployments(user.claims, { projectId: project.id })).deployments;
    expect(deployment).toMatchObject({ id: deploymentId, status: 'ready', isLive: true });
    expect((await home(project.slug)).status).toBe(200);

    // Delivered again (Inngest is at-least-once): nothing is rebuilt or taken offline.
    const again = await new InngestTestEngine({ function: toInngestFunction(publishSite) }).execute({
      events: [{ name: events.publishRequested.name, data: { deploymentId } }],
      steps: [{ id: 'announce', handler: () => ({ ids: [] }) }],
    });
    expect(again.error).toBeUndefined();
    expect(again.result).toMatchObject({ published: true, replayed: true });
    expect((await home(project.slug)).status).toBe(200);
  });

  it('publish-site refuses an event that is not in the catalog shape, and runs nothing', async () => {
    const { user, project } = await queuedDeployment();
    const { error } = await new InngestTestEngine({ function: toInngestFunction(publishSite) }).execute({
      events: [{ name: events.publishRequested.name, data: { deploymentId: 'not-a-uuid' } }],
    });
    expect(error).toBeDefined();
    const [deployment] = (await listDeployments(user.claims, { projectId: project.id })).deployments;
    expect(deployment).toMatchObject({ status: 'queued', isLive: false });
  });

  it('a cron job runs on Inngest with the scheduled event', async () => {
    const { result, error } = await new InngestTestEngine({ function: toInngestFunction(releaseStaleGenerationsJob) }).execute({
      events: [{ name: 'inngest/scheduled.timer', data: { cron: '*/10 * * * *' } }],
    });
    expect(error).toBeUndefined();
    expect(result).toEqual({ released: 0 });
  });
});
