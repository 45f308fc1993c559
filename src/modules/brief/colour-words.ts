import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { palettePresets, type PalettePreset } from '@/modules/document/theme';
import raw from './content/colour-words.json';

const presetNames = Object.keys(palettePresets) as [PalettePreset, ...PalettePreset[]];
const content = parseContent(
  'src/modules/brief/content/colour-words.json',
  z.strictObject({
    $comment: z.string(),
    palettes: z.partialRecord(z.enum(presetNames), z.array(z.string().regex(/^[a-z-]+$/))),
    negations: z.array(z.string().min(1)),
  }),
  raw,
);

const PALETTE_OF = new Map(
  Object.entries(content.palettes).flatMap(([preset, colours]) => colours.map((colour) => [colour, preset as PalettePreset] as const)),
);

/** Every colour word (folded): a style word to the reader. */
export const colourWords: readonly string[] = [...PALETTE_OF.keys()];

/** The palette that shows a colour ("verdes" → forest), if it is one. */
export function paletteOfColour(folded: string): PalettePreset | undefined {
  return PALETTE_OF.get(folded);
}

/** "nada", "no", "sin": a colour after one in the same phrase is refused. */
export const colourNegations: ReadonlySet<string> = new Set(content.negations);
