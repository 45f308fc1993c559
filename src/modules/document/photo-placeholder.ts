/**
 * A photo placeholder: an image whose src is `/stock/<name>.svg` says "a photo belongs here",
 * written by the generator and the editor's new content before the owner has a photo. It is
 * never a picture: the renderer shows nothing on the live site and "Add your photos" in the
 * preview (render/photo-placeholder.ts); the photos module fills it with a stock photo when a
 * provider is configured.
 */
const PLACEHOLDER_SRC = /^\/stock\/([a-z0-9][a-z0-9-]{0,62})\.svg$/;

export function isPhotoPlaceholder(src: string): boolean {
  return PLACEHOLDER_SRC.test(src);
}
