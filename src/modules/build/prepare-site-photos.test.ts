import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import type { BlobStore } from '@/lib/storage/types';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { setSlotImage } from '@/modules/document/set-slot-image';
import { blobKeyFor } from './blob-key-for';
import { makeIconPng } from './make-icon-png';
import { prepareSitePhotos, type PhotoSource } from './prepare-site-photos';
import { sha256Hex } from './sha256-hex';

const HERO = '11111111-1111-4111-8111-111111111111';
const LOGO = '22222222-2222-4222-8222-222222222222';

/** A camera JPEG: EXIF with a maker, GPS coordinates, turned by its orientation tag, in Display P3. */
async function cameraJpeg(width: number, height: number): Promise<Uint8Array> {
  const body = await sharp({ create: { width, height, channels: 3, background: '#c0602a' } })
    .withIccProfile('p3')
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '23/1 33/1 0/1' } })
    .toBuffer();
  return new Uint8Array(body);
}

function source(id: string, bytes: Uint8Array, reads: { count: number }): PhotoSource {
  return {
    id,
    sha256: sha256Hex(bytes),
    read: async () => {
      reads.count += 1;
      return bytes;
    },
  };
}

const store = (): BlobStore => createFilesystemStore(mkdtempSync(path.join(tmpdir(), 'pm-photos-')));

function withPhotos() {
  let doc = setSlotImage(veganBakery, '0/hero/image', { src: `file:${HERO}`, width: 1800, height: 1200 }, { locale: 'en', text: 'Bread' });
  doc = setSlotImage(doc, 'logo', { src: `file:${LOGO}`, width: 400, height: 200 }, { locale: 'en', text: 'Logo' });
  return doc;
}

describe('prepareSitePhotos', () => {
  it('makes AVIF, WebP and JPEG variants at the hero widths (capped at the photo), without EXIF or GPS, in sRGB', async () => {
    const blobs = store();
    const bytes = await cameraJpeg(1800, 1200);
    const sourceMeta = await sharp(bytes).metadata();
    // The source really carries what must not leave: the maker, a GPS IFD (tag 0x8825), a P3 profile.
    expect(sourceMeta.exif?.toString('latin1')).toContain('PhoneCo');
    expect(sourceMeta.exif?.includes(Buffer.from([0x25, 0x88])) || sourceMeta.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(true);
    expect(sourceMeta.icc).toBeDefined();

    const prepared = await prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bytes, { count: 0 })]]), blobs);
    const picture = prepared.pictures[`file:${HERO}`]!;
    expect(picture.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(picture.sources[0]!.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['480w', '800w', '1120w', '1600w']);
    expect(picture.fallback.src).toMatch(/^\/assets\/photos\/[0-9a-f]{12}-1600\.[0-9a-f]{10}\.jpg$/);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1600, height: 1067 });

    const entries = Object.entries(prepared.entries);
    expect(entries).toHaveLength(12);
    for (const [filePath, entry] of entries) {
      const blob = await blobs.get(blobKeyFor(entry.sha256));
      expect(blob, filePath).not.toBeNull();
      expect(sha256Hex(blob!.body)).toBe(entry.sha256);
      expect(filePath).toContain(entry.sha256.slice(0, 10)); // content-hashed name
      const meta = await sharp(blob!.body).metadata();
      expect(meta.format, filePath).toBe({ 'image/avif': 'heif', 'image/webp': 'webp', 'image/jpeg': 'jpeg' }[entry.contentType]);
      expect(meta.exif, filePath).toBeUndefined();
      expect(meta.xmp, filePath).toBeUndefined();
      expect(meta.icc, filePath).toBeUndefined();
      expect(meta.space, filePath).toBe('srgb');
    }
    const avif = entries.find(([p]) => p.endsWith('.avif'))![1];
    const jpeg = entries.find(([p, e]) => p.endsWith('.jpg') && e.size > 0)![1];
    expect(avif.contentType).toBe('image/avif');
    expect(jpeg.contentType).toBe('image/jpeg');
  });

  it('never enlarges: a small photo gets one width, its own', async () => {
    const bytes = await cameraJpeg(300, 200);
    const prepared = await prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bytes, { count: 0 })]]), store());
    expect(prepared.pictures[`file:${HERO}`]!.fallback.srcset).toMatch(/^\S+ 300w$/);
  });

  it('republishing encodes nothing and does not even read the photo: variants are cached by the source hash', async () => {
    const blobs = store();
    const bytes = await cameraJpeg(1200, 800);
    const first = { count: 0 };
    const once = await prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bytes, first)]]), blobs);
    expect(once.made).toBeGreaterThan(0);
    expect(first.count).toBe(1);

    const second = { count: 0 };
    const again = await prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bytes, second)]]), blobs);
    expect(again).toMatchObject({ made: 0, reused: once.made });
    expect(second.count).toBe(0);
    expect(again.entries).toEqual(once.entries);

    // A variant whose blob was collected is made again (and only that one).
    const [, gone] = Object.entries(once.entries)[0]!;
    await blobs.delete(blobKeyFor(gone.sha256));
    const healed = await prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bytes, { count: 0 })]]), blobs);
    expect(healed.made).toBe(1);
    expect(await blobs.has(blobKeyFor(gone.sha256))).toBe(true);
  });

  it('keeps transparency with a PNG fallback, and makes square PNG icons from the logo', async () => {
    const logo = new Uint8Array(
      await sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } })
        .png()
        .toBuffer(),
    );
    const prepared = await prepareSitePhotos(withPhotos(), new Map([[LOGO, source(LOGO, logo, { count: 0 })]]), store());
    expect(prepared.pictures[`file:${LOGO}`]!.fallback.src).toMatch(/\.png$/);
    expect(Object.keys(prepared.icons).map(Number)).toEqual([32, 180, 192, 512]);
    const apple = await makeIconPng(logo, 180, '#ffffff');
    const meta = await sharp(apple.body).metadata();
    expect({ width: meta.width, height: meta.height, format: meta.format }).toEqual({ width: 180, height: 180, format: 'png' });
  });

  it('refuses a decompression bomb with a reason instead of decoding it', async () => {
    // 10000 × 10000 = 100 MP, above the 50 MP bound, in a few kilobytes of PNG.
    const bomb = new Uint8Array(
      await sharp({ create: { width: 10000, height: 10000, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    await expect(prepareSitePhotos(withPhotos(), new Map([[HERO, source(HERO, bomb, { count: 0 })]]), store())).rejects.toMatchObject({
      code: 'VALIDATION',
      key: 'errors.build.photoUnreadable',
    });
  });
});
