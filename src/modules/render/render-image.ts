import type { ImageRef } from '@/modules/document/primitives';
import { escapeAttr } from './escape-html';
import { IMAGE_LAYOUTS, type ImageLayoutKind } from './image-layout';
import { isPhotoPlaceholder } from '@/modules/document/photo-placeholder';
import { renderPhotoPlaceholder } from './photo-placeholder';
import type { RenderContext } from './render-context';

/**
 * Every image gets alt text and intrinsic dimensions (no layout shift). Only the first content
 * image loads eagerly with high priority — it is usually the largest paint (the hero) — the rest
 * are lazy. An uploaded photo the build made variants of becomes a `<picture>`: AVIF, then WebP,
 * then a JPEG/PNG `<img>`, each with a `srcset` and the slot's `sizes`. A `file:` reference
 * nobody resolved (a preview without the photo) renders nothing rather than a broken image; a
 * photo placeholder is "Add your photos" in the preview and nothing live (photo-placeholder.ts).
 */
export function renderImage(ctx: RenderContext, image: ImageRef, className?: string, layout: ImageLayoutKind = 'card'): string {
  if (isPhotoPlaceholder(image.src)) return renderPhotoPlaceholder(ctx, image, className);
  if (!ctx.hasImage(image.src)) return '';
  const loading = ctx.claimFirstImage() ? 'fetchpriority="high"' : 'loading="lazy"';
  const classAttribute =
    (className ? ` class="${escapeAttr(className)}"` : '') +
    // The editor's canvas: a click on the picture opens the image picker for the image whose alt
    // text has this key (unique in the document, so it names the image). Never set when publishing.
    (ctx.isEditing ? ` data-pm-image="${escapeAttr(image.altKey)}"` : '');
  // ctx.t, not ctx.text: in the editor, ctx.text wraps texts in markup an attribute cannot hold.
  const alt = `alt="${escapeAttr(ctx.t(image.altKey))}"`;
  const picture = ctx.picture(image.src);
  if (picture) {
    const sizes = escapeAttr(IMAGE_LAYOUTS[layout].sizes);
    const sources = picture.sources
      .map((source) => `<source type="${escapeAttr(source.type)}" srcset="${escapeAttr(source.srcset)}" sizes="${sizes}">`)
      .join('');
    return (
      `<picture>${sources}<img src="${escapeAttr(picture.fallback.src)}" srcset="${escapeAttr(picture.fallback.srcset)}" sizes="${sizes}" ` +
      `${alt} width="${picture.width}" height="${picture.height}" ${loading} decoding="async"${classAttribute}></picture>`
    );
  }
  const width = Number.isFinite(image.width) ? Math.round(image.width) : 1200;
  const height = Number.isFinite(image.height) ? Math.round(image.height) : 800;
  return `<img src="${escapeAttr(ctx.imageSrc(image.src))}" ${alt} width="${width}" height="${height}" ${loading} decoding="async"${classAttribute}>`;
}
