import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeThumbnail, MAX_INPUT_PIXELS } from './make-thumbnail';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid grey PNG of width × height that compresses to almost nothing: a decompression bomb. */
function bomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = deflateSync(Buffer.alloc(height * (width + 1)), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('makeThumbnail', () => {
  it('makes a small upright WebP and reports the upright size (EXIF orientation applied)', async () => {
    const sideways = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#369' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const thumbnail = await makeThumbnail(sideways);
    expect(thumbnail).toMatchObject({ width: 800, height: 1200 });
    const meta = await sharp(thumbnail!.webp).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 320, height: 480 });
  });

  it('refuses to decode past the pixel bound: a tiny file that would fill gigabytes gets no thumbnail', async () => {
    const side = Math.ceil(Math.sqrt(MAX_INPUT_PIXELS)) + 200; // just past the bound, well under sharp's own default
    const file = bomb(side, side);
    expect(file.length).toBeLessThan(200_000);
    expect(await makeThumbnail(file)).toBeNull();
  });

  it('gives nothing for bytes that are not a picture', async () => {
    expect(await makeThumbnail(new TextEncoder().encode('<html>'))).toBeNull();
  });
});
