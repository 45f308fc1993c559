import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { getFileStore } from '@/lib/storage/get-file-store';
import { cancelUpload } from './cancel-upload';
import { completeUpload, type CompletedFile } from './complete-upload';
import { storageUploads } from './schema';
import { startUpload } from './start-upload';

export type StoreFileBytesInput = { name: string; bytes: Uint8Array; contentType: string; folderId?: string | null };

/**
 * A file the server already holds (a stock photo it copied for the client) into the client's
 * Files, by the same road a browser's upload takes: the reservation (plan quota, per-file limit,
 * rate limit), the bytes written to that upload's own key, then completeUpload (type from the
 * content, thumbnail, hash). Nothing is skipped because the bytes came from us. A failure after
 * the reservation releases it.
 */
export async function storeFileBytes(claims: VerifiedClaims, input: StoreFileBytesInput): Promise<CompletedFile> {
  const { uploadId } = await startUpload(claims, { name: input.name, size: input.bytes.length, folderId: input.folderId ?? null });
  try {
    const [upload] = await withRls(claims, (tx) =>
      tx.select({ blobKey: storageUploads.blobKey }).from(storageUploads).where(eq(storageUploads.id, uploadId)),
    );
    if (!upload) throw new AppError('NOT_FOUND', 'errors.storage.uploadNotFound');
    await getFileStore().put(upload.blobKey, input.bytes, input.contentType);
  } catch (err) {
    await cancelUpload(claims, { uploadId }).catch(() => undefined);
    throw err;
  }
  return completeUpload(claims, { uploadId });
}
