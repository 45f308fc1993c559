import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { getFileStore } from '@/lib/storage/get-file-store';
import { allowedFileType } from './file-types';
import { storageItems } from './schema';

export const openFileInput = z.object({ id: z.uuid(), variant: z.enum(['original', 'thumbnail']).default('original') });

export type OpenedFile = {
  name: string;
  contentType: string;
  size: number;
  body: ReadableStream<Uint8Array>;
  /** Whether the browser may show it (raster images, PDFs, thumbnails); everything else is a download. */
  mayShowInline: boolean;
};

/**
 * A file's bytes (or its thumbnail's) for the caller. The row is read under RLS, so the id of
 * someone else's file is NOT_FOUND exactly like an id that never existed; the blob key comes from
 * that row, never from the request.
 */
export async function openFile(claims: VerifiedClaims, raw: z.input<typeof openFileInput>): Promise<OpenedFile> {
  const { id, variant } = openFileInput.parse(raw);
  const item = await withRls(claims, async (tx) => {
    const [row] = await tx
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.id, id), isNull(storageItems.trashedAt)));
    return row;
  });
  const key = variant === 'thumbnail' ? item?.thumbnailKey : item?.blobKey;
  if (!item || !key) throw new AppError('NOT_FOUND', 'errors.storage.fileNotFound');
  const object = await getFileStore().stream(key);
  if (!object) throw new AppError('NOT_FOUND', 'errors.storage.fileNotFound');
  if (variant === 'thumbnail') {
    return {
      name: item.name.replace(/\.[^.]*$/, '') + '.webp',
      contentType: 'image/webp',
      size: object.size,
      body: object.body,
      mayShowInline: true,
    };
  }
  return openedOriginal(item, object);
}

/** A stored item's original bytes as an OpenedFile: its own name and type, shown inline only when the type is safe to. */
export function openedOriginal(
  item: { name: string; contentType: string },
  object: { size: number; body: ReadableStream<Uint8Array> },
): OpenedFile {
  return {
    name: item.name,
    contentType: item.contentType,
    size: object.size,
    body: object.body,
    mayShowInline: allowedFileType(item.contentType)?.inline ?? false,
  };
}
