import { asc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { storageFolders, storageItems } from './schema';

/**
 * The caller's folders and files (names, types, sizes, dates — the bytes are downloads of their
 * own), for "download my data". Under RLS, as the caller: an impersonating admin gets the client's.
 */
export async function exportFiles(claims: VerifiedClaims) {
  return withRls(claims, async (tx) => {
    const folders = await tx
      .select({ id: storageFolders.id, name: storageFolders.name, parentId: storageFolders.parentId, createdAt: storageFolders.createdAt })
      .from(storageFolders)
      .where(eq(storageFolders.ownerId, claims.sub))
      .orderBy(asc(storageFolders.createdAt));
    const files = await tx
      .select({
        id: storageItems.id,
        name: storageItems.name,
        folderId: storageItems.folderId,
        contentType: storageItems.contentType,
        sizeBytes: storageItems.sizeBytes,
        width: storageItems.width,
        height: storageItems.height,
        createdAt: storageItems.createdAt,
        trashedAt: storageItems.trashedAt,
      })
      .from(storageItems)
      .where(eq(storageItems.ownerId, claims.sub))
      .orderBy(asc(storageItems.createdAt));
    return { folders, files };
  });
}
