import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme } from '@/modules/document/theme';
import { cleanHex } from './contrast';

/**
 * Stock art: the pictures a new site has before its owner uploads photos. We have no photo
 * library and generated pages must never show a broken image, so an image whose src is
 * `/stock/<name>.svg` is drawn here — soft abstract shapes in the site's own palette, different
 * for every name, identical for the same name (publishing twice uploads nothing new).
 *
 * The build turns each into a content-hashed asset; the preview inlines it as a data: URL.
 * Nothing from the document reaches the SVG except hex colours (cleanHex) and the name, which
 * only seeds the numbers.
 */
const STOCK_SRC = /^\/stock\/([a-z0-9][a-z0-9-]{0,62})\.svg$/;
const STOCK_SRC_IN_TEXT = /"\/stock\/([a-z0-9][a-z0-9-]{0,62})\.svg"/g;

/** `/stock/bakery-2.svg` → `bakery-2`; null for any other src. */
export function stockArtName(src: string): string | null {
  return STOCK_SRC.exec(src)?.[1] ?? null;
}

/** Every stock image a document uses (sorted, once each). */
export function listStockArt(document: SiteDocument): string[] {
  const names = new Set<string>();
  for (const match of JSON.stringify(document).matchAll(STOCK_SRC_IN_TEXT)) names.add(match[1]!);
  return [...names].sort();
}

/**
 * Deterministic numbers in [0, 1) from the name: FNV-1a seeds mulberry32. Plain arithmetic, no
 * node:crypto, because the preview renders in the browser.
 */
function numbersFrom(name: string, count: number): number[] {
  let seed = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) seed = Math.imul(seed ^ name.charCodeAt(i), 0x01000193) >>> 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out.push(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return out;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The SVG (1200×900, scales to any declared size) for `name` in the document's palette. */
export function renderStockArt(document: SiteDocument, name: string): string {
  const colors = document.theme?.palette?.colors;
  const fallback = defaultTheme.palette.colors;
  const primary = cleanHex(colors?.primary, fallback.primary);
  const accent = cleanHex(colors?.accent, fallback.accent);
  const surface = cleanHex(colors?.surface, fallback.surface);
  const background = cleanHex(colors?.background, fallback.background);
  const n = numbersFrom(name, 24);
  const angle = Math.round(n[0]! * 360);
  const shapes: string[] = [];
  const fills = [primary, accent, surface, primary, accent];
  for (let i = 0; i < 5; i++) {
    const [x, y, r, o] = [n[1 + i * 4]!, n[2 + i * 4]!, n[3 + i * 4]!, n[4 + i * 4]!];
    const opacity = round(0.25 + o * 0.45);
    if (i % 2 === 0)
      shapes.push(
        `<circle cx="${round(x * 1200)}" cy="${round(y * 900)}" r="${round(120 + r * 320)}" fill="${fills[i]}" fill-opacity="${opacity}"/>`,
      );
    else {
      const w = round(200 + r * 420);
      shapes.push(
        `<rect x="${round(x * 1000)}" y="${round(y * 700)}" width="${w}" height="${round(w * 0.62)}" rx="${round(24 + o * 80)}" fill="${fills[i]}" fill-opacity="${opacity}" transform="rotate(${Math.round(n[21]! * 40 - 20)} 600 450)"/>`,
      );
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 900" preserveAspectRatio="xMidYMid slice">` +
    `<defs><linearGradient id="g" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="${background}"/><stop offset="1" stop-color="${accent}" stop-opacity=".55"/></linearGradient></defs>` +
    `<rect width="1200" height="900" fill="url(#g)"/>${shapes.join('')}</svg>`
  );
}

/** The art as a data: URL, for the preview (a srcdoc iframe has no server to fetch from). */
export function stockArtDataUrl(document: SiteDocument, name: string): string {
  return `data:image/svg+xml,${encodeURIComponent(renderStockArt(document, name))}`;
}

/** `assetUrls.files` for the preview: every stock image of the document as a data: URL. */
export function stockArtPreviewUrls(document: SiteDocument): Record<string, string> {
  return Object.fromEntries(listStockArt(document).map((name) => [`/stock/${name}.svg`, stockArtDataUrl(document, name)]));
}
