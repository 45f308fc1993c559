import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import courierNew from '@capsizecss/metrics/courierNew';
import dmSans from '@capsizecss/metrics/dMSans';
import fraunces from '@capsizecss/metrics/fraunces';
import ibmPlexMono from '@capsizecss/metrics/iBMPlexMono';
import lora from '@capsizecss/metrics/lora';
import manrope from '@capsizecss/metrics/manrope';
import nunito from '@capsizecss/metrics/nunito';
import outfit from '@capsizecss/metrics/outfit';
import playfairDisplay from '@capsizecss/metrics/playfairDisplay';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import type { FontPairing, Theme } from '@/modules/document/theme';

/**
 * Self-hosted web fonts for each font pairing, from the `@fontsource/*` packages (OFL fonts,
 * Latin subset: every letter of English, Portuguese, Spanish, French and German). Without them
 * a page falls back to whatever the visitor's system has — DejaVu on most Linux machines, which
 * made every generated site look alike.
 *
 * Three files per site at most, ~45–55 KB in all (a test holds every pairing under 60 KB): the
 * heading face in the weight the site's style asks for, and the body text in a regular and a
 * bold weight. Each face is declared over a weight range so the browser never synthesizes bold
 * from the wrong file. Browser-safe (the studio preview uses it); the bytes are read by the build.
 *
 * While a font loads (font-display:swap) the text shows in a local fallback resized to the web
 * font's metrics (capsize's createFontStack: size-adjust and ascent/descent/line-gap overrides),
 * so the swap does not move the page (layout shift). Liberation Sans/Serif/Mono, the usual fonts
 * on Linux, have Arial's, Times New Roman's and Courier New's metrics, so the same numbers apply.
 */

/** The Latin subset's coverage, as fontsource publishes it (identical for every family here). */
export const LATIN_UNICODE_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

type Fallback = 'sans' | 'serif' | 'mono';
type Family = { pkg: string; weights: readonly number[]; metrics: FontMetrics; fallback: Fallback };

const FAMILIES = {
  dmSans: { pkg: 'dm-sans', weights: [400, 500, 600, 700, 800], metrics: dmSans, fallback: 'sans' },
  lora: { pkg: 'lora', weights: [400, 500, 600, 700], metrics: lora, fallback: 'serif' },
  sourceSans: { pkg: 'source-sans-3', weights: [400, 500, 600, 700, 800], metrics: sourceSans3, fallback: 'sans' },
  nunito: { pkg: 'nunito', weights: [400, 500, 600, 700, 800], metrics: nunito, fallback: 'sans' },
  outfit: { pkg: 'outfit', weights: [400, 500, 600, 700, 800], metrics: outfit, fallback: 'sans' },
  manrope: { pkg: 'manrope', weights: [400, 500, 600, 700, 800], metrics: manrope, fallback: 'sans' },
  plexMono: { pkg: 'ibm-plex-mono', weights: [400, 500, 600, 700], metrics: ibmPlexMono, fallback: 'mono' },
  playfair: { pkg: 'playfair-display', weights: [400, 500, 600, 700, 800], metrics: playfairDisplay, fallback: 'serif' },
  fraunces: { pkg: 'fraunces', weights: [400, 500, 600, 700, 800], metrics: fraunces, fallback: 'serif' },
} as const satisfies Record<string, Family>;

