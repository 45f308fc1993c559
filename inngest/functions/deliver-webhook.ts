import { events } from '~inngest/client';
import { defineJob } from '@/lib/jobs/define-job';
import { RETRY_DELAYS, unsafeAttemptWebhookDelivery, unsafeGiveUpWebhookMessage } from '@/modules/webhooks/deliver-webhook-message';

/**
 * Delivers one outgoing webhook message (one event for one endpoint): an attempt, then durable
 * sleeps of the back-off schedule between further attempts, about a day in all; each attempt is a
 * step that logs itself and never throws for a receiver's failure (a thrown error — the database
 * down — is the engine's own retry of that step). All attempts carry the same `webhook-id`, so a
 * receiver that got an earlier one dedupes. When every attempt failed, the give-up step may switch
 * the endpoint off and tell its owner (src/modules/webhooks/deliver-webhook-message.ts).
 */
export const deliverWebhookJob = defineJob(
  { id: 'deliver-webhook', trigger: events.webhookMessageQueued, retries: 3, concurrency: { limit: 10 } },
  async ({ event, step }) => {
    const { messageId } = event.data;
    for (let attempt = 0; attempt <= RETRY_DELAYS.length; attempt++) {
      if (attempt > 0) await step.sleep(`wait-${attempt}`, RETRY_DELAYS[attempt - 1]!);
      const result = await step.run(`attempt-${attempt}`, () => unsafeAttemptWebhookDelivery(messageId));
      if (result.outcome !== 'failed') return { ...result, attempts: attempt + 1 };
    }
    const { disabled } = await step.run('give-up', () => unsafeGiveUpWebhookMessage(messageId));
    return { outcome: 'failed', attempts: RETRY_DELAYS.length + 1, disabled };
  },
);
