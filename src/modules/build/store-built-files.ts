import { AppError } from '@/lib/errors';
import type { BlobStore } from '@/lib/storage/types';
import { blobKeyFor } from './blob-key-for';
import { sha256Hex } from './sha256-hex';
import type { BuiltFile } from './types';

export type StoreBuiltFilesResult = {
  /** Blobs uploaded by this call. */
  writtenBlobs: number;
  writtenBytes: number;
  /** Distinct blobs that were already stored (by an earlier deployment of this or any site). */
  reusedBlobs: number;
};

// Enough parallel uploads to hide latency to Supabase, few enough not to trip its rate limits.
const CONCURRENCY = 6;

/**
 * Uploads the bytes of `files` as content-addressed blobs (`blobs/<sha256>`), skipping blobs
 * that exist. A republish uploads only what changed. Two publishes racing on one blob both
 * write identical bytes, so the race is harmless. The hash is recomputed before upload: a
 * blob stored under the wrong digest would be served for every file that has that digest.
 * Blobs are shared between deployments and sites, so nothing here ever deletes one; the
 * content type lives in the manifest entry, not in the blob.
 */
export async function storeBuiltFiles(store: BlobStore, files: readonly BuiltFile[]): Promise<StoreBuiltFilesResult> {
  const unique = new Map<string, BuiltFile>();
  for (const file of files) {
    if (sha256Hex(file.body) !== file.sha256 || file.body.byteLength !== file.size) {
      throw new AppError('INTERNAL', 'errors.build.builtFileMismatch', { details: { path: file.path } });
    }
    if (!unique.has(file.sha256)) unique.set(file.sha256, file);
  }

  const queue = [...unique.values()];
  const result: StoreBuiltFilesResult = { writtenBlobs: 0, writtenBytes: 0, reusedBlobs: 0 };
  async function worker(): Promise<void> {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const key = blobKeyFor(file.sha256);
      if (await store.has(key)) {
        result.reusedBlobs += 1;
        continue;
      }
      await store.put(key, file.body, file.contentType);
      result.writtenBlobs += 1;
      result.writtenBytes += file.size;
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return result;
}
