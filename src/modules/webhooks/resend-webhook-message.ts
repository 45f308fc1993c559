import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { events } from '~inngest/client';
import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { flushEvents } from '@/lib/jobs/send-events';
import { getOwnEndpointOrThrow } from './find-own-endpoint';
import { webhookMessages } from './schema';

/**
 * "Resend": the same message (same `webhook-id`, same payload, signed anew) delivered again by a
 * new run of the delivery job — for a receiver that lost it or was fixed after the job gave up.
 */
export async function resendWebhookMessage(claims: VerifiedClaims, input: { endpointId: string; messageId: string }): Promise<void> {
  const parsed = z.strictObject({ endpointId: z.uuid(), messageId: z.string().regex(/^msg_[A-Za-z0-9]{10,64}$/) }).safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const endpoint = await getOwnEndpointOrThrow(claims, parsed.data.endpointId);
  if (!endpoint.isEnabled) throw new AppError('CONFLICT', 'errors.webhooks.disabled');
  const db = await unsafeSystemDb('the owner (checked through RLS above) resends a message of their endpoint');
  await db.transaction(async (tx) => {
    const [message] = await tx
      .update(webhookMessages)
      .set({ status: 'pending' })
      .where(and(eq(webhookMessages.id, parsed.data.messageId), eq(webhookMessages.endpointId, endpoint.id)))
      .returning({ id: webhookMessages.id });
    if (!message) throw new AppError('NOT_FOUND', 'errors.webhooks.notFound');
    await enqueueEvents(tx, [eventOf(events.webhookMessageQueued, { messageId: message.id }, { id: `webhook-resend:${randomUUID()}` })]);
  });
  await flushEvents();
}
