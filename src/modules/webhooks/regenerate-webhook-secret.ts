import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { newSigningSecret } from './endpoint-input';
import { webhookEndpoints } from './schema';

/**
 * A new signing secret for one of the caller's endpoints, shown this once. Deliveries from now on
 * (retries of older messages too) are signed with it: the receiver must switch at once.
 */
export async function regenerateWebhookSecret(claims: VerifiedClaims, input: { id: string }): Promise<{ secret: string }> {
  const parsed = z.strictObject({ id: z.uuid() }).safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  const { secret } = newSigningSecret();
  await withRls(claims, async (tx) => {
    const [row] = await tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.id, parsed.data.id));
    if (!row) throw new AppError('NOT_FOUND', 'errors.webhooks.notFound');
    await tx.execute(sql`select private.set_webhook_endpoint_secret(${row.id}::uuid, ${secret})`);
  });
  return { secret };
}
