import type { SectionType } from '@/modules/document/section-registry';
import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme, fontPairings, type PaletteColors } from '@/modules/document/theme';
import { baseCss, postCss } from './base-css';
import { cleanHex, contrastRatio, ensureContrast, ensureRoomForText, mixColors, readableOn } from './contrast';
import { headerCss } from './render-header';
import { sectionCss } from './render-section';
import {
  BODY_FALLBACK_FAMILY,
  BODY_FAMILY,
  fontFaceCss,
  HEADING_FALLBACK_FAMILY,
  HEADING_FAMILY,
  STYLE_HEADING_WEIGHT,
  webFontFacesFor,
} from './web-fonts';

const RADII = {
  none: ['0', '0'],
  sm: ['.25rem', '.25rem'],
  md: ['.6rem', '.5rem'],
  lg: ['1.1rem', '.8rem'],
  full: ['1.6rem', '999px'],
} as const;
const SPACING = { compact: 'clamp(2.5rem,5vw,3.75rem)', normal: 'clamp(3.5rem,8vw,6rem)', airy: 'clamp(4.5rem,11vw,8.5rem)' } as const;
// Heading weights are the ones the web fonts are loaded in (web-fonts.ts), so none is synthesized.
const STYLES = {
  minimal: { hw: String(STYLE_HEADING_WEIGHT.minimal), ls: '-.02em', sh: 'none', bw: '1px' },
  bold: {
    hw: String(STYLE_HEADING_WEIGHT.bold),
    ls: '-.035em',
    sh: '0 1px 2px rgb(0 0 0/.06),0 14px 34px -10px rgb(0 0 0/.22)',
    bw: '0px',
  },
  elegant: { hw: String(STYLE_HEADING_WEIGHT.elegant), ls: '-.005em', sh: 'none', bw: '1px' },
  playful: { hw: String(STYLE_HEADING_WEIGHT.playful), ls: '-.015em', sh: '5px 5px 0 var(--ac)', bw: '2px' },
} as const;

function pickOwn<T extends object>(table: T, key: unknown, fallback: keyof T): T[keyof T] {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key as keyof T] : table[fallback];
}

/** Strips comments and whitespace; our CSS has no strings or values where that would matter. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Theme colors as custom properties. Colors are re-validated (hex only) because they are the
 * only document values that reach CSS, and text colors are adjusted until they reach WCAG AA
 * (4.5:1) on every background they are used on — whatever palette was chosen.
 */
export function themeVariables(document: SiteDocument, { webFonts = false }: { webFonts?: boolean } = {}): string {
  const theme = document.theme;
  const given: Partial<PaletteColors> = theme?.palette?.colors ?? {};
  const fallback = defaultTheme.palette.colors;
  const color = (name: keyof PaletteColors) => cleanHex(given[name], fallback[name]);
  // Text must be able to reach AA on both page and card backgrounds; a palette that mixes a
  // dark page with light cards (or a mid-grey page) gets its backgrounds nudged first.
  const rawBg = color('background');
  const ink = readableOn(rawBg) === '#ffffff' ? '#ffffff' : '#000000';
  const bg = ensureRoomForText(rawBg, ink);
  const sf = ensureRoomForText(color('surface'), ink);
  const ac = color('accent');
  const pr = color('primary');
  const backgrounds = [bg, sf, mixColors(bg, ac, 0.2)];
  const wantedPt = color('primaryText');
  const pt = contrastRatio(wantedPt, pr) >= 4.5 ? wantedPt : ensureContrast(readableOn(pr), [pr]);
  const tx = ensureContrast(color('text'), backgrounds);
  const fonts = pickOwn(fontPairings, theme?.fonts, 'modern-sans');
  const [radius, buttonRadius] = pickOwn(RADII, theme?.radius, 'md');
  const style = pickOwn(STYLES, theme?.style, 'minimal');
  const isDark = contrastRatio(bg, '#000000') < contrastRatio(bg, '#ffffff');
  const vars: Record<string, string> = {
    bg,
    sf,
    tx,
    mu: ensureContrast(color('muted'), backgrounds),
    pr,
    pt,
    ac,
    ln: ensureContrast(pr, backgrounds),
    bd: mixColors(bg, tx, 0.14),
    // Our web fonts first when the page has them; the stack shows until they load.
    fh: webFonts ? `${HEADING_FAMILY},${HEADING_FALLBACK_FAMILY},${fonts.heading}` : fonts.heading,
    fb: webFonts ? `${BODY_FAMILY},${BODY_FALLBACK_FAMILY},${fonts.body}` : fonts.body,
    r: radius,
    rb: buttonRadius,
    sp: pickOwn(SPACING, theme?.spacing, 'normal'),
    ...style,
  };
  const body = Object.entries(vars)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');
  return `:root{color-scheme:${isDark ? 'dark' : 'light'};${body}}`;
}

/**
 * The stylesheet for `document`: the theme's `@font-face` rules (when `fontUrls` maps its font
 * files to URLs) + base + theme variables + the CSS of the section types in `usedSectionTypes`
 * only (each once, sorted by type so the output is deterministic).
 */
export function renderCss(
  document: SiteDocument,
  usedSectionTypes: Iterable<SectionType>,
  fontUrls?: Readonly<Record<string, string>>,
): string {
  const used = new Set(usedSectionTypes);
  const sections = [...used]
    .sort()
    .map((type) => sectionCss(type))
    .join('');
  const hasPosts = document.pages.some((page) => page.kind === 'post');
  const fonts = fontUrls
    ? fontFaceCss(webFontFacesFor(document.theme), (file) => (Object.hasOwn(fontUrls, file) ? fontUrls[file] : undefined))
    : '';
  return minifyCss(
    fonts + themeVariables(document, { webFonts: fonts !== '' }) + baseCss + headerCss(document) + (hasPosts ? postCss : '') + sections,
  );
}
