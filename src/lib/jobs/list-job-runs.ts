import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { jobEvents, jobRuns, jobSchedules, jobSteps, type RunStatus } from './schema';

export type JobRunFilter = { status?: RunStatus; functionId?: string; limit?: number };

/**
 * Recent runs of the embedded engine, newest first, for the agency's Jobs page. Runs under the
 * caller's RLS: only admins can read the job tables, anyone else gets an empty list.
 */
export async function listJobRuns(claims: VerifiedClaims, filter: JobRunFilter = {}) {
  return withRls(claims, async (tx) => {
    const runs = await tx
      .select({
        id: jobRuns.id,
        functionId: jobRuns.functionId,
        kind: jobRuns.kind,
        eventName: jobRuns.eventName,
        status: jobRuns.status,
        attempt: jobRuns.attempt,
        runAt: jobRuns.runAt,
        error: jobRuns.error,
        rerunOf: jobRuns.rerunOf,
        failureOf: jobRuns.failureOf,
        startedAt: jobRuns.startedAt,
        finishedAt: jobRuns.finishedAt,
        createdAt: jobRuns.createdAt,
      })
      .from(jobRuns)
      .where(
        and(
          filter.status ? eq(jobRuns.status, filter.status) : undefined,
          filter.functionId ? eq(jobRuns.functionId, filter.functionId) : undefined,
        ),
      )
      .orderBy(desc(jobRuns.createdAt))
      .limit(Math.min(filter.limit ?? 50, 200));
    const ids = runs.map((r) => r.id);
    const stepCounts = ids.length
      ? await tx
          .select({
            runId: jobSteps.runId,
            steps: count(),
            retries: sql<number>`coalesce(sum(greatest(${jobSteps.attempts} - 1, 0)), 0)::int`,
          })
          .from(jobSteps)
          .where(inArray(jobSteps.runId, ids))
          .groupBy(jobSteps.runId)
      : [];
    const byRun = new Map(stepCounts.map((s) => [s.runId, s]));
    return runs.map((run) => ({ ...run, steps: byRun.get(run.id)?.steps ?? 0, retries: byRun.get(run.id)?.retries ?? 0 }));
  });
}

/** One run with its steps in the order they were first reached. */
export async function getJobRun(claims: VerifiedClaims, runId: string) {
  return withRls(claims, async (tx) => {
    const [run] = await tx.select().from(jobRuns).where(eq(jobRuns.id, runId));
    if (!run) return null;
    const steps = await tx
      .select({
        stepId: jobSteps.stepId,
        op: jobSteps.op,
        status: jobSteps.status,
        attempts: jobSteps.attempts,
        error: jobSteps.error,
        wakeAt: jobSteps.wakeAt,
        startedAt: jobSteps.startedAt,
        finishedAt: jobSteps.finishedAt,
      })
      .from(jobSteps)
      .where(eq(jobSteps.runId, runId))
      .orderBy(asc(jobSteps.createdAt));
    return { run, steps };
  });
}

/** The engine at a glance: runs by status, the cron schedules, events waiting in the outbox. */
export async function getJobsOverview(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const byStatus = await tx.select({ status: jobRuns.status, n: count() }).from(jobRuns).groupBy(jobRuns.status);
    const schedules = await tx.select().from(jobSchedules).orderBy(asc(jobSchedules.functionId));
    const [outbox] = await tx
      .select({
        pending: count(),
        failing: sql<number>`count(*) filter (where ${jobEvents.attempts} > 0)::int`,
        oldest: sql<Date | null>`min(${jobEvents.createdAt})`,
      })
      .from(jobEvents)
      .where(isNull(jobEvents.dispatchedAt));
    return {
      runs: Object.fromEntries(byStatus.map((s) => [s.status, s.n])) as Partial<Record<RunStatus, number>>,
      schedules,
      outbox: { pending: outbox?.pending ?? 0, failing: outbox?.failing ?? 0, oldest: outbox?.oldest ? new Date(outbox.oldest) : null },
    };
  });
}
