import type { GetStepTools } from 'inngest';
import { inngest } from '~inngest/client';
import { serializeError } from './serialize-error';
import type { CheckedEvent, Job, JobEvent, StepTools } from './types';

type InngestStep = GetStepTools<typeof inngest>;

/** Our step tools over Inngest's: the same calls, the same types (see StepOutput). */
export function stepToolsFromInngest(step: InngestStep): StepTools {
  return {
    run: (id, fn) => step.run(id, fn),
    sleep: (id, duration) => step.sleep(id, duration),
    sleepUntil: (id, time) => step.sleepUntil(id, time),
    sendEvent: (id, events) => step.sendEvent(id, toArray(events)),
  };
}

function toArray(events: CheckedEvent | CheckedEvent[]): CheckedEvent[] {
  return Array.isArray(events) ? events : [events];
}

function rawEvent(event: { name: string; data?: unknown; id?: string; ts?: number }): JobEvent<unknown> {
  return { name: event.name, data: event.data ?? {}, ...(event.id ? { id: event.id } : {}), ...(event.ts ? { ts: event.ts } : {}) };
}

type FailedEvent = { data: { event: { name: string; data?: unknown; id?: string; ts?: number } } };

/** The job's failure handler as Inngest calls it: the original event comes wrapped in `inngest/function.failed`. */
export function inngestFailureHandler(job: Job) {
  return ({ event, error, step, runId }: { event: FailedEvent; error: unknown; step: StepTools; runId: string }) =>
    job.executeFailure(rawEvent(event.data.event), serializeError(error), step, { runId });
}

/**
 * The job as an Inngest function: the same id, trigger and flow control (retries, concurrency,
 * throttle, idempotency), so Inngest enforces in production exactly what the embedded engine
 * enforces locally. The handler re-validates the event against the catalog's schema.
 */
export function toInngestFunction(job: Job) {
  const { retries, concurrency, throttle, idempotency } = job.options;
  return inngest.createFunction(
    {
      id: job.id,
      retries,
      triggers: ['cron' in job.trigger ? { cron: job.trigger.cron } : { event: job.trigger.event }],
      ...(concurrency ? { concurrency } : {}),
      ...(throttle ? { throttle } : {}),
      ...(idempotency ? { idempotency } : {}),
      ...(job.hasFailureHandler
        ? {
            onFailure: ({ event, error, step, runId }) =>
              inngestFailureHandler(job)({ event, error, step: stepToolsFromInngest(step), runId }),
          }
        : {}),
    },
    async ({ event, step, attempt, runId }) => job.execute(rawEvent(event), stepToolsFromInngest(step), { attempt, runId }),
  );
}
