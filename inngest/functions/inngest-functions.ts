import { inngest } from '../client';
import { jobs } from './registry';
import type { StepTools } from '@/lib/jobs/types';

/**
 * The same job definitions as Inngest functions. Inngest's `step.run`
 * memoises JSON results exactly like our StepTools contract, so the handler
 * receives it as-is.
 */
export const inngestFunctions = jobs.map((job) =>
  inngest.createFunction(
    {
      id: job.id,
      retries: job.retries as 3,
      triggers: [{ event: job.event }],
      onFailure: async ({ event, error }) => {
        // onFailure receives the "function failed" event wrapping the original one.
        const original = event.data.event;
        if (job.onFailure && original) await job.onFailure({ event: { name: original.name, data: original.data as never, id: original.id }, error });
      },
    },
    async ({ event, step, attempt }) =>
      job.handler({ event: { name: event.name, data: event.data as never, id: event.id }, step: step as unknown as StepTools, attempt }),
  ),
);
