import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventType } from 'inngest';
import { z } from 'zod';
import type { DbHandle } from '@/lib/db/client';
import { defineJob } from '@/lib/jobs/define-job';
import { EmbeddedEngine } from '@/lib/jobs/embedded/engine';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { getJobRun, getJobsOverview, listJobRuns } from '@/lib/jobs/list-job-runs';
import { unsafeRerunJobRun } from '@/lib/jobs/rerun-job-run';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// What the agency's Jobs page shows and does: runs with their steps and failures, for admins
// only; a failed run can be retried (a new run for the same event), and the retry is audited.

const ev = eventType('test/admin-view', { schema: z.object({ n: z.number() }) });
let shouldFail = true;
const job = defineJob({ id: 'admin-view', trigger: ev, retries: 1 }, async ({ step }) => {
  await step.run('first', async () => 'ok');
  await step.run('second', async () => {
    if (shouldFail) throw new Error('the printer is on fire');
    return 'fixed';
  });
  return 'done';
});

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('the Jobs page', () => {
  it('shows admins runs, steps, failures and retries; shows clients nothing; retries a failed run, audited', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle);
    const engine = new EmbeddedEngine([job], { db: handle.db, backoffMs: () => 1 });
    await enqueueEvents(handle.db, [eventOf(ev, { n: 1 })]);
    await engine.drain();
    await new Promise((r) => setTimeout(r, 5));
    await engine.drain();

    const runs = await listJobRuns(admin.claims, { functionId: 'admin-view' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      status: 'failed',
      steps: 2,
      retries: 1,
      error: expect.objectContaining({ message: 'the printer is on fire' }),
    });
    const detail = await getJobRun(admin.claims, runs[0]!.id);
    expect(detail!.steps.map((s) => [s.stepId, s.status, s.attempts])).toEqual([
      ['first', 'completed', 1],
      ['second', 'failed', 2],
    ]);
    expect((await getJobsOverview(admin.claims)).runs.failed).toBeGreaterThanOrEqual(1);

    expect(await listJobRuns(client.claims)).toEqual([]);
    expect(await getJobRun(client.claims, runs[0]!.id)).toBeNull();

    shouldFail = false;
    const newRunId = await unsafeRerunJobRun([job], { runId: runs[0]!.id, adminId: admin.id });
    await engine.drain();
    const again = await getJobRun(admin.claims, newRunId);
    expect(again!.run).toMatchObject({ status: 'succeeded', output: 'done', rerunOf: runs[0]!.id });
    const [audit] = await handle.executor.query<{ actor_id: string; action: string }>(
      `select actor_id::text, action from public.audit_log where target_id = $1`,
      [runs[0]!.id],
    );
    expect(audit).toEqual({ actor_id: admin.id, action: 'jobs.rerun' });
  });
});
