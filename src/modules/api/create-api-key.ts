import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { createApiKeyInput, type CreateApiKeyInput } from './api-key-input';
import { mintApiKey } from './api-key-secret';
import { apiKeys } from './schema';

/**
 * A new key for the caller, returned with its secret: the only time anyone sees it (only its
 * SHA-256 is stored). Not while an admin acts as the client (a key would outlive the
 * impersonation); scope `agency` only for an agency admin. RLS checks both again, and the audit
 * trigger records the creation.
 */
export async function createApiKey(claims: VerifiedClaims, raw: CreateApiKeyInput) {
  const input = createApiKeyInput.parse(raw);
  if (claims.act) throw new AppError('FORBIDDEN', 'errors.auth.notWhileImpersonating');
  const minted = mintApiKey();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await withRls(claims, async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({
        ownerId: claims.sub,
        name: input.name,
        prefix: minted.prefix,
        secretHash: minted.secretHash,
        scopes: input.scopes,
        projectId: input.projectId ?? null,
        expiresAt,
      })
      .returning({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        projectId: apiKeys.projectId,
        expiresAt: apiKeys.expiresAt,
        createdAt: apiKeys.createdAt,
      });
    return created!;
  });
  return { ...row, key: minted.key };
}
