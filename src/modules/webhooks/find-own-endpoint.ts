import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { webhookEndpoints } from './schema';

/**
 * The caller's endpoint, read through RLS — the gate of every function that then reads the
 * endpoint's messages and log on the privileged connection (those tables live in the private
 * schema). Another account's endpoint is "not found", as if it did not exist.
 */
export async function getOwnEndpointOrThrow(claims: VerifiedClaims, endpointId: string) {
  const [row] = await withRls(claims, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)));
  if (!row) throw new AppError('NOT_FOUND', 'errors.webhooks.notFound');
  return row;
}
