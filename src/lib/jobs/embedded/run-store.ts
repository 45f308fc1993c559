import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { jobRuns, jobSteps, type StepOp } from '../schema';
import type { SerializedError } from '../types';

/** The worker no longer owns the run (its lease ran out and another worker took it): stop, write nothing. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the lease on job run ${runId}`);
    this.name = 'LeaseLostError';
  }
}

export type MemoizedStep = {
  stepId: string;
  op: StepOp;
  status: 'completed' | 'failed' | 'errored' | 'sleeping';
  /** The result as JSON text, parsed again on every replay (what a step returns is JSON). */
  outputJson: string | null;
  error: SerializedError | null;
  attempts: number;
  wakeAt: Date | null;
};

/**
 * The database side of one execution of one run. Every write is conditional on this worker still
 * holding the run's lease, in the same statement: a worker that stalled past its lease can't
 * record anything once another worker has taken over.
 */
export class RunStore {
  constructor(
    private readonly db: Db,
    readonly runId: string,
    private readonly owner: string,
  ) {}

  async loadSteps(): Promise<Map<string, MemoizedStep>> {
    const rows = await this.db
      .select({
        stepId: jobSteps.stepId,
        op: jobSteps.op,
        status: jobSteps.status,
        outputJson: sql<string | null>`${jobSteps.output}::text`,
        error: jobSteps.error,
        attempts: jobSteps.attempts,
        wakeAt: jobSteps.wakeAt,
      })
      .from(jobSteps)
      .where(eq(jobSteps.runId, this.runId));
    return new Map(rows.map((row) => [row.stepId, row]));
  }

  /**
   * Writes a step's state, only while this worker holds the lease; throws LeaseLostError otherwise.
   * One statement (a single round trip, atomic by itself): the lease check is an UPDATE of the
   * run's row in a CTE, and the step's upsert reads from it — no lease, no row to write.
   */
  async saveStep(step: {
    stepId: string;
    op: StepOp;
    status: MemoizedStep['status'];
    outputJson?: string | null;
    error?: SerializedError | null;
    attemptsDelta?: number;
    wakeAt?: Date | null;
    startedAt: Date;
    finishedAt?: Date | null;
    resetRunAttempt?: boolean;
  }): Promise<void> {
    const output = step.outputJson === undefined || step.outputJson === null ? sql`null` : sql`${step.outputJson}::jsonb`;
    const error = step.error ? sql`${JSON.stringify(step.error)}::jsonb` : sql`null`;
    const time = (value: Date | null | undefined) => (value ? sql`${value.toISOString()}::timestamptz` : sql`null`);
    // The same no-op-or-reset write as a lone UPDATE would take: it locks the run's row while the step is written.
    const claim = step.resetRunAttempt === true ? sql`attempt = 0` : sql`lease_owner = ${this.owner}`;
    const rows = rowsOf<{ step_id: string }>(
      await this.db.execute(sql`
        with lease as (
          update ${jobRuns} set ${claim}
          where id = ${this.runId} and status = 'running' and lease_owner = ${this.owner}
          returning id
        )
        insert into ${jobSteps} (run_id, step_id, op, status, output, error, attempts, wake_at, started_at, finished_at)
        select lease.id, ${step.stepId}, ${step.op}, ${step.status}, ${output}, ${error}, ${step.attemptsDelta ?? 0},
               ${time(step.wakeAt)}, ${time(step.startedAt)}, ${time(step.finishedAt)}
        from lease
        on conflict (run_id, step_id) do update set
          status = excluded.status,
          output = excluded.output,
          error = excluded.error,
          attempts = ${jobSteps}.attempts + excluded.attempts,
          wake_at = excluded.wake_at,
          finished_at = excluded.finished_at
        returning step_id`),
    );
    if (rows.length !== 1) throw new LeaseLostError(this.runId);
  }

  /** Extends the lease; false when it was lost. */
  async renewLease(until: Date): Promise<boolean> {
    const rows = await this.db.update(jobRuns).set({ leaseUntil: until }).where(this.owned()).returning({ id: jobRuns.id });
    return rows.length === 1;
  }

  /** The run's final or next state; throws LeaseLostError when another worker owns it now. */
  async finish(update: Partial<typeof jobRuns.$inferInsert>, then?: (tx: Db) => Promise<void>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const rows = await tx
        .update(jobRuns)
        .set({ ...update, leaseOwner: null, leaseUntil: null })
        .where(this.owned())
        .returning({ id: jobRuns.id });
      if (rows.length !== 1) throw new LeaseLostError(this.runId);
      if (then) await then(tx);
    });
  }

  private owned() {
    return and(eq(jobRuns.id, this.runId), eq(jobRuns.status, 'running'), eq(jobRuns.leaseOwner, this.owner));
  }
}
