import { eq, sql } from 'drizzle-orm';
import { unsafeMarkClaimsVerified, type VerifiedClaims } from '@/lib/claims';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { hashApiKey, looksLikeApiKey } from './api-key-secret';
import type { ApiScope } from './api-scopes';
import { apiKeys } from './schema';
import { getCheckedApiKey, type CheckedApiKey } from './verified-key-cache';

export type ApiKeyAuth = {
  keyId: string;
  ownerId: string;
  scopes: readonly ApiScope[];
  /** The one project the key may touch; null for an account-wide key. */
  projectId: string | null;
  claims: VerifiedClaims;
};
export type ApiKeyRefusal = 'unknown' | 'revoked' | 'expired' | 'suspended';

/** How stale last_used_at may get before a call writes it again (one write per key per minute at most). */
const LAST_USED_RESOLUTION_MS = 60_000;
/** API claims live for one request; this only bounds them if something kept them. */
const CLAIMS_TTL_SECONDS = 60;
const REASON = 'API key check: find the key by its hash before anyone is signed in';

/**
 * The API's auth adapter: a bearer key → claims of its owner, which every v1 route passes to
 * withRls, so a key reaches exactly what its owner's session would (RLS decides), never more.
 * The lookup by hash runs on the privileged connection because no one is signed in yet; it reads
 * one row and writes only last_used_at.
 *
 * A key found usable is vouched for by that check for half a second (verified-key-cache.ts): a
 * busy key then costs no database round trip per call (the API's budget is 2 ms over the query
 * itself), while a revocation or a suspension still reaches every instance within half a second,
 * and the instance that revokes at once. Expiry is checked on every call.
 *
 * The claims are `aal1` unless the key has scope `agency`: an admin's ordinary key then acts as a
 * client would (private.is_admin() wants aal2), and only an agency key — which only an admin with
 * a second factor could create — acts across clients, and only while its owner is still an active
 * admin (is_admin() checks that on every statement).
 */
export async function authenticateApiKey(token: string, now = new Date()): Promise<ApiKeyAuth | ApiKeyRefusal> {
  if (!looksLikeApiKey(token)) return 'unknown';
  const hash = hashApiKey(token);
  const key = await getCheckedApiKey(hash, () => lookUpApiKey(hash, now));
  if (typeof key === 'string') return key;
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const db = await unsafeSystemDb(REASON);
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiKeys.id, key.id));
    key.lastUsedAt = now;
  }
  const iat = Math.floor(now.getTime() / 1000);
  const claims = unsafeMarkClaimsVerified({
    sub: key.ownerId,
    role: 'authenticated',
    aud: 'authenticated',
    iat,
    exp: iat + CLAIMS_TTL_SECONDS,
    aal: key.scopes.includes('agency') ? 'aal2' : 'aal1',
    amr: [{ method: 'api_key', timestamp: iat }],
  });
  return { keyId: key.id, ownerId: key.ownerId, scopes: key.scopes, projectId: key.projectId, claims };
}

/** The database's word on a key: one indexed read by hash. */
async function lookUpApiKey(hash: string, now: Date): Promise<CheckedApiKey | ApiKeyRefusal> {
  const db = await unsafeSystemDb(REASON);
  const [key] = await db
    .select({
      id: apiKeys.id,
      ownerId: apiKeys.ownerId,
      scopes: apiKeys.scopes,
      projectId: apiKeys.projectId,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      // Suspension closes every way in, as it does for sign-in (accounts' SQL interface, not its tables).
      isSuspended: sql<boolean>`private.is_account_suspended(${apiKeys.ownerId})`,
    })
    .from(apiKeys)
    .where(eq(apiKeys.secretHash, hash));
  if (!key) return 'unknown';
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt <= now) return 'expired';
  if (key.isSuspended) return 'suspended';
  return {
    id: key.id,
    ownerId: key.ownerId,
    scopes: key.scopes,
    projectId: key.projectId,
    expiresAt: key.expiresAt,
    lastUsedAt: key.lastUsedAt,
  };
}
