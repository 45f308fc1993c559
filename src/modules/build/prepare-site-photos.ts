import type { BlobStore } from '@/lib/storage/types';
import { fileRefOf } from '@/modules/document/file-ref';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { IMAGE_LAYOUTS, type Picture } from '@/modules/render/image-layout';
import { blobKeyFor } from './blob-key-for';
import { collectPhotoUses } from './collect-photo-uses';
import { makeIconPng, ICON_SIZES, type IconSize } from './make-icon-png';
import { makeImageVariant, readSourceInfo, VARIANT_CONTENT_TYPES, type SourceInfo, type VariantFormat } from './make-image-variants';
import { sha256Hex } from './sha256-hex';
import type { ManifestEntry } from './types';

/** A photo the document references, as the storage module hands it over (bytes read only when needed). */
export type PhotoSource = { id: string; sha256: string; read(): Promise<Uint8Array> };

export type PreparedPhotos = {
  /** `file:<id>` → its `<picture>` sources. */
  pictures: Record<string, Picture>;
  /** `file:<id>` → one plain URL (the largest fallback), for og:image and the header logo. */
  urls: Record<string, string>;
  /** PNG icons made from the site's icon (or logo) photo, by pixel size. */
  icons: Partial<Record<IconSize, string>>;
  /** Manifest entries of every variant; their bytes are already in the blob store. */
  entries: Record<string, ManifestEntry>;
  /** Variants encoded by this call and variants found in the cache. */
  made: number;
  reused: number;
};

// Bump to re-encode every photo (new qualities, new formats): it is part of every cache key.
const PIPELINE = 'v1';

type CachedVariant = { sha256: string; size: number; width: number; height: number };

const cacheKey = (sourceSha: string, name: string) => `image-variants/${sourceSha}/${PIPELINE}-${name}.json`;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readJson<T>(store: BlobStore, key: string): Promise<T | null> {
  const object = await store.get(key);
  if (!object) return null;
  try {
    return JSON.parse(decoder.decode(object.body)) as T;
  } catch {
    return null;
  }
}

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/**
 * Turns every photo the document references into content-hashed variants in the blob store —
 * for each width its slots need (never wider than the photo): AVIF, WebP and a JPEG (PNG when
 * the photo has transparency) — plus PNG icons from the site's icon or logo. Each variant is
 * cached by the source's SHA-256: a descriptor (`image-variants/<sha>/…json`) records the
 * variant's own hash, so a republish, or another site using the same photo, reads descriptors
 * and encodes nothing. A descriptor whose blob has gone (garbage-collected) is remade.
 */
export async function prepareSitePhotos(
  document: SiteDocument,
  photos: ReadonlyMap<string, PhotoSource>,
  store: BlobStore,
): Promise<PreparedPhotos> {
  const result: PreparedPhotos = { pictures: {}, urls: {}, icons: {}, entries: {}, made: 0, reused: 0 };

  for (const [id, kinds] of collectPhotoUses(document)) {
    const photo = photos.get(id);
    if (!photo) continue;
    let bytes: Uint8Array | null = null;
    const source = async () => (bytes ??= await photo.read());

    let info = await readJson<SourceInfo>(store, cacheKey(photo.sha256, 'info'));
    if (!info) {
      info = await readSourceInfo(await source());
      await store.put(cacheKey(photo.sha256, 'info'), encoder.encode(JSON.stringify(info)), 'application/json');
    }
    const sourceInfo = info;

    /** One variant: from the cache when its descriptor and blob are there, else encoded and stored. */
    const variant = async (
      name: string,
      contentType: string,
      make: (bytes: Uint8Array) => Promise<{ body: Uint8Array; width: number; height: number }>,
    ) => {
      const key = cacheKey(photo.sha256, name);
      const cached = await readJson<CachedVariant>(store, key);
      if (cached && (await store.has(blobKeyFor(cached.sha256)))) {
        result.reused += 1;
        return cached;
      }
      const made = await make(await source());
      const described: CachedVariant = { sha256: sha256Hex(made.body), size: made.body.byteLength, width: made.width, height: made.height };
      await store.put(blobKeyFor(described.sha256), made.body, contentType);
      await store.put(key, encoder.encode(JSON.stringify(described)), 'application/json');
      result.made += 1;
      return described;
    };
    const addEntry = (stem: string, extension: string, contentType: string, cached: CachedVariant) => {
      const path = `assets/photos/${stem}.${cached.sha256.slice(0, 10)}.${extension}`;
      result.entries[path] = { sha256: cached.sha256, size: cached.size, contentType, immutable: true };
      return `/${path}`;
    };

    const widths = [...new Set([...kinds].flatMap((kind) => IMAGE_LAYOUTS[kind].widths.map((w) => Math.min(w, sourceInfo.width))))].sort(
      (a, b) => a - b,
    );
    if (widths.length > 0) {
      const formats: VariantFormat[] = ['avif', 'webp', sourceInfo.hasAlpha ? 'png' : 'jpeg'];
      const srcsets = new Map<VariantFormat, string[]>();
      let largest = { url: '', width: 0, height: 0 };
      for (const width of widths) {
        for (const format of formats) {
          const contentType = VARIANT_CONTENT_TYPES[format];
          const cached = await variant(`${format}-${width}`, contentType, (b) => makeImageVariant(b, format, width));
          const url = addEntry(`${photo.sha256.slice(0, 12)}-${cached.width}`, EXTENSIONS[format], contentType, cached);
          srcsets.set(format, [...(srcsets.get(format) ?? []), `${url} ${cached.width}w`]);
          if (format === formats[2] && cached.width >= largest.width) largest = { url, width: cached.width, height: cached.height };
        }
      }
      const ref = fileRefOf(id);
      result.pictures[ref] = {
        width: largest.width,
        height: largest.height,
        sources: formats.slice(0, 2).map((format) => ({ type: VARIANT_CONTENT_TYPES[format], srcset: srcsets.get(format)!.join(', ') })),
        fallback: { src: largest.url, srcset: srcsets.get(formats[2])!.join(', ') },
      };
      result.urls[ref] = largest.url;
    }

    const iconSource = document.site.icon ?? document.site.logo;
    if (iconSource && iconSource.src === fileRefOf(id)) {
      const background = document.theme.palette.colors.background;
      for (const size of ICON_SIZES) {
        const cached = await variant(`icon-${size}-${background.slice(1).toLowerCase()}`, 'image/png', (b) =>
          makeIconPng(b, size, background),
        );
        result.icons[size] = addEntry(`icon-${size}`, 'png', 'image/png', cached);
      }
    }
  }
  return result;
}
