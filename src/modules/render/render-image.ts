import type { ImageRef } from '@/modules/document/primitives';
import { escapeAttr } from './escape-html';
import type { RenderContext } from './render-context';

/**
 * Every image gets alt text and intrinsic dimensions (no layout shift). Only the first content
 * image loads eagerly with high priority — it is usually the largest paint — the rest are lazy.
 */
export function renderImage(ctx: RenderContext, image: ImageRef, className?: string): string {
  const loading = ctx.claimFirstImage() ? 'fetchpriority="high"' : 'loading="lazy"';
  const width = Number.isFinite(image.width) ? Math.round(image.width) : 1200;
  const height = Number.isFinite(image.height) ? Math.round(image.height) : 800;
  const classAttribute = className ? ` class="${escapeAttr(className)}"` : '';
  return `<img src="${escapeAttr(ctx.imageSrc(image.src))}" alt="${ctx.text(image.altKey)}" width="${width}" height="${height}" ${loading} decoding="async"${classAttribute}>`;
}
