import { and, eq, isNull } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getFileStore } from '@/lib/storage/get-file-store';
import { openedOriginal, type OpenedFile } from './open-file';
import { storageItems } from './schema';

/**
 * A file's bytes for someone other than its owner, after the caller decided they may have them
 * (a ticket attachment: the client reads the agency's file, the agency the client's). System
 * privileges because the reader has no rights on the owner's Files; the owner filter is what
 * keeps this to that one person's file, so the caller passes an owner id it read under the
 * reader's own RLS (the attachment's uploader), never one from the request. Null when the file
 * is gone (deleted or in the trash).
 */
export async function unsafeOpenOwnerFile(ownerId: string, fileId: string): Promise<OpenedFile | null> {
  const db = await unsafeSystemDb('a ticket attachment is read by the other side of the conversation, scoped to its uploader');
  const [item] = await db
    .select()
    .from(storageItems)
    .where(and(eq(storageItems.id, fileId), eq(storageItems.ownerId, ownerId), isNull(storageItems.trashedAt)));
  if (!item) return null;
  const object = await getFileStore().stream(item.blobKey);
  if (!object) return null;
  return openedOriginal(item, object);
}
