import sharp from 'sharp';

/** Decoding stops past this many pixels (a decompression bomb costs nothing but a refusal). */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Images larger than this get no thumbnail (they are stored and downloadable all the same). */
export const MAX_THUMBNAIL_SOURCE_BYTES = 50 * 1024 * 1024;
const THUMBNAIL_SIZE = 480;

export type Thumbnail = { webp: Uint8Array; width: number; height: number };

/**
 * A small WebP preview (at most 480 px, EXIF orientation applied, metadata dropped) and the
 * picture's upright dimensions; null when sharp can't decode it within the pixel bound.
 */
export async function makeThumbnail(bytes: Uint8Array): Promise<Thumbnail | null> {
  try {
    const options = { limitInputPixels: MAX_INPUT_PIXELS, animated: false } as const;
    const metadata = await sharp(bytes, options).metadata();
    if (!metadata.width || !metadata.height) return null;
    const isTurned = (metadata.orientation ?? 1) >= 5;
    const webp = await sharp(bytes, options)
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer();
    return {
      webp: new Uint8Array(webp),
      width: isTurned ? metadata.height : metadata.width,
      height: isTurned ? metadata.width : metadata.height,
    };
  } catch {
    return null;
  }
}
