import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { reportError } from '@/lib/observability';
import { getStockPhotos } from '@/lib/photos/get-stock-photos';
import type { StockPhotoProvider } from '@/lib/photos/types';
import type { ImageCredit } from '@/modules/document/primitives';
import { findOwnPhotos } from '@/modules/storage/find-own-photos';
import { storeFileBytes } from '@/modules/storage/store-file-bytes';

export const copyStockPhotoInput = z.object({
  provider: z.literal('unsplash'),
  /** The provider's id of a photo the person found with searchStockPhotos. */
  photoId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

export type CopiedStockPhoto = {
  fileId: string;
  name: string;
  width: number;
  height: number;
  /** The provider's description ('' when none): a starting point for alt text. */
  description: string;
  credit: ImageCredit;
};

/** "loaves of bread on a shelf.jpg": the description makes a readable name in Files (and an alt suggestion). */
function fileNameFor(description: string, id: string): string {
  const words = description
    .replace(/[^\p{L}\p{N} ,'-]+/gu, ' ')
    .trim()
    .slice(0, 80);
  return `${words || `photo ${id}`}.jpg`;
}

/**
 * Copies a provider's photo into the person's Files — a published site never loads a picture
 * from the provider — and reports its use to the provider (Unsplash counts downloads through
 * its `download_location`). The copy goes through the same reservation and checks as an upload
 * (plan quota, type from the bytes, thumbnail). The photo is then an ordinary `file:<id>` with
 * the credit the caller keeps next to it in the document.
 */
export async function copyStockPhoto(
  claims: VerifiedClaims,
  raw: z.input<typeof copyStockPhotoInput>,
  stock: StockPhotoProvider = getStockPhotos(),
): Promise<CopiedStockPhoto> {
  const input = copyStockPhotoInput.parse(raw);
  if (stock.kind !== input.provider) throw new AppError('UNAVAILABLE', 'errors.photos.notConfigured');
  const fetched = await stock.fetchPhoto(input.photoId);
  const stored = await storeFileBytes(claims, {
    name: fileNameFor(fetched.photo.description, fetched.photo.id),
    bytes: fetched.bytes,
    contentType: fetched.contentType,
  });
  const photo = (await findOwnPhotos(claims, { ids: [stored.id] })).get(stored.id);
  if (!photo) throw new AppError('VALIDATION', 'errors.storage.typeNotAllowed');
  // The copy is made and ours to use: a failed report must not undo it (Unsplash's counter is
  // statistics for the photographer, not a licence check). It is reported for us to look at.
  await stock.recordUse(fetched.useToken).catch((err: unknown) => reportError(err, { where: 'copyStockPhoto.recordUse' }));
  return {
    fileId: photo.id,
    name: photo.name,
    width: photo.width,
    height: photo.height,
    description: fetched.photo.description,
    credit: fetched.photo.credit,
  };
}
