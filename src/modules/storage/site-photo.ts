/** Raster types a site can show (decoded by sharp at build time); SVG, HEIC and the rest cannot go on a page. */
export const SITE_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const;

export function isSitePhotoType(contentType: string): boolean {
  return (SITE_PHOTO_TYPES as readonly string[]).includes(contentType);
}

/** A photo a site document may reference as `file:<id>`: what the studio and the build need to know. */
export type SitePhoto = {
  id: string;
  name: string;
  contentType: string;
  width: number;
  height: number;
  /** SHA-256 of the stored bytes: the build's variant cache key. */
  sha256: string;
};
