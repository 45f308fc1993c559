import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getFileStore } from '@/lib/storage/get-file-store';
import { storageFolders, storageItems } from './schema';
import { TRASH_RETENTION_MS } from './trash-entries';

const BATCH = 500;

/**
 * Deletes for good what was trashed longer ago than the undo window: files (their bytes and
 * thumbnails first, then their rows), then folders. A cron job's work on the privileged connection.
 */
export async function unsafePurgeTrash(now = new Date()): Promise<{ files: number; folders: number }> {
  const db = await unsafeSystemDb('a cron job purges trashed files after the undo window');
  const store = getFileStore();
  const cutoff = new Date(now.getTime() - TRASH_RETENTION_MS);
  let files = 0;
  for (;;) {
    const batch = await db
      .select({ id: storageItems.id, blobKey: storageItems.blobKey, thumbnailKey: storageItems.thumbnailKey })
      .from(storageItems)
      .where(and(isNotNull(storageItems.trashedAt), lt(storageItems.trashedAt, cutoff)))
      .limit(BATCH);
    if (batch.length > 0) {
      await store.delete(batch.flatMap((item) => [item.blobKey, ...(item.thumbnailKey ? [item.thumbnailKey] : [])]));
      const deleted = await db
        .delete(storageItems)
        .where(
          and(
            inArray(
              storageItems.id,
              batch.map((item) => item.id),
            ),
            lt(storageItems.trashedAt, cutoff),
          ),
        )
        .returning({ id: storageItems.id });
      files += deleted.length;
    }
    if (batch.length < BATCH) break;
  }
  // Child folders go with their parent (on delete cascade); files left in them were restored to the top.
  const folders = await db
    .delete(storageFolders)
    .where(and(isNotNull(storageFolders.trashedAt), lt(storageFolders.trashedAt, cutoff)))
    .returning({ id: storageFolders.id });
  return { files, folders: folders.length };
}
