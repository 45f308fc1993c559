import { and, inArray, isNull } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { storageItems } from './schema';

export type OwnFile = { id: string; name: string; contentType: string; sizeBytes: number };

/**
 * The caller's own files among `ids` (not in the trash), read under RLS: the id of someone
 * else's file is simply absent, like one that never existed. Other modules use it to check that
 * a file a person attaches is theirs (tickets).
 */
export async function findOwnFiles(claims: VerifiedClaims, ids: readonly string[]): Promise<OwnFile[]> {
  if (ids.length === 0) return [];
  return withRls(claims, (tx) =>
    tx
      .select({ id: storageItems.id, name: storageItems.name, contentType: storageItems.contentType, sizeBytes: storageItems.sizeBytes })
      .from(storageItems)
      .where(and(inArray(storageItems.id, [...ids]), isNull(storageItems.trashedAt))),
  );
}
