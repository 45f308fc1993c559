/**
 * The real publish pipeline for the serve bench, set up the way tests/host/publish.test.ts does:
 * a fresh migrated database (PGlite in memory, or a new database on TEST_DATABASE_URL's
 * server), a filesystem blob store in a temp dir, the embedded job engine's worker, sites on
 * `<slug>.sites.test`. Users, projects and drafts go through the same domain functions the app
 * calls (createProject, saveSiteVersion, requestPublish), with RLS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, count, inArray, isNull, lte } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { setLogDestination } from '@/lib/log';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { startEmbeddedWorker, stopEmbeddedWorker, type EmbeddedWorker } from '@/lib/jobs/embedded/worker';
import { jobEvents, jobRuns } from '@/lib/jobs/schema';
import { jobs } from '~inngest/functions';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { setBlobStoreForTests } from '@/lib/storage/get-blob-store';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { saveSiteVersion } from '@/modules/drafts/save-site-version';
import { flushSiteTraffic } from '@/modules/host/site-traffic-meter';
import { createProject } from '@/modules/projects/create-project';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

export const SITE_ROOT_DOMAIN = 'sites.test';

export type BenchPipeline = {
  handle: DbHandle & { url?: string };
  /** 'PGlite (in memory)' or 'PostgreSQL (…)' — printed with the numbers. */
  databaseLabel: string;
  blobDir: string;
  /** Resolves when the jobs started so far (publish, notify) have finished. */
  settleJobs(): Promise<void>;
  close(): Promise<void>;
};

export type DraftProject = TestUser & { projectId: string; slug: string };

/**
 * Until every job due now has run. `drain()` alone is not enough beside the worker's own loop:
 * when the loop is mid-way through dispatching the publish event or claiming its run (its rows
 * locked, not yet committed), drain finds nothing to do and returns — and the site was not live
 * yet (a 404 about one run in three). So the outbox and the runs table are read until both are
 * empty of due work and the engine is idle.
 */
async function settle(worker: EmbeddedWorker): Promise<void> {
  const db = await unsafeSystemDb('the bench waits for the jobs its publish started');
  for (let pass = 0; pass < 1000; pass++) {
    await worker.engine.drain();
    await worker.engine.idle();
    const now = new Date();
    const [events] = await db
      .select({ n: count() })
      .from(jobEvents)
      .where(and(isNull(jobEvents.dispatchedAt), lte(jobEvents.nextAttemptAt, now)));
    const [runs] = await db
      .select({ n: count() })
      .from(jobRuns)
      .where(and(inArray(jobRuns.status, ['queued', 'running']), lte(jobRuns.runAt, now)));
    if (events!.n === 0 && runs!.n === 0 && worker.engine.busy === 0) return;
    // The other transaction commits within milliseconds: look again (a condition, not a timed wait).
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('The bench pipeline’s jobs did not settle');
}

export async function openBenchPipeline(): Promise<BenchPipeline> {
  process.env.ROOT_DOMAIN = SITE_ROOT_DOMAIN;
  process.env.APP_URL = 'http://app.test';
  // Jobs must run in this process (the embedded engine), never be sent to an Inngest server.
  delete process.env.INNGEST_EVENT_KEY;
  process.env.PM_TEST_RUN_ID ??= `bench${Date.now().toString(36)}`;
  resetEnvCache();
  // Logged as production logs (JSON lines, not development's synchronous pretty-printing, which
  // costs the publish path several ms a line), into /dev/null so the report stays readable.
  const restoreLog = setLogDestination(pino.destination({ dest: '/dev/null', sync: true }), 'info');
  const handle = await createTestDb();
  const blobDir = mkdtempSync(path.join(tmpdir(), 'pm-bench-blobs-'));
  setBlobStoreForTests(createFilesystemStore(blobDir));
  setRateLimiterForTests(createMemoryLimiter());
  const databaseLabel = handle.url ? `PostgreSQL (${new URL(handle.url).host}, fresh database)` : 'PGlite (in memory)';
  // The app's worker, as `npm start` runs it: woken at once by the publish action in this process.
  const worker: EmbeddedWorker = startEmbeddedWorker(jobs, { backoffMs: () => 10 });
  return {
    handle,
    databaseLabel,
    blobDir,
    settleJobs: () => settle(worker),
    async close() {
      await stopEmbeddedWorker();
      restoreLog();
      // Bandwidth is metered in memory in batches; flush now, while the database is open.
      await flushSiteTraffic().catch(() => undefined);
      await handle.close();
      setBlobStoreForTests(undefined);
      rmSync(blobDir, { recursive: true, force: true });
      const base = process.env.TEST_DATABASE_URL;
      if (base && handle.url) {
        // createTestDb made a database for this run; the vitest teardown that drops those does not run here.
        const admin = postgres(base, { max: 1, onnotice: () => {} });
        try {
          await admin.unsafe(`drop database if exists "${new URL(handle.url).pathname.slice(1)}" with (force)`);
        } finally {
          await admin.end();
        }
      }
    },
  };
}

/** A new pro user with one project whose draft is `document` (one user each: no project limit in the way). */
export async function createDraftProject(pipeline: BenchPipeline, document: SiteDocument, name: string): Promise<DraftProject> {
  const user = await createTestUser(pipeline.handle, { tier: 'pro' });
  const project = await createProject(user.claims, { name });
  await saveSiteVersion(user.claims, { projectId: project.id, document, source: 'generate' });
  return { ...user, projectId: project.id, slug: project.slug };
}
