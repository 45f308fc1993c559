import Image from 'next/image';

/**
 * The app icon beside the product name. Decorative (the name is next to it). `unoptimized`:
 * it is a tiny static PNG the service worker also precaches, so it needs no resizing route.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return <Image src="/icons/icon-192.png" alt="" width={size} height={size} unoptimized />;
}
