// WCAG 2.x contrast maths on hex colors. The renderer uses it to guarantee AA text contrast
// whatever palette a model or a person picked, instead of trusting the document.

type Rgb = [number, number, number];

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function toRgb(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((offset) => parseInt(full.slice(offset, offset + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `amount` 0 → a, 1 → b. */
export function mixColors(a: string, b: string, amount: number): string {
  const [from, to] = [toRgb(a), toRgb(b)];
  return toHex(from.map((channel, index) => channel + (to[index] - channel) * amount) as Rgb);
}

/**
 * `color` if it reaches `ratio` against every background; otherwise `color` pushed step by
 * step towards black or white (whichever end can work) until it does, so the hue survives.
 */
export function ensureContrast(color: string, backgrounds: readonly string[], ratio = 4.5): string {
  const worst = (candidate: string) => Math.min(...backgrounds.map((background) => contrastRatio(candidate, background)));
  if (worst(color) >= ratio) return color;
  const target = worst('#000000') >= worst('#ffffff') ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mixColors(color, target, step / 20);
    if (worst(candidate) >= ratio) return candidate;
  }
  return target;
}

/** Black-ish or white text, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio('#111111', background) ? '#ffffff' : '#111111';
}

/** Normalises to lower-case 6-digit hex, or returns the fallback for anything that is not hex. */
export function cleanHex(value: unknown, fallback: string): string {
  return isHexColor(value) ? toHex(toRgb(value)) : fallback;
}

/**
 * A background pushed away from its best text color (black or white) until that text reaches
 * `ratio` on it, so that text colors derived later always have room to pass AA. Light and dark
 * backgrounds pass unchanged; only muddy mid-tones move.
 */
export function ensureRoomForText(background: string, text: string, ratio = 6): string {
  if (contrastRatio(text, background) >= ratio) return background;
  const away = contrastRatio('#000000', text) > contrastRatio('#ffffff', text) ? '#000000' : '#ffffff';
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mixColors(background, away, step / 20);
    if (contrastRatio(text, candidate) >= ratio) return candidate;
  }
  return away;
}
