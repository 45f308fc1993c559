import sharp from 'sharp';

/**
 * A photograph-like JPEG of about `megapixels` (3:2): soft colour fields (a sky-to-ground
 * gradient with a few blurred shapes) plus fine sensor-like grain, saved as a phone would save
 * it (quality 90, with EXIF). Pure noise would not compress like a photo, and flat colour would
 * compress far better than one; this sits between, close to real 3–6 MP phone pictures
 * (roughly 0.5–1 MB per megapixel).
 */
export async function testPhoto(megapixels: number, seed: number): Promise<Buffer> {
  const width = Math.round(Math.sqrt(megapixels * 1e6 * 1.5));
  const height = Math.round(width / 1.5);
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,72%)"/><stop offset="0.55" stop-color="hsl(${(hue + 40) % 360},35%,55%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 80) % 360},40%,28%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${Array.from({ length: 9 }, (_, i) => {
      const cx = ((seed * 131 + i * 977) % 100) / 100;
      const cy = ((seed * 71 + i * 613) % 100) / 100;
      return `<ellipse cx="${Math.round(cx * width)}" cy="${Math.round(cy * height)}" rx="${Math.round(width / (5 + i))}" ry="${Math.round(height / (6 + i))}" fill="hsl(${(hue + i * 37) % 360},${40 + i * 5}%,${30 + i * 6}%)" opacity="0.55"/>`;
    }).join('')}
  </svg>`;
  const base = await sharp(Buffer.from(svg))
    .blur(Math.max(2, width / 400))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 22 } },
  })
    .raw()
    .toBuffer();
  const pixels = Buffer.alloc(width * height * 3);
  const channels = base.info.channels;
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += channels) {
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, base.data[j + c]! + grain[i + c]! - 128));
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: 'BenchPhone', Model: 'B1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 43/1 0/1' } })
    .toBuffer();
}
