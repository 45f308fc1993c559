// Draws the Page Magic app icons (a sparkle on a violet rounded square) as
// PNGs with no image library: raw RGBA rows, deflated, wrapped in PNG chunks.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function icon({ maskable }) {
  return (u, v) => {
    const r = maskable ? 0 : 0.22; // corner radius (maskable icons fill the square)
    const inset = maskable ? 0 : 0.0;
    const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - inset - r));
    const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - inset - r));
    if (!maskable && Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
    // Sparkle: a four-pointed star |x|^0.5 + |y|^0.5 < k, centred.
    const scale = maskable ? 0.36 : 0.46;
    const x = Math.abs((u - 0.5) / scale),
      y = Math.abs((v - 0.5) / scale);
    const star = Math.sqrt(x) + Math.sqrt(y) < 0.95;
    const small = Math.sqrt(Math.abs((u - 0.74) / (scale * 0.35))) + Math.sqrt(Math.abs((v - 0.27) / (scale * 0.35))) < 0.9;
    if (star || small) return [255, 255, 255, 255];
    const t = (u + v) / 2; // gradient from #6d4aff to #4c26d9
    return [Math.round(109 - 33 * t), Math.round(74 - 36 * t), 255 - Math.round(38 * t), 255];
  };
}
const out = 'public/icons';
writeFileSync(`${out}/icon-192.png`, png(192, icon({ maskable: false })));
writeFileSync(`${out}/icon-512.png`, png(512, icon({ maskable: false })));
writeFileSync(`${out}/maskable-512.png`, png(512, icon({ maskable: true })));
writeFileSync(`${out}/apple-touch-icon.png`, png(180, icon({ maskable: true })));
writeFileSync('public/favicon.png', png(48, icon({ maskable: false })));
console.log('icons written');
