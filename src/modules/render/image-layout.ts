import type { ImageSlotKind } from '@/modules/document/list-image-slots';

/** Where a picture sits on the page: the document's slot kinds plus service cards. */
export type ImageLayoutKind = ImageSlotKind | 'card';

export type ImageLayout = {
  /** Variant widths the build makes (capped at the photo's own width): 1x to ~3x of the slot's size. */
  widths: readonly number[];
  /** The `sizes` attribute: how wide the slot is at each viewport, so the browser picks a width before layout. */
  sizes: string;
};

// The numbers follow the CSS (base-css.ts and the section renderers): content is at most 72rem
// wide with 1.25rem gutters; split heroes and about images take about half of it from 56rem up;
// gallery tiles are 14rem+ columns; team photos are 7rem circles; the header logo is 2.25rem tall.
const HALF_FROM_56 = '(min-width: 56rem) min(36rem, 48vw), calc(100vw - 2.5rem)';

export const IMAGE_LAYOUTS: Record<ImageLayoutKind, ImageLayout> = {
  hero: { widths: [480, 800, 1120, 1600], sizes: HALF_FROM_56 },
  about: { widths: [480, 800, 1120], sizes: HALF_FROM_56 },
  gallery: { widths: [320, 640, 960], sizes: '(min-width: 72rem) 22rem, (min-width: 36rem) 50vw, calc(100vw - 2.5rem)' },
  card: { widths: [320, 640, 960], sizes: '(min-width: 72rem) 22rem, (min-width: 36rem) 50vw, calc(100vw - 2.5rem)' },
  team: { widths: [112, 224, 336], sizes: '7rem' },
  cover: { widths: [480, 800, 1120, 1600], sizes: 'min(calc(100vw - 2.5rem), 48rem)' },
  logo: { widths: [96, 192, 288], sizes: '6rem' },
  // Open Graph images: one JPEG of 1200 px is what link previews fetch.
  social: { widths: [1200], sizes: '100vw' },
  // Icons are PNGs of fixed sizes (build/make-icon-pngs.ts), not responsive variants.
  icon: { widths: [], sizes: '' },
};

/** A photo the build turned into variants: what `<picture>` needs. */
export type Picture = {
  /** Intrinsic size of the largest variant (no layout shift). */
  width: number;
  height: number;
  /** Modern formats first: `image/avif`, then `image/webp`. */
  sources: { type: string; srcset: string }[];
  /** JPEG (or PNG, with transparency) for everyone else. */
  fallback: { src: string; srcset: string };
};
