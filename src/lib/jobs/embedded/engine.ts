import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { and, asc, eq, inArray, isNull, lte, notInArray, sql } from 'drizzle-orm';
import { NonRetriableError, StepError } from 'inngest';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getMetrics } from '@/lib/metrics';
import { reportError } from '@/lib/observability';
import { FAILED_EVENT, SCHEDULED_EVENT } from '~inngest/client';
import { nextCronTick } from '../cron-schedule';
import { inSpan } from '@/lib/telemetry/with-span';
import { jobEvents, jobRuns, jobSchedules } from '../schema';
import type { Job, JobEvent } from '../types';
import { claimRuns, type ClaimedRun } from './claim-runs';
import { createRun } from './create-run';
import { RunExecution } from './run-execution';
import { serializeError } from '../serialize-error';
import { LeaseLostError, RunStore } from './run-store';

export type EngineOptions = {
  /** The database; by default the app's (privileged: the engine is system code). */
  db?: Db;
  /** Runs this engine executes at once. */
  capacity?: number;
  /** How long a worker owns a run without renewing; a dead worker's run resumes after this. */
  leaseMs?: number;
  /** The clock (tests move it forward instead of waiting). */
  now?: () => Date;
  /** Delay before retry `attempt` (0-based). */
  backoffMs?: (attempt: number) => number;
  owner?: string;
  /** Called when a run's execution ends (the worker looks for more work). */
  onRunFinished?: () => void;
};

