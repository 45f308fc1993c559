import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme, type PaletteColors } from '@/modules/document/theme';
import { cleanHex, contrastRatio } from '@/modules/render/contrast';
import { themeVariables } from '@/modules/render/render-css';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const AA = 4.5;

type Pair = {
  id: ContrastPairId;
  label: string;
  foreground: keyof PaletteColors;
  background: keyof PaletteColors;
  published: [string, string];
};

export type ContrastPairId = 'textBackground' | 'textSurface' | 'mutedBackground' | 'button';

// Palette colours and the CSS custom properties the renderer publishes them as.
const PAIRS: Pair[] = [
  { id: 'textBackground', label: 'Text on the page background', foreground: 'text', background: 'background', published: ['tx', 'bg'] },
  { id: 'textSurface', label: 'Text on cards', foreground: 'text', background: 'surface', published: ['tx', 'sf'] },
  {
    id: 'mutedBackground',
    label: 'Secondary text on the page background',
    foreground: 'muted',
    background: 'background',
    published: ['mu', 'bg'],
  },
  { id: 'button', label: 'Button text on the primary colour', foreground: 'primaryText', background: 'primary', published: ['pt', 'pr'] },
];

export type ContrastPairResult = { id: ContrastPairId; foreground: string; background: string; ratio: number; passes: boolean };

/**
 * The rule itself, pair by pair, on the colours a person chose: the pre-publish check below and
 * the editor's theme panel (shown while choosing) both use it, so they always agree.
 */
export function paletteContrastPairs(chosen: Partial<PaletteColors>): ContrastPairResult[] {
  return PAIRS.map((pair) => {
    const foreground = cleanHex(chosen[pair.foreground], defaultTheme.palette.colors[pair.foreground]);
    const background = cleanHex(chosen[pair.background], defaultTheme.palette.colors[pair.background]);
    const value = contrastRatio(foreground, background);
    return { id: pair.id, foreground, background, ratio: value, passes: value >= AA };
  });
}

/** "4.5:1", rounded down so a pair shown as 4.5:1 really reaches it. */
export const formatContrastRatio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

/** The colours the published stylesheet really uses, read from the renderer's own variables. */
function publishedColors(document: SiteDocument): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const match of themeVariables(document).matchAll(/--([a-z]+):(#[0-9a-f]{6})/g)) colors[match[1]] = match[2];
  return colors;
}

/**
 * WCAG AA (4.5:1) for the palette's text pairs. The renderer already pushes failing text
 * colours until they pass, so a chosen pair below AA is a warning that says what visitors will
 * see instead; a published pair below AA would be a renderer bug and is an error.
 */
export function checkContrast(document: SiteDocument): CheckResult[] {
  const chosen: Partial<PaletteColors> = document.theme?.palette?.colors ?? {};
  const published = publishedColors(document);
  const errors: string[] = [];
  const warnings: string[] = [];

  const chosenPairs = paletteContrastPairs(chosen);
  for (const [index, pair] of PAIRS.entries()) {
    const { foreground, background, ratio: chosenRatio, passes } = chosenPairs[index]!;
    const [publishedForeground, publishedBackground] = pair.published.map((name) => published[name]);
    const publishedRatio = publishedForeground && publishedBackground ? contrastRatio(publishedForeground, publishedBackground) : 0;
    if (publishedRatio < AA) {
      errors.push(`${pair.label}: the published colours reach only ${formatContrastRatio(publishedRatio)} (needs ${AA}:1)`);
      continue;
    }
    if (!passes) {
      warnings.push(
        `${pair.label}: ${foreground} on ${background} is ${formatContrastRatio(chosenRatio)} (needs ${AA}:1); ` +
          `the site uses ${publishedForeground} on ${publishedBackground} instead`,
      );
    }
  }

  return summarizeCheck(
    'contrast',
    { errors, warnings },
    {
      error: (count) => `${count === 1 ? 'One colour pair is' : `${count} colour pairs are`} too hard to read.`,
      warning: (count) =>
        `${count === 1 ? 'One colour pair was' : `${count} colour pairs were`} below AA and adjusted so that text stays readable.`,
      ok: 'Text colours are readable on their backgrounds.',
    },
  );
}
