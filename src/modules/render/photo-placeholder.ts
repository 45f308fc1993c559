import type { ImageRef } from '@/modules/document/primitives';
import { escapeAttr, escapeHtml } from './escape-html';
import type { RenderContext } from './render-context';

/**
 * How a photo placeholder (document/photo-placeholder.ts) renders. It is never drawn as a
 * picture — an abstract shape presented as a photo misleads — so:
 *
 * - on the live site it renders nothing, and the sections around it use their layouts without a
 *   picture (the hero without its art column; a gallery with no photo at all is left out);
 * - in the preview it is a dashed "Add your photos" box, which in the editor's canvas opens the
 *   image picker like any picture (the same `data-pm-image` hint).
 */
export function renderPhotoPlaceholder(ctx: RenderContext, image: ImageRef, className?: string): string {
  if (ctx.mode !== 'preview') return '';
  const hint = ctx.isEditing ? ` data-pm-image="${escapeAttr(image.altKey)}"` : '';
  return `<span class="${escapeAttr(`ph-add${className ? ` ${className}` : ''}`)}"${hint}>${escapeHtml(ctx.ui.addPhotos)}</span>`;
}