/** Inngest-like exponential backoff with jitter: ~1 s, 2 s, 4 s … capped at 10 minutes. */
export function defaultBackoffMs(attempt: number): number {
  const base = Math.min(1000 * 2 ** attempt, 600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

const failurePayload = z.object({
  event: z.object({ name: z.string(), data: z.unknown(), id: z.string().optional(), ts: z.number().optional() }),
  error: z.object({ name: z.string(), message: z.string(), code: z.string().optional(), stack: z.string().optional() }),
});

const WHY = 'the embedded job engine runs system jobs (no user session) and keeps their durable state';

/**
 * The embedded job engine: the same job definitions Inngest runs in production, run durably over
 * Postgres. Events, runs, step results, sleeps and cron schedules are rows, so a restart resumes
 * unfinished runs from their last step and wakes due sleeps; several processes can share one
 * database (runs are claimed with `for update skip locked` and leases).
 */
export class EmbeddedEngine {
  readonly owner: string;
  private readonly jobs: Map<string, Job>;
  private readonly capacity: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;
  private readonly backoffMs: (attempt: number) => number;
  private readonly inflight = new Set<Promise<void>>();
  private schedulesSynced = false;

  constructor(
    jobs: readonly Job[],
    private readonly options: EngineOptions = {},
  ) {
    this.jobs = new Map(jobs.map((job) => [job.id, job]));
    if (this.jobs.size !== jobs.length) throw new Error('Two jobs share an id');
    this.capacity = options.capacity ?? 4;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
    this.backoffMs = options.backoffMs ?? defaultBackoffMs;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  get busy(): number {
    return this.inflight.size;
  }

  private async db(): Promise<Db> {
    return this.options.db ?? unsafeSystemDb(WHY);
  }

  /**
   * For the metrics endpoint: runs due now and waiting for a worker (queued or sleeping with a
   * wake time passed), and how long the oldest of them has waited. All workers' runs: one table.
   */
  async queueStats(): Promise<{ depth: number; lagSeconds: number }> {
    const [row] = await (
      await this.db()
    )
      .select({ depth: sql<number>`count(*)::int`, oldest: sql<Date | string | null>`min(${jobRuns.runAt})` })
      .from(jobRuns)
      .where(and(inArray(jobRuns.status, ['queued', 'sleeping']), lte(jobRuns.runAt, this.now())));
    const oldest = row?.oldest ? new Date(row.oldest) : null;
    return { depth: row?.depth ?? 0, lagSeconds: oldest ? Math.max(0, (this.now().getTime() - oldest.getTime()) / 1000) : 0 };
  }

  /**
   * One pass: creates runs for new events and due cron ticks, then claims due runs up to the free
   * capacity and starts them (without waiting). Returns how much it found to do.
   */
  async tick(): Promise<number> {
    if (!this.schedulesSynced) await this.syncSchedules();
    // Separate tables, separate transactions: side by side (a pooled connection overlaps them).
    const [dispatched, fired] = await Promise.all([
      inSpan('job.dispatch-events', () => this.dispatchEvents()),
      inSpan('job.fire-schedules', () => this.fireDueSchedules()),
    ]);
    const db = await this.db();
    const runs = await inSpan('job.claim-runs', () =>
      claimRuns(db, this.jobs, {
        owner: this.owner,
        capacity: this.capacity - this.inflight.size,
        leaseMs: this.leaseMs,
        now: this.now(),
      }),
    );
    for (const run of runs) {
      const execution = this.executeRun(run).catch((err: unknown) => reportError(err, { where: 'job engine', runId: run.id }));
      this.inflight.add(execution);
      void execution.finally(() => {
        this.inflight.delete(execution);
        this.options.onRunFinished?.();
      });
    }
    return dispatched + fired + runs.length;
  }

  /** Ticks until nothing is due and nothing runs (tests; a sleep due later is left sleeping). */
  async drain(maxPasses = 1000): Promise<void> {
    for (let pass = 0; pass < maxPasses; pass++) {
      const found = await this.tick();
      if (this.inflight.size > 0) {
        await Promise.allSettled([...this.inflight]);
        continue;
      }
      if (found === 0) return;
    }
    throw new Error(`The job engine was still busy after ${maxPasses} passes`);
  }

  /** Waits for the runs this engine is executing (a graceful stop). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /** Makes the cron table match the registry: new schedules start at their next tick, changed ones move. */
  async syncSchedules(): Promise<void> {
    const db = await this.db();
    const now = this.now();
    const cronJobs = [...this.jobs.values()].flatMap((job) => ('cron' in job.trigger ? [{ id: job.id, cron: job.trigger.cron }] : []));
    await db.transaction(async (tx) => {
      for (const { id, cron } of cronJobs) {
        const [current] = await tx.select().from(jobSchedules).where(eq(jobSchedules.functionId, id)).for('update');
        if (!current)
          await tx
            .insert(jobSchedules)
            .values({ functionId: id, cron, nextAt: nextCronTick(cron, now) })
            .onConflictDoNothing();
        else if (current.cron !== cron)
          await tx
            .update(jobSchedules)
            .set({ cron, nextAt: nextCronTick(cron, now) })
            .where(eq(jobSchedules.functionId, id));
      }
      const ids = cronJobs.map((job) => job.id);
      await tx.delete(jobSchedules).where(ids.length ? notInArray(jobSchedules.functionId, ids) : undefined);
    });
    this.schedulesSynced = true;
  }

  /** Turns pending events into runs of every job they trigger. */
  async dispatchEvents(limit = 100): Promise<number> {
    const db = await this.db();
    const now = this.now();
    return db.transaction(async (tx) => {
      const pending = await tx
        .select()
        .from(jobEvents)
        // next_attempt_at defaults to the database's now(), in microseconds; `now` has milliseconds.
        // Compared as is, an event recorded in the same millisecond as this tick looks a few µs
        // in the future and waits a whole poll: round up to the millisecond's end.
        .where(and(isNull(jobEvents.dispatchedAt), lte(jobEvents.nextAttemptAt, new Date(now.getTime() + 1))))
        .orderBy(asc(jobEvents.seq))
        .limit(limit)
        .for('update', { skipLocked: true });
      for (const event of pending) {
        const raw: JobEvent<unknown> = {
          name: event.name,
          data: event.data,
          ...(event.externalId ? { id: event.externalId } : {}),
          ts: event.ts.getTime(),
        };
        for (const job of this.jobs.values()) {
          if ('event' in job.trigger && job.trigger.event === event.name) await createRun(tx, job, { event: raw, eventId: event.id }, now);
        }
      }
      if (pending.length)
        await tx
          .update(jobEvents)
          .set({ dispatchedAt: now })
          .where(
            inArray(
              jobEvents.id,
              pending.map((e) => e.id),
            ),
          );
      return pending.length;
    });
  }

  /** One run per due schedule, however many ticks were missed; the schedule moves past now. */
  async fireDueSchedules(): Promise<number> {
    const db = await this.db();
    const now = this.now();
    return db.transaction(async (tx) => {
      const due = await tx.select().from(jobSchedules).where(lte(jobSchedules.nextAt, now)).for('update', { skipLocked: true });
      for (const schedule of due) {
        const job = this.jobs.get(schedule.functionId);
        if (!job) continue;
        await createRun(tx, job, { event: { name: SCHEDULED_EVENT, data: { cron: schedule.cron }, ts: schedule.nextAt.getTime() } }, now);
        await tx
          .update(jobSchedules)
          .set({ nextAt: nextCronTick(schedule.cron, now), lastAt: now })
          .where(eq(jobSchedules.functionId, schedule.functionId));
      }
      return due.length;
    });
  }

  /** Starts a failed run again for the same event, as a new run (Inngest's "rerun"). */
  async rerun(runId: string): Promise<string> {
    const db = await this.db();
    return db.transaction(async (tx) => {
      const [run] = await tx.select().from(jobRuns).where(eq(jobRuns.id, runId));
      const job = run ? this.jobs.get(run.functionId) : undefined;
      if (!run || !job || run.kind !== 'main') throw new Error('Only a run of a known function can be re-run');
      const event: JobEvent<unknown> = {
        name: run.eventName,
        data: run.eventData,
        ts: run.eventTs.getTime(),
        ...(run.eventExternalId ? { id: run.eventExternalId } : {}),
      };
      const id = await createRun(tx, job, { event, eventId: run.eventId, rerunOf: run.id }, this.now());
      return id!;
    });
  }

  /** Executes a claimed run until it finishes, fails, sleeps or waits for a retry. */
  async executeRun(run: ClaimedRun): Promise<void> {
    const job = this.jobs.get(run.functionId);
    if (!job) return;
    const db = await this.db();
    const store = new RunStore(db, run.id, this.owner);
    const execution = new RunExecution(store, await inSpan('job.load-steps', () => store.loadSteps()), {
      db,
      now: this.now,
      attempt: run.attempt,
      retries: job.options.retries,
      backoffMs: this.backoffMs,
    });
    const heartbeat = setInterval(
      () => {
        void store
          .renewLease(new Date(this.now().getTime() + this.leaseMs))
          .catch((err: unknown) => reportError(err, { where: 'job lease', runId: run.id }));
      },
      Math.max(this.leaseMs / 3, 50),
    );
    heartbeat.unref();
    try {
      const outcome = await Promise.race([
        this.startHandler(job, run, execution).then(
          (value) => ({ type: 'returned' as const, value }),
          (error: unknown) => ({ type: 'threw' as const, error }),
        ),
        execution.interrupted.then(() => ({ type: 'interrupted' as const })),
      ]);
      await execution.settle();
      await inSpan('job.record-run', () => this.record(store, job, run, execution, outcome));
    } catch (err) {
      if (!(err instanceof LeaseLostError)) throw err;
    } finally {
      clearInterval(heartbeat);
    }
  }

  private startHandler(job: Job, run: ClaimedRun, execution: RunExecution): Promise<unknown> {
    if (run.kind === 'failure') {
      const payload = failurePayload.parse(run.eventData);
      return job.executeFailure(payload.event, payload.error, execution.tools, { runId: run.id });
    }
    const event: JobEvent<unknown> = {
      name: run.eventName,
      data: run.eventData,
      ts: run.eventTs.getTime(),
      ...(run.eventExternalId ? { id: run.eventExternalId } : {}),
    };
    return job.execute(event, execution.tools, { attempt: run.attempt, runId: run.id });
  }

  private async record(
    store: RunStore,
    job: Job,
    run: ClaimedRun,
    execution: RunExecution,
    outcome: { type: 'returned'; value: unknown } | { type: 'threw'; error: unknown } | { type: 'interrupted' },
  ): Promise<void> {
    const reasons = execution.reasons;
    if (reasons.some((r) => r.kind === 'lease-lost')) return;
    const now = this.now();
    if (outcome.type === 'interrupted' || reasons.length > 0) {
      const times = reasons.map((r) => (r.kind === 'sleep' ? r.until : r.kind === 'retry' ? r.at : now).getTime());
      const retry = reasons.find((r) => r.kind === 'retry');
      await store.finish({
        status: retry ? 'queued' : 'sleeping',
        runAt: new Date(Math.min(...times)),
        ...(retry && retry.kind === 'retry' ? { attempt: run.attempt + 1, error: retry.error } : {}),
      });
      return;
    }
    if (outcome.type === 'returned') {
      await store.finish({ status: 'succeeded', output: jsonSafe(outcome.value), error: null, finishedAt: now });
      getMetrics().jobRuns.inc({ job_name: job.id, outcome: 'completed' });
      return;
    }
    const error = serializeError(outcome.error);
    const isFinal = outcome.error instanceof StepError || outcome.error instanceof NonRetriableError;
    if (!isFinal && run.attempt < job.options.retries) {
      await store.finish({
        status: 'queued',
        runAt: new Date(now.getTime() + this.backoffMs(run.attempt)),
        attempt: run.attempt + 1,
        error,
      });
      return;
    }
    await store.finish({ status: 'failed', error, finishedAt: now }, async (tx) => {
      if (run.kind !== 'main' || !job.hasFailureHandler) return;
      const original = {
        name: run.eventName,
        data: run.eventData,
        ts: run.eventTs.getTime(),
        ...(run.eventExternalId ? { id: run.eventExternalId } : {}),
      };
      await createRun(
        tx,
        job,
        {
          kind: 'failure',
          failureOf: run.id,
          event: { name: FAILED_EVENT, data: { function_id: job.id, run_id: run.id, error, event: original } },
        },
        now,
      );
    });
    getMetrics().jobRuns.inc({ job_name: job.id, outcome: 'failed' });
    reportError(outcome.error, { job: job.id, runId: run.id, kind: run.kind });
  }
}

/** A handler's return value as JSON (what Inngest keeps of it). */
function jsonSafe(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value === undefined ? null : value) ?? 'null');
  } catch {
    return { unserializable: true };
  }
}
