import { and, eq, isNull, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { revokeApiKeyInput, type RevokeApiKeyInput } from './api-key-input';
import { apiKeys } from './schema';

/**
 * Revokes one of the caller's keys at once: the next call with it is refused (every call looks
 * the key up; nothing is cached). The trigger stamps the time and audits it. A key that is not
 * the caller's, or is already revoked, is "not found".
 */
export async function revokeApiKey(claims: VerifiedClaims, raw: RevokeApiKeyInput) {
  const input = revokeApiKeyInput.parse(raw);
  return withRls(claims, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, input.keyId), eq(apiKeys.ownerId, claims.sub), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, revokedAt: apiKeys.revokedAt });
    if (!row) throw new AppError('NOT_FOUND', 'errors.common.notFound');
    return row;
  });
}
