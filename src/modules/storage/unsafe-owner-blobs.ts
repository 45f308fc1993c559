import { eq } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getFileStore } from '@/lib/storage/get-file-store';
import { storageItems, storageUploads } from './schema';

/**
 * Every stored object of one owner (files, thumbnails, uploads in progress). Deleting an account
 * removes the rows by cascade; the bytes are not rows, so the caller collects these first and
 * deletes them after (unsafeDeleteFileBlobs). System code: account deletion runs past RLS.
 */
export async function unsafeListOwnerBlobKeys(ownerId: string): Promise<string[]> {
  const db = await unsafeSystemDb('deleting an account removes every stored file of its owner');
  const files = await db
    .select({ blobKey: storageItems.blobKey, thumbnailKey: storageItems.thumbnailKey })
    .from(storageItems)
    .where(eq(storageItems.ownerId, ownerId));
  const uploads = await db.select({ blobKey: storageUploads.blobKey }).from(storageUploads).where(eq(storageUploads.ownerId, ownerId));
  return [...files.flatMap((f) => [f.blobKey, ...(f.thumbnailKey ? [f.thumbnailKey] : [])]), ...uploads.map((u) => u.blobKey)];
}

export async function unsafeDeleteFileBlobs(keys: readonly string[]): Promise<void> {
  const store = getFileStore();
  for (let i = 0; i < keys.length; i += 500) await store.delete(keys.slice(i, i + 500));
}
