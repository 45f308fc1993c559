import { desc, eq, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { apiKeys } from './schema';

export type ApiKeyListItem = Awaited<ReturnType<typeof listApiKeys>>[number];

/**
 * The caller's keys, newest first, revoked ones too (marked). Filtered by owner explicitly because
 * RLS lets an admin read every key, and an admin's settings page shows their own.
 */
export async function listApiKeys(claims: VerifiedClaims) {
  return withRls(claims, (tx) =>
    tx
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        projectId: apiKeys.projectId,
        expiresAt: apiKeys.expiresAt,
        lastUsedAt: apiKeys.lastUsedAt,
        revokedAt: apiKeys.revokedAt,
        createdAt: apiKeys.createdAt,
        /** Measured by the database clock, when the page asks. */
        isExpired: sql<boolean>`coalesce(${apiKeys.expiresAt} <= now(), false)`,
      })
      .from(apiKeys)
      .where(eq(apiKeys.ownerId, claims.sub))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)),
  );
}
