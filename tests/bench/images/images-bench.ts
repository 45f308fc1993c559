/**
 * Images bench: what publishing a photo costs and saves. Generates photograph-like JPEGs of 3–6
 * MP (test-photo.ts), runs the real pipeline (prepareSitePhotos → makeImageVariant, into a
 * filesystem blob store) for a hero slot — 4 widths × AVIF, WebP, JPEG — and prints:
 *
 * - the median processing time per megapixel of source (all variants of one photo ÷ its MP),
 * - AVIF and WebP bytes against the original upload and against our own JPEG fallback at the
 *   same (largest) width,
 * - a republish of the same photos: cached by source hash, so it should encode nothing.
 *
 * Run alone: npx tsx tests/bench/images/images-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFilesystemStore } from '@/lib/storage/create-filesystem-store';
import { prepareSitePhotos, type PhotoSource } from '@/modules/build/prepare-site-photos';
import { sha256Hex } from '@/modules/build/sha256-hex';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { setSlotImage } from '@/modules/document/set-slot-image';
import { kb, median, ms } from '../host/stats';
import { testPhoto } from './test-photo';

const SIZES_MP = [3, 4, 5, 6, 3.5, 4.5];

export type ImagesBenchResult = {
  photos: number;
  medianMsPerMegapixel: number;
  /** 1 − variant bytes / original bytes, median over photos (largest width). */
  avifSavingVsOriginal: number;
  webpSavingVsOriginal: number;
  avifSavingVsJpeg: number;
  webpSavingVsJpeg: number;
  republishMadeVariants: number;
  republishMedianMs: number;
};

const pct = (value: number) => `${(value * 100).toFixed(0)}%`;
/** A saving as the change in bytes: 0.23 → "−23%", −0.37 (bigger) → "+37%". */
const change = (saving: number) => `${saving >= 0 ? '−' : '+'}${Math.abs(saving * 100).toFixed(0)}%`;

export async function runImagesBench(): Promise<ImagesBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-bench-images-'));
  const store = createFilesystemStore(dir);
  const rows: { mp: number; originalBytes: number; ms: number; avif: number; webp: number; jpeg: number; made: number }[] = [];
  const republish: { ms: number; made: number }[] = [];
  try {
    for (const [index, megapixels] of SIZES_MP.entries()) {
      const original = new Uint8Array(await testPhoto(megapixels, index + 1));
      const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      const doc = setSlotImage(veganBakery, '0/hero/image', { src: `file:${id}`, width: 1, height: 1 }, { locale: 'en', text: 'x' });
      const photos = new Map<string, PhotoSource>([[id, { id, sha256: sha256Hex(original), read: async () => original }]]);

      const started = performance.now();
      const prepared = await prepareSitePhotos(doc, photos, store);
      const elapsed = performance.now() - started;

      const largest = (extension: string) => {
        const entries = Object.entries(prepared.entries).filter(([p]) => p.endsWith(extension));
        const widest = entries.sort(([a], [b]) => Number(/-(\d+)\./.exec(b)![1]) - Number(/-(\d+)\./.exec(a)![1]))[0]!;
        return widest[1].size;
      };
      const row = {
        mp: megapixels,
        originalBytes: original.byteLength,
        ms: elapsed,
        avif: largest('.avif'),
        webp: largest('.webp'),
        jpeg: largest('.jpg'),
        made: prepared.made,
      };
      rows.push(row);
      console.log(
        `photo ${index + 1}: ${megapixels} MP, original ${kb(row.originalBytes)} → ${row.made} variants in ${ms(elapsed)} ` +
          `(${ms(elapsed / megapixels)}/MP); 1600 px: AVIF ${kb(row.avif)}, WebP ${kb(row.webp)}, JPEG ${kb(row.jpeg)}`,
      );

      const again = performance.now();
      const second = await prepareSitePhotos(doc, photos, store);
      republish.push({ ms: performance.now() - again, made: second.made });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const saving = (pick: (row: (typeof rows)[number]) => number, against: (row: (typeof rows)[number]) => number) =>
    median(rows.map((row) => 1 - pick(row) / against(row)));
  const result: ImagesBenchResult = {
    photos: rows.length,
    medianMsPerMegapixel: median(rows.map((row) => row.ms / row.mp)),
    avifSavingVsOriginal: saving(
      (r) => r.avif,
      (r) => r.originalBytes,
    ),
    webpSavingVsOriginal: saving(
      (r) => r.webp,
      (r) => r.originalBytes,
    ),
    avifSavingVsJpeg: saving(
      (r) => r.avif,
      (r) => r.jpeg,
    ),
    webpSavingVsJpeg: saving(
      (r) => r.webp,
      (r) => r.jpeg,
    ),
    republishMadeVariants: republish.reduce((sum, r) => sum + r.made, 0),
    republishMedianMs: median(republish.map((r) => r.ms)),
  };
  console.log(
    `median ${ms(result.medianMsPerMegapixel)} per megapixel (all 12 hero variants of a photo); ` +
      `AVIF saves ${pct(result.avifSavingVsOriginal)} and WebP ${pct(result.webpSavingVsOriginal)} vs the original upload, ` +
      `bytes vs our JPEG at the same width: AVIF ${change(result.avifSavingVsJpeg)}, WebP ${change(result.webpSavingVsJpeg)}; ` +
      `republish: ${result.republishMadeVariants} variants encoded, median ${ms(result.republishMedianMs)} per photo`,
  );
  return result;
}

if (process.argv[1]?.endsWith('images-bench.ts')) {
  runImagesBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
