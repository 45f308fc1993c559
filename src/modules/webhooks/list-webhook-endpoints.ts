import { asc } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { toWebhookEndpoint, type WebhookEndpoint } from './endpoint-input';
import { webhookEndpoints } from './schema';

/** The caller's endpoints, oldest first (RLS: the owner's only). */
export async function listWebhookEndpoints(claims: VerifiedClaims): Promise<WebhookEndpoint[]> {
  const rows = await withRls(claims, (tx) => tx.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt)));
  return rows.map(toWebhookEndpoint);
}
