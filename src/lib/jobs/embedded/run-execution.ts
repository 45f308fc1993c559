import { setImmediate as nextTurn } from 'node:timers/promises';
import { durationToMs, NonRetriableError, RetryAfterError, StepError } from 'inngest';
import type { Db } from '@/lib/db/client';
import { enqueueEvents } from '../events';
import { serializeError } from '../serialize-error';
import type { CheckedEvent, SerializedError, StepOutput, StepTools } from '../types';
import type { StepOp } from '../schema';
import { inSpan } from '@/lib/telemetry/with-span';
import { LeaseLostError, type MemoizedStep, type RunStore } from './run-store';

/** How a step's execution ended, once recorded. */
type StepResult = { type: 'value'; json: string } | { type: 'error'; error: SerializedError } | { type: 'parked' };

/** Why an execution stopped before the handler returned. */
export type Interrupt = { kind: 'sleep'; until: Date } | { kind: 'retry'; at: Date; error: SerializedError } | { kind: 'lease-lost' };

/** A promise that never settles: how a step hands control back to the engine (as Inngest's SDK does). */
function parked<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

/**
 * One execution of a run's handler with durable step tools. The handler replays from the top:
 * memoised steps return their stored result at once; the first step not yet done runs (and is
 * recorded) or, for a sleep or a failure to retry, parks the handler and tells the engine when to
 * come back. Identical step semantics to Inngest's SDK: ids repeated in one run get ":1", ":2"…;
 * results are JSON; a step that exhausts its retries throws a StepError into the handler, which
 * may catch it; a NonRetriableError is not retried.
 */
export class RunExecution {
  private readonly seen = new Map<string, number>();
  private readonly inflight = new Set<Promise<unknown>>();
  private readonly interrupts: Interrupt[] = [];
  private wake: (() => void) | undefined;
  readonly interrupted: Promise<void>;
  readonly tools: StepTools;

  constructor(
    private readonly store: RunStore,
    private readonly memo: Map<string, MemoizedStep>,
    private readonly context: {
      db: Db;
      now: () => Date;
      attempt: number;
      retries: number;
      backoffMs: (attempt: number) => number;
    },
  ) {
    this.interrupted = new Promise<void>((resolve) => (this.wake = resolve));
    this.tools = {
      run: (id, fn) => this.runStep(id, 'run', fn),
      sleep: (id, duration) => this.sleepStep(id, new Date(this.context.now().getTime() + durationToMs(duration))),
      sleepUntil: (id, time) => this.sleepStep(id, new Date(time)),
      sendEvent: (id, events) => this.runStep(id, 'sendEvent', () => this.send(events)),
    };
  }

  /** Everything that interrupted this execution (parallel steps can each ask for a sleep or a retry). */
  get reasons(): readonly Interrupt[] {
    return this.interrupts;
  }

  /** Resolves when every step started in this execution has recorded its outcome. */
  async settle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  private interrupt(reason: Interrupt): void {
    this.interrupts.push(reason);
    this.wake?.();
  }

  private uniqueId(id: string): string {
    const count = this.seen.get(id) ?? 0;
    this.seen.set(id, count + 1);
    return count === 0 ? id : `${id}:${count}`;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inflight.add(promise);
    void promise.then(
      () => this.inflight.delete(promise),
      () => this.inflight.delete(promise),
    );
    return promise;
  }

  private async send(events: CheckedEvent | CheckedEvent[]): Promise<{ ids: string[] }> {
    return { ids: await enqueueEvents(this.context.db, Array.isArray(events) ? events : [events]) };
  }

  private runStep<T>(id: string, op: StepOp, fn: () => Promise<T>): Promise<StepOutput<T>> {
    const stepId = this.uniqueId(id);
    const done = this.memo.get(stepId);
    if (done?.status === 'completed') return Promise.resolve(parseOutput<T>(done.outputJson));
    if (done?.status === 'failed') return Promise.reject(new StepError(stepId, done.error ?? { name: 'Error', message: 'Step failed' }));
    // Once the engine has been asked to stop (a sleep, a retry), no new step starts.
    if (this.interrupts.length > 0) return parked();
    // `track` waits for the step to be *recorded*; the handler gets its value, its error, or a
    // promise that never settles when the engine must take over (a retry later, a lost lease).
    // No span of its own here: the step's span is the job's (observe-steps.ts, `job <id> · <step>`,
    // the same on Inngest); a second one around the same work counted it twice in traces.
    return this.track(this.execute(stepId, op, fn)).then((result) => {
      if (result.type === 'value') return parseOutput<T>(result.json);
      if (result.type === 'error') throw new StepError(stepId, result.error);
      return parked<StepOutput<T>>();
    });
  }

