import { getEnv } from '@/lib/env';
import { reportError } from '@/lib/observability';
import { runJobInProcess } from './run-in-process';
import type { JobEvent } from './types';

const globalForJobs = globalThis as typeof globalThis & { __pageMagicJobs?: Set<Promise<unknown>> };
const inFlight = (globalForJobs.__pageMagicJobs ??= new Set());

/**
 * Sends an event to the job engine: Inngest when INNGEST_EVENT_KEY is set,
 * else the in-process runner starts every job listening for it, without
 * blocking the caller (like Inngest, the request returns at once).
 */
export async function sendEvent<D>(event: JobEvent<D>): Promise<void> {
  if (getEnv().INNGEST_EVENT_KEY) {
    const { inngest } = await import('~inngest/client');
    await inngest.send({ name: event.name, data: event.data as Record<string, unknown>, ...(event.id ? { id: event.id } : {}) });
    return;
  }
  // Imported lazily: job definitions import domain modules, which import this port.
  const { jobsFor } = await import('~inngest/functions/registry');
  for (const job of jobsFor(event.name)) {
    const run = runJobInProcess(job, event).catch((err: unknown) => reportError(err, { job: job.id }));
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  }
}

/** Resolves when every in-process job started so far has finished (tests, graceful shutdown). */
export async function waitForInProcessJobs(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
