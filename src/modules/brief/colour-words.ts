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
    heads: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    tones: z.record(
      z.string().regex(/^[a-z]+$/),
      z.strictObject({
        words: z.array(z.string().regex(/^[a-z-]+$/)).min(1),
        primary: z
          .string()
          .regex(/^#[0-9a-f]{6}$/)
          .optional(),
        accent: z
          .string()
          .regex(/^#[0-9a-f]{6}$/)
          .optional(),
        background: z
          .string()
          .regex(/^#[0-9a-f]{6}$/)
          .optional(),
      }),
    ),
  }),
  raw,
);

const PALETTE_OF = new Map(
  Object.entries(content.palettes).flatMap(([preset, colours]) => colours.map((colour) => [colour, preset as PalettePreset] as const)),
);

/** A colour itself: a dark or bright tone colours buttons and links; a light one ("branco", "creme") the page. */
export type Tone = { name: string; primary?: string; accent?: string; background?: string };

const TONE_OF = new Map(
  Object.entries(content.tones).flatMap(([name, { words, ...colours }]) => words.map((word) => [word, { name, ...colours }] as const)),
);

/** Every colour word (folded): a style word to the reader. */
export const colourWords: readonly string[] = [...new Set([...PALETTE_OF.keys(), ...TONE_OF.keys()])];

// "verde-oliva", "azul-claro": a compound the lists do not name is the colour it opens with
// ("azul-marinho", navy, is named whole).
const headOf = (folded: string) => (folded.includes('-') ? folded.slice(0, folded.indexOf('-')) : undefined);

/** The tone a colour word names ("vermelha" → red, "creme" → cream), if it is one. */
export function toneOfColour(folded: string): Tone | undefined {
  const head = headOf(folded);
  return TONE_OF.get(folded) ?? (head ? TONE_OF.get(head) : undefined);
}

/** The palette that shows a colour ("verdes" → forest), if it is one. */
export function paletteOfColour(folded: string): PalettePreset | undefined {
  const head = headOf(folded);
  return PALETTE_OF.get(folded) ?? (head ? PALETTE_OF.get(head) : undefined);
}

/** "cores", "colours", "paleta": a phrase about the site with one names its colours. */
export const colourHeads: ReadonlySet<string> = new Set(content.heads);

/** "nada", "no", "sin": a colour after one in the same phrase is refused. */
export const colourNegations: ReadonlySet<string> = new Set(content.negations);
