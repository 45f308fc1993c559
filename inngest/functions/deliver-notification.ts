import { events } from '~inngest/client';
import { defineCronJob, defineJob } from '@/lib/jobs/define-job';
import {
  unsafeDeliverEmail,
  unsafeDeliverInApp,
  unsafeDeliverPush,
  unsafeMarkDelivered,
  unsafePlanDelivery,
} from '@/modules/notifications/deliver-notification';
import { unsafeListDigestRecipients, unsafeSendLeadDigest } from '@/modules/notifications/send-lead-digests';

/**
 * Delivers one notification event: plan (recipients × channels from preferences) → inbox → mail
 * and push per recipient → done, each a durable step retried with the engine's backoff. The event
 * id dedupes twice over: the job event is sent once per id, and every step is idempotent (see
 * src/modules/notifications/deliver-notification.ts).
 */
export const deliverNotificationJob = defineJob(
  { id: 'deliver-notification', trigger: events.notificationEmitted, retries: 5 },
  async ({ event, step }) => {
    const plan = await step.run('plan', () => unsafePlanDelivery(event.data.eventId));
    if (!plan) return { delivered: false };
    const inApp = await step.run('in-app', () => unsafeDeliverInApp(plan));
    const outcomes: Record<string, unknown> = {};
    for (const recipient of plan.recipients) {
      outcomes[`email:${recipient.userId}`] = await step.run(`email-${recipient.userId}`, () => unsafeDeliverEmail(plan, recipient));
      outcomes[`push:${recipient.userId}`] = await step.run(`push-${recipient.userId}`, () => unsafeDeliverPush(plan, recipient));
    }
    await step.run('done', () => unsafeMarkDelivered(plan.eventId));
    return { delivered: true, inApp, ...outcomes };
  },
);

/** The daily lead digest, at 18:00 in Brazil (the product's home market), one step per person. */
export const sendLeadDigestsJob = defineCronJob({ id: 'send-lead-digests', cron: 'TZ=America/Sao_Paulo 0 18 * * *' }, async ({ step }) => {
  const userIds = await step.run('recipients', () => unsafeListDigestRecipients());
  let leads = 0;
  for (const userId of userIds) leads += (await step.run(`digest-${userId}`, () => unsafeSendLeadDigest(userId))).leads;
  return { people: userIds.length, leads };
});