const FALLBACKS: Record<Fallback, { metrics: FontMetrics; local: readonly string[] }> = {
  sans: { metrics: arial, local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo'] },
  serif: { metrics: timesNewRoman, local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos'] },
  mono: { metrics: courierNew, local: ['Courier New', 'CourierNewPSMT', 'Liberation Mono', 'LiberationMono', 'Cousine'] },
};

const camelToKebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The metric overrides that make `family`'s local fallback take the web font's room. */
function fallbackDescriptors(family: Family): string {
  const fallback = FALLBACKS[family.fallback];
  const [face] = createFontStack([family.metrics, fallback.metrics], { fontFaceFormat: 'styleObject' }).fontFaces;
  const { fontFamily: _name, src: _src, ...overrides } = (face?.['@font-face'] ?? {}) as Record<string, string>;
  const src = fallback.local.map((name) => `local("${name}")`).join(',');
  return [`src:${src}`, ...Object.entries(overrides).map(([name, value]) => `${camelToKebab(name)}:${value}`)].join(';');
}

/** Which families set each pairing (the fallback stacks in theme.ts follow the same look). */
export const PAIRING_FAMILIES: Record<FontPairing, { heading: Family; body: Family }> = {
  'modern-sans': { heading: FAMILIES.dmSans, body: FAMILIES.dmSans },
  'classic-serif': { heading: FAMILIES.lora, body: FAMILIES.sourceSans },
  humanist: { heading: FAMILIES.nunito, body: FAMILIES.nunito },
  geometric: { heading: FAMILIES.outfit, body: FAMILIES.manrope },
  'mono-accent': { heading: FAMILIES.plexMono, body: FAMILIES.dmSans },
  didone: { heading: FAMILIES.playfair, body: FAMILIES.sourceSans },
  'soft-serif': { heading: FAMILIES.fraunces, body: FAMILIES.nunito },
};

/** The heading weight each style asks for (render-css uses the same numbers for --hw). */
export const STYLE_HEADING_WEIGHT: Record<Theme['style'], number> = { minimal: 600, bold: 800, elegant: 500, playful: 700 };

export type WebFontFace = {
  /** The family's local fallback, resized to its metrics (see fallbackDescriptors). */
  fallback: string;
  /** 'heading' → --fh; 'body' and 'strong' → --fb (regular and bold text). */
  role: 'heading' | 'body' | 'strong';
  /** File name inside the package's `files/`, e.g. 'dm-sans-latin-700-normal.woff2'; also the lookup key. */
  file: string;
  pkg: string;
  /** The weights this face answers for in CSS (a range, so none is synthesized). */
  weightRange: string;
};

const fileOf = (family: Family, weight: number) => `${family.pkg}-latin-${weight}-normal.woff2`;

function nearest(weights: readonly number[], wanted: number): number {
  return weights.reduce((best, weight) => (Math.abs(weight - wanted) < Math.abs(best - wanted) ? weight : best));
}

function own<T extends object>(table: T, key: unknown): T[keyof T] | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key as keyof T] : undefined;
}

/** The faces a theme uses, heading first (that is the one preloaded: it sets the hero's headline). */
export function webFontFacesFor(theme: Partial<Pick<Theme, 'fonts' | 'style'>> | undefined): WebFontFace[] {
  const pairing = own(PAIRING_FAMILIES, theme?.fonts) ?? PAIRING_FAMILIES['modern-sans'];
  const headingWeight = nearest(pairing.heading.weights, own(STYLE_HEADING_WEIGHT, theme?.style) ?? STYLE_HEADING_WEIGHT.minimal);
  const strongWeight = nearest(pairing.body.weights, 650);
  const face = (role: WebFontFace['role'], family: Family, weight: number, weightRange: string): WebFontFace => ({
    role,
    file: fileOf(family, weight),
    pkg: family.pkg,
    weightRange,
    fallback: fallbackDescriptors(family),
  });
  return [
    face('heading', pairing.heading, headingWeight, '100 900'),
    face('body', pairing.body, 400, '100 549'),
    face('strong', pairing.body, strongWeight, '550 900'),
  ];
}

/** Every file any theme can ask for: the allow-list for the preview's font route and the build's loader. */
export function allWebFontFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { heading, body } of Object.values(PAIRING_FAMILIES)) {
    for (const weight of heading.weights) files.set(fileOf(heading, weight), heading.pkg);
    for (const weight of body.weights) files.set(fileOf(body, weight), body.pkg);
  }
  return files;
}

/** CSS family names: ours, so a font installed on the visitor's machine is never picked by mistake. */
export const HEADING_FAMILY = 'pm-heading';
export const BODY_FAMILY = 'pm-body';
/** The resized local fallbacks, listed right after the web fonts in --fh and --fb. */
export const HEADING_FALLBACK_FAMILY = 'pm-heading-fb';
export const BODY_FALLBACK_FAMILY = 'pm-body-fb';

/**
 * `@font-face` rules for the faces that have a URL, plus one resized local fallback per family
 * (none when no face has a URL: the fallback stacks apply alone).
 */
export function fontFaceCss(faces: readonly WebFontFace[], urlOf: (file: string) => string | undefined): string {
  const rules: string[] = [];
  const fallbacks = new Map<string, string>();
  for (const face of faces) {
    const url = urlOf(face.file);
    // URLs come from our build or our preview route, never from a document; still, only plain paths pass.
    if (!url || !/^\/[\w./-]+$/.test(url)) continue;
    const isHeading = face.role === 'heading';
    rules.push(
      `@font-face{font-family:${isHeading ? HEADING_FAMILY : BODY_FAMILY};src:url(${url}) format("woff2");font-weight:${face.weightRange};font-style:normal;font-display:swap;unicode-range:${LATIN_UNICODE_RANGE}}`,
    );
    fallbacks.set(isHeading ? HEADING_FALLBACK_FAMILY : BODY_FALLBACK_FAMILY, face.fallback);
  }
  for (const [family, descriptors] of fallbacks) rules.push(`@font-face{font-family:${family};${descriptors}}`);
  return rules.join('');
}
