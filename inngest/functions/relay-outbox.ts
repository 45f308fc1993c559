import { defineCronJob } from '@/lib/jobs/define-job';
import { deliverPendingEvents } from '@/lib/jobs/deliver-events';

/**
 * Delivers to Inngest the events whose immediate delivery failed (the outbox keeps them). With
 * the embedded engine there is nothing to relay: it reads the outbox itself.
 */
export const relayOutboxJob = defineCronJob({ id: 'relay-outbox', cron: '* * * * *' }, async ({ step }) => {
  const delivered = await step.run('deliver', () => deliverPendingEvents());
  return { delivered };
});
