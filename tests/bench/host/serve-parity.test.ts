import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { requestPublish } from '@/modules/host/request-publish';
import { serveSiteFile } from '@/modules/host/serve-site-file';
import { createDraftProject, openBenchPipeline, SITE_ROOT_DOMAIN, type BenchPipeline } from './publish-pipeline';
import { compareWithProduction, publishedFilesFor } from './serve-parity';

// The Lighthouse bench and the serve bench's reference answer from memory (site-file-server.ts)
// "like production": this keeps that true. A header production gains (or loses) and the bench's
// copy does not shows up here, not as a silently wrong Lighthouse figure.

let pipeline: BenchPipeline;
beforeAll(async () => {
  pipeline = await openBenchPipeline();
});
// Closing stops the embedded jobs and drops this run's database: under a loaded CI machine (the
// whole vitest run beside it) that once took longer than the default minute.
afterAll(async () => {
  await pipeline.close();
}, 180_000);

describe("the bench's in-memory site server", () => {
  it('answers like serveSiteFile: status, every header and the body bytes, on pages, assets, redirects and 404s', async () => {
    const project = await createDraftProject(pipeline, veganBakery, 'Green Crumb parity');
    await requestPublish(project.claims, { projectId: project.projectId });
    await pipeline.settleJobs();
    const home = await serveSiteFile({
      host: `${project.slug}.${SITE_ROOT_DOMAIN}`,
      path: '/',
      method: 'GET',
      acceptEncoding: null,
      ifNoneMatch: null,
      isHttps: false,
    });
    expect(home.status).toBe(200);
    expect(await compareWithProduction(project.slug, await publishedFilesFor(veganBakery, project.slug))).toEqual([]);
  });
});
