import { eq } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import type { JobDefinition, JobEvent } from './types';

export const jobRuns = pgTable('job_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  functionId: text('function_id').notNull(),
  eventName: text('event_name').notNull(),
  eventData: jsonb('event_data').$type<unknown>().notNull(),
  status: text('status').$type<'running' | 'succeeded' | 'failed'>().notNull(),
  attempts: integer('attempts').notNull(),
  steps: jsonb('steps').$type<Record<string, unknown>>().notNull(),
  error: text('error'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

const WHY = 'the in-process job runner records system job runs (no user session)';

export type InProcessOptions = { backoffMs?: (attempt: number) => number };

/**
 * Runs a job like Inngest would, inside this process: each `step.run` result
 * is memoised, so a retry after a failure re-runs only the steps that did not
 * finish; up to `retries` retries with exponential backoff. The run and its
 * step results are recorded in job_runs.
 */
export async function runJobInProcess<D>(job: JobDefinition<D>, event: JobEvent<D>, options: InProcessOptions = {}): Promise<unknown> {
  const db = await unsafeSystemDb(WHY);
  const [run] = await db
    .insert(jobRuns)
    .values({ functionId: job.id, eventName: event.name, eventData: event.data as unknown, status: 'running', attempts: 0, steps: {} })
    .returning({ id: jobRuns.id });
  const memo = new Map<string, unknown>();
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(250 * 2 ** attempt, 5_000));
  let lastError: unknown;
  for (let attempt = 0; attempt <= job.retries; attempt++) {
    try {
      const result = await job.handler({
        event,
        attempt,
        step: {
          run: async <T>(id: string, fn: () => Promise<T>): Promise<T> => {
            if (memo.has(id)) return memo.get(id) as T;
            const value = await fn();
            // Like Inngest, a step's result is what survives a retry: keep it JSON-shaped.
            const stored = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
            memo.set(id, stored);
            return stored as T;
          },
        },
      });
      await db
        .update(jobRuns)
        .set({ status: 'succeeded', attempts: attempt + 1, steps: Object.fromEntries(memo), finishedAt: new Date() })
        .where(eq(jobRuns.id, run!.id));
      return result;
    } catch (err) {
      lastError = err;
      if (attempt < job.retries) await new Promise((r) => setTimeout(r, backoff(attempt)));
    }
  }
  await db
    .update(jobRuns)
    .set({ status: 'failed', attempts: job.retries + 1, steps: Object.fromEntries(memo), error: String(lastError).slice(0, 1000), finishedAt: new Date() })
    .where(eq(jobRuns.id, run!.id));
  reportError(lastError, { job: job.id, event: event.name });
  if (job.onFailure) await job.onFailure({ event, error: lastError }).catch((err: unknown) => reportError(err, { job: job.id, where: 'onFailure' }));
  throw lastError;
}
