import { sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { EmbeddedEngine } from './embedded/engine';
import { kickEmbeddedWorker } from './embedded/worker';
import type { Job } from './types';

/**
 * An admin's "retry" of a failed run: a new run of the same function for the same event (as
 * Inngest's rerun), audited with the admin's id. The caller checked that `adminId` is an admin;
 * the write goes through the privileged connection because the job tables have no API writes.
 */
export async function unsafeRerunJobRun(jobs: readonly Job[], input: { runId: string; adminId: string }): Promise<string> {
  const db = await unsafeSystemDb('an admin re-runs a failed job run (checked by the caller), audited');
  const engine = new EmbeddedEngine(jobs, { db });
  let newRunId: string;
  try {
    newRunId = await engine.rerun(input.runId);
  } catch {
    throw new AppError('NOT_FOUND', 'errors.jobs.rerunNotFound');
  }
  await db.execute(
    sql`select private.write_audit(${input.adminId}::uuid, null, 'jobs.rerun', 'job_runs', ${input.runId}, ${JSON.stringify({ new_run_id: newRunId })}::jsonb)`,
  );
  kickEmbeddedWorker();
  return newRunId;
}
