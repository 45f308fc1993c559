import { AppError } from '@/lib/errors';
import type { BlobStore } from '@/lib/storage/types';
import { prepareSitePhotos, type PreparedPhotos } from '@/modules/build/prepare-site-photos';
import { listFileIds } from '@/modules/document/list-file-ids';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { unsafeFindOwnerPhotos } from '@/modules/storage/unsafe-find-owner-photos';
import { blobKeyFor } from '@/modules/build/blob-key-for';
import { unsafeRecordPhotoBlobs } from './unsafe-photo-blobs';

/**
 * The photos of a document being published, as stored variants. Every `file:<id>` must be one
 * of the project OWNER's photos — the storage module looks them up by owner, so a document that
 * names another client's file (pasted, or written past the studio) fails here with a reason, and
 * no byte of that file is read. The variants are copies in the site blob store: deleting the
 * file afterwards never breaks this deployment.
 */
export async function preparePublishPhotos(document: SiteDocument, ownerId: string, store: BlobStore): Promise<PreparedPhotos | undefined> {
  const ids = listFileIds(document);
  if (ids.length === 0) return undefined;
  const photos = await unsafeFindOwnerPhotos(ownerId, ids);
  const missing = ids.filter((id) => !photos.has(id));
  if (missing.length > 0) {
    throw new AppError('VALIDATION', 'errors.build.photoMissing', { values: { names: missing.join(', ') }, details: { missing } });
  }
  const prepared = await prepareSitePhotos(document, photos, store);
  const used = [...new Set(Object.values(prepared.entries).map((entry) => entry.sha256))];
  await unsafeRecordPhotoBlobs(used);
  // Recorded now, so the collector leaves them alone from here on; one it removed between the
  // cache lookup and the record would be missing: retry the step, which makes it again.
  for (const sha256 of used) {
    if (!(await store.has(blobKeyFor(sha256)))) throw new AppError('UNAVAILABLE', 'errors.host.buildInterrupted');
  }
  return prepared;
}
