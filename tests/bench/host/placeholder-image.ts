/**
 * Placeholder images for the Lighthouse bench. The fixtures reference `/images/…` files that
 * are not part of a build, and 404s would cost points that say nothing about our markup and
 * CSS. Each path gets a tiny SVG whose intrinsic size is the width × height the page declares
 * for it, so aspect-ratio audits see exactly what the markup promises. (Lighthouse skips SVGs
 * in its image-resolution audit; image byte weight is excluded from the reported sizes.)
 */
import type { BuiltFile } from '@/modules/build/types';
import type { Placeholder } from './site-file-server';

const IMG = /<img\b[^>]*>/g;
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** `/images/x.webp` → declared size, read from every built HTML page. */
export function declaredImageSizes(files: readonly BuiltFile[]): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  const decoder = new TextDecoder();
  for (const file of files) {
    if (!file.contentType.startsWith('text/html')) continue;
    for (const tag of decoder.decode(file.body).match(IMG) ?? []) {
      const src = attribute(tag, 'src');
      if (!src) continue;
      const path = new URL(src.replace(/&amp;/g, '&'), 'http://placeholder.invalid').pathname;
      sizes.set(path, { width: Number(attribute(tag, 'width') ?? 1200), height: Number(attribute(tag, 'height') ?? 800) });
    }
  }
  return sizes;
}

export function placeholderImages(files: readonly BuiltFile[]): Placeholder {
  const sizes = declaredImageSizes(files);
  const encoder = new TextEncoder();
  return (path) => {
    const { width, height } = sizes.get(path) ?? { width: 1200, height: 800 };
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#9aa3ad"/></svg>`;
    return { contentType: 'image/svg+xml', body: encoder.encode(svg) };
  };
}
