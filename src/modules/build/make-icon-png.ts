import sharp from 'sharp';
import { AppError } from '@/lib/errors';
import { MAX_SOURCE_PIXELS } from './make-image-variants';

/**
 * What browsers and the web manifest ask for: 32 px (tab), 180 px (Apple touch icon, which iOS
 * shows on an opaque tile), 192 and 512 px (Android home screen and splash).
 */
export const ICON_SIZES = [32, 180, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/**
 * A square PNG icon of the logo: the whole picture fitted inside (never cropped) with a small
 * margin, on the site's background colour — iOS would otherwise put a transparent logo on black.
 * Metadata is dropped and colours converted to sRGB, as for every published picture.
 */
export async function makeIconPng(
  source: Uint8Array,
  size: IconSize,
  background: string,
): Promise<{ body: Uint8Array; width: number; height: number }> {
  const inner = Math.round(size * (size >= 180 ? 0.8 : 1));
  try {
    const logo = await sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS, animated: false })
      .rotate()
      .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .toColourspace('srgb')
      .png()
      .toBuffer();
    const body = await sharp({ create: { width: size, height: size, channels: 4, background } })
      .composite([{ input: logo, gravity: 'centre' }])
      .png({ compressionLevel: 9 })
      .toBuffer();
    return { body: new Uint8Array(body), width: size, height: size };
  } catch {
    throw new AppError('VALIDATION', 'errors.build.photoUnreadable');
  }
}
