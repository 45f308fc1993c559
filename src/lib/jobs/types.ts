import type { TimeStr } from 'inngest';
import type { Jsonify } from 'inngest/types';

/**
 * The jobs port. A job is plain code that does its work in named, idempotent steps; it is written
 * once (`defineJob`) and run by either adapter with the same semantics:
 *  - Inngest in production (`toInngestFunction`, served at /api/inngest);
 *  - the embedded engine over Postgres (src/lib/jobs/embedded) when Inngest is not configured.
 * The step tools are the subset of Inngest's that both adapters implement, typed exactly like
 * Inngest's (a step's result is what survives JSON: `Jsonify`), so no cast stands between them.
 */

/** What a step's result becomes once memoised: JSON, as Inngest stores it (undefined → null). */
export type StepOutput<T> = Jsonify<Awaited<T extends void ? null : T>>;

/** Milliseconds, or a duration string as Inngest reads it ("30s", "5m", "1h30m", "2d"). */
export type Duration = number | string;

/** An event on its way out: a catalog entry's name and a payload its schema accepts. */
export type OutgoingEvent = { name: string; data: Record<string, unknown>; id?: string };

declare const checked: unique symbol;
/** An event built from a catalog entry and validated against its schema (only `eventOf` makes one). */
export type CheckedEvent = OutgoingEvent & { readonly [checked]: true };

export interface StepTools {
  /** Runs `fn` once per run: its result is memoised; a failure is retried with backoff. */
  run<T>(id: string, fn: () => Promise<T>): Promise<StepOutput<T>>;
  /** Pauses the run durably (a restart does not cut it short or start it over). */
  sleep(id: string, duration: Duration): Promise<void>;
  sleepUntil(id: string, time: Date | string): Promise<void>;
  /** Sends events from inside a run, once (a retry does not send them again). */
  sendEvent(id: string, events: CheckedEvent | CheckedEvent[]): Promise<{ ids: string[] }>;
}

/** The event a handler receives: validated against the catalog's schema. */
export type JobEvent<Data> = { name: string; data: Data; id?: string; ts?: number };

/**
 * An error as it is stored between attempts and handed to a failure handler. `key` and `values`
 * are an AppError's message key (the embedded engine keeps them; Inngest keeps only name,
 * message, stack and code).
 */
export type SerializedError = {
  name: string;
  message: string;
  code?: string;
  key?: string;
  values?: Record<string, string | number>;
  stack?: string;
};

export type JobContext<Data> = {
  event: JobEvent<Data>;
  step: StepTools;
  /** Zero-based attempt of the step (or of the code between steps) now running. */
  attempt: number;
  runId: string;
};

export type FailureContext<Data> = {
  /** The event of the run that failed. */
  event: JobEvent<Data>;
  error: SerializedError;
  step: StepTools;
  runId: string;
};

/** A concurrency limit over runs executing at once; `key` (an expression) splits it into groups. */
export type ConcurrencyOption = {
  limit: number;
  /** e.g. "event.data.host": one group per host. */
  key?: string;
  /** "fn" (default): per function; "env": shared by every function using the same key. */
  scope?: 'fn' | 'env';
};

/** At most `limit` run starts per `period`, evenly spaced; `burst` lets that many start at once. */
export type ThrottleOption = { limit: number; period: TimeStr; key?: string; burst?: number };

export type RetryCount = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

export type JobOptions = {
  /** Retries after the first attempt, per step (Inngest's semantics). Default 3. */
  retries: RetryCount;
  concurrency?: [ConcurrencyOption] | [ConcurrencyOption, ConcurrencyOption];
  throttle?: ThrottleOption;
  /** An expression over the event; at most one run per key and function in 24 hours. */
  idempotency?: string;
};

export type Trigger = { event: string } | { cron: string };

/**
 * A job with its event type erased: what the adapters and the registry handle. `execute` parses
 * the raw event with the trigger's schema before the typed handler sees it, so the erasure is
 * sound without casts.
 */
export interface Job {
  readonly id: string;
  readonly trigger: Trigger;
  readonly options: JobOptions;
  readonly hasFailureHandler: boolean;
  execute(raw: JobEvent<unknown>, step: StepTools, meta: { attempt: number; runId: string }): Promise<unknown>;
  executeFailure(original: JobEvent<unknown>, error: SerializedError, step: StepTools, meta: { runId: string }): Promise<unknown>;
}
