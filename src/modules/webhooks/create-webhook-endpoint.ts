import { sql } from 'drizzle-orm';
import { type z } from 'zod';
import { isImpersonating, type VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { checkWebhookUrlForm, type WebhookUrlOptions } from './check-webhook-url';
import { endpointFieldsSchema, newSigningSecret, toWebhookEndpoint, type WebhookEndpoint } from './endpoint-input';
import { webhookEndpoints } from './schema';

export type CreateWebhookEndpointInput = z.input<typeof endpointFieldsSchema>;

/** An account has a handful of destinations, not hundreds: each event is one delivery per endpoint. */
export const MAX_ENDPOINTS_PER_ACCOUNT = 10;

/**
 * Registers an endpoint for the signed-in account and returns it with its signing secret — the
 * only time the secret is shown (regenerate-webhook-secret.ts makes a new one). The URL must be
 * https and, when it is an address, a public one (check-webhook-url.ts). The endpoint and its
 * secret are written in one transaction as the owner (RLS, and the secret function checks
 * ownership). Refused while impersonating: an admin must not leave a destination for a client's
 * leads behind.
 */
export async function createWebhookEndpoint(
  claims: VerifiedClaims,
  input: CreateWebhookEndpointInput,
  options: WebhookUrlOptions = {},
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const parsed = endpointFieldsSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION', 'errors.webhooks.invalidEndpoint');
  if (isImpersonating(claims)) throw new AppError('FORBIDDEN', 'errors.webhooks.notWhileImpersonating');
  const url = await checkWebhookUrlForm(parsed.data.url, options);
  const { secret, hint } = newSigningSecret();
  return withRls(claims, async (tx) => {
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(webhookEndpoints);
    if ((count?.n ?? 0) >= MAX_ENDPOINTS_PER_ACCOUNT) throw new AppError('TIER_LIMIT', 'errors.webhooks.tooMany');
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ ownerId: claims.sub, url, description: parsed.data.description, eventTypes: parsed.data.eventTypes })
      .returning();
    await tx.execute(sql`select private.set_webhook_endpoint_secret(${row!.id}::uuid, ${secret})`);
    // The function also sets secret_hint (a column outside the owner's grant), as `hint` here.
    return { endpoint: { ...toWebhookEndpoint(row!), secretHint: hint }, secret };
  });
}
