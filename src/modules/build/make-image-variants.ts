import sharp, { type Sharp } from 'sharp';
import { AppError } from '@/lib/errors';

/** Decoding stops past this many pixels: a decompression bomb costs a refusal, not the worker's memory. */
export const MAX_SOURCE_PIXELS = 50_000_000;

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export type ImageVariant = { format: VariantFormat; width: number; height: number; body: Uint8Array };

export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

// Qualities picked by eye on photographs for similar perceived quality; AVIF's low effort keeps a
// publish of a dozen photos within seconds (tests/bench/images measures it).
const ENCODE = {
  avif: (image: Sharp) => image.avif({ quality: 52, effort: 2 }),
  webp: (image: Sharp) => image.webp({ quality: 74, effort: 4 }),
  jpeg: (image: Sharp) => image.jpeg({ quality: 78, mozjpeg: true }),
  png: (image: Sharp) => image.png({ compressionLevel: 9, palette: false }),
};

export type SourceInfo = { width: number; height: number; hasAlpha: boolean };

const open = (source: Uint8Array) => sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS, animated: false, failOn: 'error' });

/** The upright size of a photo and whether it has transparency (which needs a PNG fallback). */
export async function readSourceInfo(source: Uint8Array): Promise<SourceInfo> {
  try {
    const meta = await open(source).metadata();
    if (!meta.width || !meta.height) throw new Error('no dimensions');
    const isTurned = (meta.orientation ?? 1) >= 5;
    return { width: isTurned ? meta.height : meta.width, height: isTurned ? meta.width : meta.height, hasAlpha: Boolean(meta.hasAlpha) };
  } catch {
    throw new AppError('VALIDATION', 'errors.build.photoUnreadable');
  }
}

/**
 * One variant of a photo: turned upright (EXIF orientation), scaled to `width` (never up),
 * converted to sRGB — an embedded camera or Display P3 profile is applied, then dropped — and
 * encoded without any metadata: sharp writes no EXIF, XMP or GPS unless asked, and we never ask.
 */
export async function makeImageVariant(source: Uint8Array, format: VariantFormat, width: number): Promise<ImageVariant> {
  try {
    const pipeline = open(source).rotate().resize({ width, withoutEnlargement: true }).toColourspace('srgb');
    const { data, info } = await ENCODE[format](pipeline).toBuffer({ resolveWithObject: true });
    return { format, width: info.width, height: info.height, body: new Uint8Array(data) };
  } catch {
    throw new AppError('VALIDATION', 'errors.build.photoUnreadable');
  }
}
