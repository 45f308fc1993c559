import type { SiteDocument } from '@/modules/document/site-document-schema';
import { defaultTheme, type PaletteColors } from '@/modules/document/theme';
import { cleanHex, contrastRatio } from '@/modules/render/contrast';
import { themeVariables } from '@/modules/render/render-css';
import { summarizeCheck } from './summarize-check';
import type { CheckResult } from './types';

const AA = 4.5;

type Pair = { label: string; foreground: keyof PaletteColors; background: keyof PaletteColors; published: [string, string] };

// Palette colours and the CSS custom properties the renderer publishes them as.
const PAIRS: Pair[] = [
  { label: 'Text on the page background', foreground: 'text', background: 'background', published: ['tx', 'bg'] },
  { label: 'Text on cards', foreground: 'text', background: 'surface', published: ['tx', 'sf'] },
  { label: 'Secondary text on the page background', foreground: 'muted', background: 'background', published: ['mu', 'bg'] },
  { label: 'Button text on the primary colour', foreground: 'primaryText', background: 'primary', published: ['pt', 'pr'] },
];

const ratio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

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

  for (const pair of PAIRS) {
    const foreground = cleanHex(chosen[pair.foreground], defaultTheme.palette.colors[pair.foreground]);
    const background = cleanHex(chosen[pair.background], defaultTheme.palette.colors[pair.background]);
    const [publishedForeground, publishedBackground] = pair.published.map((name) => published[name]);
    const publishedRatio = publishedForeground && publishedBackground ? contrastRatio(publishedForeground, publishedBackground) : 0;
    if (publishedRatio < AA) {
      errors.push(`${pair.label}: the published colours reach only ${ratio(publishedRatio)} (needs ${AA}:1)`);
      continue;
    }
    const chosenRatio = contrastRatio(foreground, background);
    if (chosenRatio < AA) {
      warnings.push(
        `${pair.label}: ${foreground} on ${background} is ${ratio(chosenRatio)} (needs ${AA}:1); ` +
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
