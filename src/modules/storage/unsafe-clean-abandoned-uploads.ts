import { and, inArray, lte } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getFileStore } from '@/lib/storage/get-file-store';
import { storageUploads } from './schema';

const BATCH = 500;

/**
 * Uploads that expired or were cancelled: their bytes are deleted, then their rows (their
 * reservations stopped counting when they expired). Nothing can complete meanwhile — completion
 * needs an unexpired reservation — and the TUS endpoint takes no bytes for one. Bytes first, so a
 * failure leaves a row to retry rather than an object nobody knows about. A cron job's work:
 * nobody's session is involved.
 */
export async function unsafeCleanAbandonedUploads(now = new Date()): Promise<{ removed: number }> {
  const db = await unsafeSystemDb('a cron job removes abandoned uploads and their bytes');
  const store = getFileStore();
  let removed = 0;
  for (;;) {
    const expired = await db
      .select({ id: storageUploads.id, blobKey: storageUploads.blobKey })
      .from(storageUploads)
      .where(lte(storageUploads.expiresAt, now))
      .limit(BATCH);
    if (expired.length === 0) return { removed };
    // A completion that moved the bytes and then failed leaves them at files/<id> (no file row
    // exists for an id whose upload row does: completing deletes the one and inserts the other).
    await store.delete(expired.flatMap((upload) => [upload.blobKey, `files/${upload.id}`, `thumbs/${upload.id}.webp`]));
    const ids = expired.map((upload) => upload.id);
    const rows = await db
      .delete(storageUploads)
      .where(and(inArray(storageUploads.id, ids), lte(storageUploads.expiresAt, now)))
      .returning({ id: storageUploads.id });
    removed += rows.length;
    if (expired.length < BATCH) return { removed };
  }
}
