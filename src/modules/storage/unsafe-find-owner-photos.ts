import { and, eq, inArray } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { AppError } from '@/lib/errors';
import { getFileStore } from '@/lib/storage/get-file-store';
import { storageItems } from './schema';
import { isSitePhotoType, type SitePhoto } from './site-photo';

/** Sources larger than this are not decoded for a site (the per-file plan limit is usually lower). */
const MAX_PHOTO_BYTES = 100 * 1024 * 1024;

export type OwnerPhoto = SitePhoto & { read(): Promise<Uint8Array> };

/**
 * The photos among `ids` that belong to `ownerId`, for the publish build. System code (the
 * publish job has no session), so the owner filter is what keeps a document from reaching
 * another client's file: the caller passes the project's owner, never an id from the document.
 * Trashed files still count — the undo window is not the moment to break a republish.
 */
export async function unsafeFindOwnerPhotos(ownerId: string, ids: readonly string[]): Promise<Map<string, OwnerPhoto>> {
  if (ids.length === 0) return new Map();
  const db = await unsafeSystemDb('the publish job resolves the photos a site shows, scoped to the project owner');
  const rows = await db
    .select()
    .from(storageItems)
    .where(and(eq(storageItems.ownerId, ownerId), inArray(storageItems.id, [...ids])));
  const photos = new Map<string, OwnerPhoto>();
  for (const row of rows) {
    if (!isSitePhotoType(row.contentType) || !row.width || !row.height || !row.contentSha256 || row.sizeBytes > MAX_PHOTO_BYTES) continue;
    const blobKey = row.blobKey;
    photos.set(row.id, {
      id: row.id,
      name: row.name,
      contentType: row.contentType,
      width: row.width,
      height: row.height,
      sha256: row.contentSha256,
      read: async () => {
        const bytes = await getFileStore().read(blobKey);
        if (!bytes) throw new AppError('UNAVAILABLE', 'errors.storage.readUnavailable');
        return bytes;
      },
    });
  }
  return photos;
}
