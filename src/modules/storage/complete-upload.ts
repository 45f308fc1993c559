import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { AppError, raisedDatabaseMessage } from '@/lib/errors';
import { getFileStore } from '@/lib/storage/get-file-store';
import { detectFileType, SNIFF_BYTES } from './detect-file-type';
import { isSafeSvg } from './is-safe-svg';
import { makeThumbnail, MAX_THUMBNAIL_SOURCE_BYTES } from './make-thumbnail';
import { nameForFileType } from './file-types';
import { storageItems, storageUploads } from './schema';

export const completeUploadInput = z.object({ uploadId: z.uuid() });

/** SVGs are read whole to be checked; real logos are a few kilobytes. */
const MAX_SVG_BYTES = 2 * 1024 * 1024;

export type CompletedFile = { id: string; name: string; contentType: string; sizeBytes: number; hasThumbnail: boolean };

/**
 * Turns a finished upload into a file. The bytes are first moved from `uploads/<id>` (where TUS
 * writes) to `files/<id>` (where nothing writes), and only then measured and typed, so what is
 * checked is what is kept. The type comes from the content (magic bytes) and must be on the
 * allow-list; an SVG must be free of active content. A refused file is deleted and its
 * reservation released. The name's extension becomes the type's. Images get a thumbnail (decoding bounded in pixels) and a content hash.
 */
export async function completeUpload(claims: VerifiedClaims, raw: z.input<typeof completeUploadInput>): Promise<CompletedFile> {
  const { uploadId } = completeUploadInput.parse(raw);
  const store = getFileStore();
  const upload = await withRls(claims, async (tx) => {
    const [row] = await tx.select().from(storageUploads).where(eq(storageUploads.id, uploadId));
    return row;
  });
  // RLS: another client's upload id finds nothing, exactly like one that never existed.
  if (!upload || upload.ownerId !== claims.sub) throw new AppError('NOT_FOUND', 'errors.storage.uploadNotFound');
  if (upload.expiresAt <= new Date()) throw new AppError('CONFLICT', 'errors.storage.uploadExpired');

  const fileKey = `files/${upload.id}`;
  const arrived = await store.size(upload.blobKey);
  if (arrived === null) {
    // Nothing left to move: a completion retried after its move, or bytes that never came.
    if ((await store.size(fileKey)) === null) throw new AppError('CONFLICT', 'errors.storage.uploadIncomplete');
  } else {
    if (arrived !== upload.sizeBytes) throw new AppError('CONFLICT', 'errors.storage.uploadIncomplete');
    await store.move(upload.blobKey, fileKey);
  }

  const refuse = async (key: Parameters<typeof errorFor>[0]): Promise<never> => {
    await store.delete([fileKey]);
    await withRls(claims, (tx) => tx.execute(sql`select private.cancel_upload(${upload.id}::uuid)`));
    throw errorFor(key);
  };

  const size = await store.size(fileKey);
  if (size !== upload.sizeBytes) return refuse('errors.storage.uploadIncomplete');
  const type = await detectFileType((await store.readStart(fileKey, SNIFF_BYTES)) ?? new Uint8Array());
  if (!type) return refuse('errors.storage.typeNotAllowed');

  let bytes: Uint8Array | null = null;
  if (type.mime === 'image/svg+xml') {
    if (size > MAX_SVG_BYTES) return refuse('errors.storage.svgTooLarge');
    bytes = await store.read(fileKey);
    if (!bytes || !isSafeSvg(new TextDecoder().decode(bytes))) return refuse('errors.storage.unsafeSvg');
  } else if (type.thumbnail && size <= MAX_THUMBNAIL_SOURCE_BYTES) {
    bytes = await store.read(fileKey);
  }
  const thumbnail = bytes && type.thumbnail ? await makeThumbnail(bytes) : null;
  const thumbnailKey = thumbnail ? `thumbs/${upload.id}.webp` : null;
  if (thumbnail && thumbnailKey) await store.put(thumbnailKey, thumbnail.webp, 'image/webp');
  const sha256 = bytes && type.kind === 'image' ? createHash('sha256').update(bytes).digest('hex') : null;

  const name = nameForFileType(upload.name, type.mime);
  try {
    await withRls(claims, async (tx) => {
      rowsOf(
        await tx.execute(sql`select private.complete_upload(${upload.id}::uuid, ${size}::bigint, ${type.mime}, ${thumbnail?.width ?? null}::integer,
          ${thumbnail?.height ?? null}::integer, ${thumbnailKey}, ${sha256})`),
      );
      // The name says what the bytes are (nameForFileType), in the same transaction as the file.
      if (name !== upload.name) await tx.update(storageItems).set({ name }).where(eq(storageItems.id, upload.id));
    });
  } catch (err) {
    if (thumbnailKey) await store.delete([thumbnailKey]);
    if (raisedDatabaseMessage(err) === 'upload_expired') throw new AppError('CONFLICT', 'errors.storage.uploadExpired');
    throw err;
  }
  return { id: upload.id, name, contentType: type.mime, sizeBytes: size, hasThumbnail: thumbnail !== null };
}

type RefusalKey =
  'errors.storage.uploadIncomplete' | 'errors.storage.typeNotAllowed' | 'errors.storage.svgTooLarge' | 'errors.storage.unsafeSvg';

function errorFor(key: RefusalKey): AppError {
  return new AppError(key === 'errors.storage.uploadIncomplete' ? 'CONFLICT' : 'VALIDATION', key);
}
