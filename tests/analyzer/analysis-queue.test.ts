import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runAnalysisJob } from '~inngest/functions/run-analysis';
import type { DbHandle } from '@/lib/db/client';
import { jobRuns } from '@/lib/jobs/schema';
import type { Job } from '@/lib/jobs/types';
import { createTargetResolver } from '@/modules/analyzer/check-target-url';
import { requestAnalysis } from '@/modules/analyzer/request-analysis';
import { startTestDnsServer } from '@tests/fakes/dns/dns-server';
import { testJobEngine } from '@tests/helpers/jobs';
import { createTestDb } from '@tests/helpers/test-db';

// The analyzer's queue as visitors meet it: analyses requested one after another start in the
// order they were requested, at most ANALYZER_CONCURRENCY at once, on the jobs port's embedded
// engine (the same job definition Inngest runs in production).

let handle: DbHandle;
let dns: Awaited<ReturnType<typeof startTestDnsServer>>;
beforeAll(async () => {
  handle = await createTestDb();
  dns = await startTestDnsServer();
});
afterAll(async () => {
  await dns.close();
  await handle.close();
});

/** A visitor asks for an analysis of a fresh public-looking host (fake DNS), from a fresh IP. */
async function request(): Promise<string> {
  const host = `queue-${randomUUID().slice(0, 8)}.example`;
  dns.set(host, { A: ['93.184.216.34'] });
  const { id } = await requestAnalysis(
    { url: `http://${host}/`, clientIp: `203.0.113.7-${randomUUID()}`, locale: 'en' },
    { resolver: createTargetResolver(dns.server) },
  );
  return id;
}

const payload = z.object({ analysisId: z.string() });

/**
 * The analyzer's job as the engine sees it — its id, trigger and concurrency limit — whose step
 * records when each analysis starts and ends instead of launching Chromium. Each step lasts until
 * the test calls `release()` (then 20 ms), so the test decides when the first slot frees.
 */
function recordingAnalysisJob() {
  const starts: string[] = [];
  let active = 0;
  let peak = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const job: Job = {
    ...runAnalysisJob,
    execute: (raw, step) =>
      step.run('analyze', async () => {
        const { analysisId } = payload.parse(raw.data);
        starts.push(analysisId);
        peak = Math.max(peak, ++active);
        await released;
        await new Promise((resolve) => setTimeout(resolve, 20));
        active--;
        return { status: 'done' };
      }),
  };
  return { job, starts, peak: () => peak, release };
}

describe('the analysis queue', () => {
  it('runs analyses in the order they were requested, never two at once (ANALYZER_CONCURRENCY=1)', async () => {
    // The default limit of a small box; the job takes it from the environment.
    expect(runAnalysisJob.options.concurrency).toEqual([{ limit: 1 }]);
    const recorder = recordingAnalysisJob();
    // Room for several runs: only the job's own limit holds the queue back.
    const engine = testJobEngine([recorder.job], { capacity: 4 });
    // Visitors arrive one after another while the first analysis runs: each request is picked up
    // by its own pass of the worker and waits for the slot.
    const requested = [await request()];
    await engine.tick();
    for (let i = 0; i < 3; i++) {
      requested.push(await request());
      await engine.tick();
    }
    expect(recorder.starts).toEqual(requested.slice(0, 1));
    recorder.release();
    await engine.drain();
    expect(recorder.starts).toEqual(requested);
    expect(recorder.peak()).toBe(1);
  });

  it('keeps the order of analyses the worker picked up in one pass, wherever their rows sit in the table', async () => {
    const recorder = recordingAnalysisJob();
    const engine = testJobEngine([recorder.job], { capacity: 4 });
    // Requested while the worker was busy: one pass turns the three into runs at the same instant.
    const requested = [await request(), await request(), await request()];
    await engine.dispatchEvents();
    const runs = await handle.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.functionId, runAnalysisJob.id), eq(jobRuns.status, 'queued')));
    expect(runs.map((run) => payload.parse(run.eventData).analysisId).sort()).toEqual([...requested].sort());
    expect(new Set(runs.map((run) => `${run.runAt.getTime()}/${run.createdAt.getTime()}`)).size).toBe(1);
    // Rows that tie on every sort key come back in the order Postgres happens to read them, which
    // follows where they sit in the table, not when they were written (new rows fill space the
    // job-history cleanup freed; an updated row moves). Here the first request's run is moved to
    // the table's end by rewriting it (its timestamp nudged and put back).
    const first = runs.find((run) => payload.parse(run.eventData).analysisId === requested[0])!;
    await handle.db.execute(
      sql`update public.job_runs set created_at = created_at + interval '1 millisecond' where id = ${first.id}::uuid`,
    );
    await handle.db.execute(
      sql`update public.job_runs set created_at = created_at - interval '1 millisecond' where id = ${first.id}::uuid`,
    );
    recorder.release();
    await engine.drain();
    expect(recorder.starts).toEqual(requested);
    expect(recorder.peak()).toBe(1);
  });
});
