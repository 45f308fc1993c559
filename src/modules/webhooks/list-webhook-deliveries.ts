import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { getOwnEndpointOrThrow } from './find-own-endpoint';
import { webhookAttempts, webhookMessages, type WebhookMessageStatus } from './schema';

export type WebhookAttemptLog = {
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string;
  error: string | null;
  isSuccess: boolean;
  createdAt: Date;
};
export type WebhookDelivery = {
  messageId: string;
  eventType: string;
  status: WebhookMessageStatus;
  createdAt: Date;
  attempts: WebhookAttemptLog[];
};

/** The delivery log of one of the caller's endpoints: its latest messages, each with its attempts (oldest first). */
export async function listWebhookDeliveries(
  claims: VerifiedClaims,
  input: { endpointId: string; limit?: number },
): Promise<WebhookDelivery[]> {
  const parsed = z.strictObject({ endpointId: z.uuid(), limit: z.number().int().min(1).max(100).default(50) }).safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const endpoint = await getOwnEndpointOrThrow(claims, parsed.data.endpointId);
  const db = await unsafeSystemDb('the owner (checked through RLS above) reads their endpoint’s delivery log');
  const messages = await db
    .select()
    .from(webhookMessages)
    .where(eq(webhookMessages.endpointId, endpoint.id))
    .orderBy(desc(webhookMessages.createdAt))
    .limit(parsed.data.limit);
  const attempts = messages.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.messageId,
            messages.map((m) => m.id),
          ),
        )
        .orderBy(webhookAttempts.id)
    : [];
  return messages.map((m) => ({
    messageId: m.id,
    eventType: m.eventType,
    status: m.status,
    createdAt: m.createdAt,
    attempts: attempts
      .filter((a) => a.messageId === m.id)
      .map((a) => ({
        statusCode: a.statusCode,
        latencyMs: a.latencyMs,
        responseExcerpt: a.responseExcerpt,
        error: a.error,
        isSuccess: a.isSuccess,
        createdAt: a.createdAt,
      })),
  }));
}
