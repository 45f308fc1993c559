import { and, desc, eq, sql } from 'drizzle-orm';
import { jobs } from '~inngest/functions';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { EmbeddedEngine, type EngineOptions } from '@/lib/jobs/embedded/engine';
import { jobRuns } from '@/lib/jobs/schema';
import type { Job } from '@/lib/jobs/types';

/**
 * The app's jobs on the embedded engine, driven by the test: `runJobs()` runs everything due
 * (events sent by the code under test, retries with a 1 ms backoff) until nothing is left.
 */
export function testJobEngine(list: readonly Job[] = jobs, options: EngineOptions = {}): EmbeddedEngine {
  return new EmbeddedEngine(list, { backoffMs: () => 1, leaseMs: 60_000, ...options });
}

let shared: EmbeddedEngine | undefined;
export async function runJobs(): Promise<void> {
  shared ??= testJobEngine();
  await shared.drain();
}

/** The newest run of a function for an event whose data has `key` = `value`. */
export async function latestRun(functionId: string, key: string, value: string) {
  const db = await unsafeSystemDb('tests read job runs');
  const [run] = await db
    .select()
    .from(jobRuns)
    .where(and(eq(jobRuns.functionId, functionId), eq(jobRuns.kind, 'main'), sql`${jobRuns.eventData} ->> ${key} = ${value}`))
    .orderBy(desc(jobRuns.createdAt))
    .limit(1);
  return run ?? null;
}