  private async execute<T>(stepId: string, op: StepOp, fn: () => Promise<T>): Promise<StepResult> {
    const startedAt = this.context.now();
    let value: T;
    try {
      value = await fn();
    } catch (err) {
      return this.stepFailed(stepId, op, err, startedAt);
    }
    const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
    const saved = await this.save({
      stepId,
      op,
      status: 'completed',
      outputJson: json,
      error: null,
      attemptsDelta: 1,
      startedAt,
      finishedAt: this.context.now(),
      resetRunAttempt: true,
    });
    // One turn of the event loop between steps: with PGlite (WASM, on this thread) a run's queries
    // resolve as microtasks, so a run of many steps would otherwise hold off this process's timers
    // and requests until it parks — a site just made live would not answer until the
    // announcements after it were done. (node:timers/promises: tests' fake timers leave it real.)
    await nextTurn();
    return saved ? { type: 'value', json } : { type: 'parked' };
  }

  /** Records a step; false (and the execution stops) when another worker owns the run now. */
  private async save(step: Parameters<RunStore['saveStep']>[0]): Promise<boolean> {
    try {
      await inSpan('job.step.save', () => this.store.saveStep(step));
      return true;
    } catch (err) {
      if (!(err instanceof LeaseLostError)) throw err;
      this.interrupt({ kind: 'lease-lost' });
      return false;
    }
  }

  private async stepFailed(stepId: string, op: StepOp, err: unknown, startedAt: Date): Promise<StepResult> {
    const error = serializeError(err);
    const canRetry = !(err instanceof NonRetriableError) && this.context.attempt < this.context.retries;
    const saved = await this.save({
      stepId,
      op,
      status: canRetry ? 'errored' : 'failed',
      error,
      attemptsDelta: 1,
      startedAt,
      finishedAt: this.context.now(),
    });
    if (!saved) return { type: 'parked' };
    if (!canRetry) return { type: 'error', error };
    this.interrupt({ kind: 'retry', at: this.retryAt(err), error });
    return { type: 'parked' };
  }

  retryAt(err: unknown): Date {
    const now = this.context.now().getTime();
    if (err instanceof RetryAfterError) {
      // Inngest's RetryAfterError keeps whole seconds, or an ISO date.
      const seconds = Number(err.retryAfter);
      const at = Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(err.retryAfter);
      if (Number.isFinite(at)) return new Date(Math.max(at, now));
    }
    return new Date(now + this.context.backoffMs(this.context.attempt));
  }

  private async sleepStep(id: string, until: Date): Promise<void> {
    const stepId = this.uniqueId(id);
    const step = this.memo.get(stepId);
    if (step?.status === 'completed') return;
    if (this.interrupts.length > 0) return parked();
    const wakeAt = step?.wakeAt ?? until;
    if (step?.status === 'sleeping' && wakeAt.getTime() <= this.context.now().getTime()) {
      const woke = {
        stepId,
        op: 'sleep' as const,
        status: 'completed' as const,
        wakeAt,
        startedAt: wakeAt,
        finishedAt: this.context.now(),
      };
      if (await this.track(this.save({ ...woke, resetRunAttempt: true }))) return;
      return parked();
    }
    if (!step && !(await this.track(this.save({ stepId, op: 'sleep', status: 'sleeping', wakeAt, startedAt: this.context.now() })))) {
      return parked();
    }
    this.interrupt({ kind: 'sleep', until: wakeAt });
    return parked();
  }
}

/** Parses a memoised result: JSON text in, the JSON value the step type promises out. */
function parseOutput<T>(json: string | null): StepOutput<T> {
  return JSON.parse(json ?? 'null');
}
