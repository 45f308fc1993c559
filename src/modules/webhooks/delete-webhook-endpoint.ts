import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { webhookEndpoints } from './schema';

/** Removes one of the caller's endpoints with its secret, messages and log (cascade). */
export async function deleteWebhookEndpoint(claims: VerifiedClaims, input: { id: string }): Promise<void> {
  const parsed = z.strictObject({ id: z.uuid() }).safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const removed = await withRls(claims, (tx) =>
    tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, parsed.data.id)).returning({ id: webhookEndpoints.id }),
  );
  if (removed.length === 0) throw new AppError('NOT_FOUND', 'errors.webhooks.notFound');
}
