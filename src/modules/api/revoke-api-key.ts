import { and, eq, isNull, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { revokeApiKeyInput, type RevokeApiKeyInput } from './api-key-input';
import { apiKeys } from './schema';
import { forgetApiKey } from './verified-key-cache';

/**
 * Revokes one of the caller's keys at once: this process forgets the key as soon as the revocation
 * committed, so the next call here is refused, and every other instance refuses it within
 * VERIFIED_KEY_TTL_MS (half a second; verified-key-cache.ts). The trigger stamps the time and
 * audits it. A key that is not the caller's, or is already revoked, is "not found".
 */
export async function revokeApiKey(claims: VerifiedClaims, raw: RevokeApiKeyInput) {
  const input = revokeApiKeyInput.parse(raw);
  const revoked = await withRls(claims, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, input.keyId), eq(apiKeys.ownerId, claims.sub), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, revokedAt: apiKeys.revokedAt });
    if (!row) throw new AppError('NOT_FOUND', 'errors.common.notFound');
    return row;
  });
  forgetApiKey(revoked.id);
  return revoked;
}
