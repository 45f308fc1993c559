import { z } from 'zod';
import { events } from '~inngest/client';
import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { TEST_EVENT_TYPE, testEventData, type WebhookPayload } from './event-catalogue';
import { getOwnEndpointOrThrow } from './find-own-endpoint';
import { newMessageId } from './raise-webhook-event';
import { webhookMessages } from './schema';

/**
 * "Send test event": a `webhook.test` message to one of the caller's endpoints, delivered by the
 * same job (signed, logged, retried) as real events. Returns the message id (the `webhook-id`).
 */
export async function sendTestWebhook(claims: VerifiedClaims, input: { endpointId: string }): Promise<{ messageId: string }> {
  const parsed = z.strictObject({ endpointId: z.uuid() }).safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const endpoint = await getOwnEndpointOrThrow(claims, parsed.data.endpointId);
  if (!endpoint.isEnabled) throw new AppError('CONFLICT', 'errors.webhooks.disabled');
  const messageId = newMessageId();
  const data = testEventData.parse({ endpointId: endpoint.id, message: 'A test event from Page Magic.' });
  const payload: WebhookPayload = { type: TEST_EVENT_TYPE, timestamp: new Date().toISOString(), data };
  const db = await unsafeSystemDb('the owner (checked through RLS above) queues a test message to their endpoint');
  await db.transaction(async (tx) => {
    await tx
      .insert(webhookMessages)
      .values({ id: messageId, endpointId: endpoint.id, eventType: TEST_EVENT_TYPE, eventKey: `test:${messageId}`, payload });
    await enqueueEvents(tx, [eventOf(events.webhookMessageQueued, { messageId }, { id: `webhook:${messageId}` })]);
  });
  await flushEvents();
  return { messageId };
}
