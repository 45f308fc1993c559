/**
 * The jobs port. A job is plain code: a handler that does its work in named,
 * idempotent steps. Inngest runs it durably in production (each step's result
 * is memoised, failures retried); the in-process runner does the same in one
 * process for the embedded default. Step results must be JSON-serialisable.
 */
export type JobEvent<D> = { name: string; data: D; id?: string };

export interface StepTools {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

export type JobContext<D> = { event: JobEvent<D>; step: StepTools; attempt: number };

export type JobDefinition<D> = {
  id: string;
  event: string;
  /** Retries after the first attempt. */
  retries: number;
  handler: (ctx: JobContext<D>) => Promise<unknown>;
  /** Runs once when every attempt failed (Inngest's onFailure), e.g. to mark a deployment failed. */
  onFailure?: (ctx: { event: JobEvent<D>; error: unknown }) => Promise<void>;
};
