import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { getFileStore } from '@/lib/storage/get-file-store';
import type { UploadTicket } from '@/lib/storage/file-store';
import { fileNameSchema } from './file-name';
import { storageUploads } from './schema';
import { toStorageLimitError } from './storage-limit-error';

export const startUploadInput = z.object({
  name: fileNameSchema,
  size: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  folderId: z.uuid().nullable().optional(),
});
export type StartUploadInput = z.input<typeof startUploadInput>;

export type StartedUpload = {
  uploadId: string;
  ticket: UploadTicket;
  /** The reservation (and the ticket) lapse then: the bytes must have arrived and been completed. */
  expiresAt: Date;
};

/**
 * Reservations are rows: the quota bounds their bytes, this bounds their number (a photo library
 * at once is a few hundred; a script reserving one-byte uploads forever is not a person).
 */
export const UPLOAD_RATE_LIMIT = { limit: 600, windowSeconds: 60 * 60 };

/**
 * Reserves room for one file and says where to send its bytes. The reservation is the database's
 * (private.reserve_upload, under the owner's lock): past the plan's storage or per-file size it is
 * refused here, before a byte moves, and parallel starts can't together pass the plan. The ticket
 * allows writing this upload's object only, at most `size` bytes.
 */
export async function startUpload(claims: VerifiedClaims, raw: StartUploadInput): Promise<StartedUpload> {
  const input = startUploadInput.parse(raw);
  await enforceRateLimit('upload', claims.sub, UPLOAD_RATE_LIMIT);
  const upload = await withRls(claims, async (tx) => {
    const [row] = await tx
      .insert(storageUploads)
      .values({
        ownerId: claims.sub,
        folderId: input.folderId ?? null,
        name: input.name,
        sizeBytes: input.size,
        // Chosen by the trigger; these only satisfy the column types.
        blobKey: 'pending',
        expiresAt: new Date(),
      })
      .returning({ id: storageUploads.id, blobKey: storageUploads.blobKey, expiresAt: storageUploads.expiresAt });
    return row!;
  }).catch((err: unknown) => {
    throw toStorageLimitError(err);
  });
  const ticket = await getFileStore().createUploadTicket({ key: upload.blobKey, size: input.size, expiresAt: upload.expiresAt });
  return { uploadId: upload.id, ticket, expiresAt: upload.expiresAt };
}
