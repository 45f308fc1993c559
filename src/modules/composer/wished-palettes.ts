import type { PalettePreset } from '@/modules/document/theme';
import { colourHeads, colourNegations, paletteOfColour, toneOfColour, type Tone } from '@/modules/brief/colour-words';
import { fold } from '@/modules/brief/text';
import type { SiteBrief } from '@/modules/brief/site-brief-schema';

const namesColours = (words: string) =>
  fold(words)
    .split(/[^a-z]+/)
    .some((word) => colourHeads.has(word));

/**
 * The palettes the person's style wishes ask for and the ones they refuse: "Soft greens and cream
 * please, nothing too formal" wants forest and sand; "cores terrosas, nada de rosa" wants sand and
 * keeps blush out. A colour belongs to the phrase (up to a comma) it is said in, refused when a
 * negation comes before it there.
 */
export function wishedPalettes(brief: Pick<SiteBrief, 'unused'> | undefined): {
  wanted: PalettePreset[];
  refused: Set<PalettePreset>;
  /** The colours themselves, in the order named, none refused: the site is drawn in them (pick-theme). */
  tones: Tone[];
  /** Palettes named by a word that is no colour of its own ("dark", "escuro", "earthy"): the page's mood. */
  moods: PalettePreset[];
} {
  const wanted: PalettePreset[] = [];
  const refused = new Set<PalettePreset>();
  const tones: Tone[] = [];
  const refusedTones = new Set<string>();
  const moods: PalettePreset[] = [];
  for (const wish of brief?.unused ?? []) {
    // "queria o site nas cores verde e branco": a phrase about the site that names its colours is a wish too.
    if (wish.why !== 'style' && !(wish.why === 'site' && namesColours(wish.words))) continue;
    for (const phrase of fold(wish.words).split(/[,;:]/)) {
      let isNegated = false;
      for (const word of phrase.split(/[^a-z-]+/).filter(Boolean)) {
        if (colourNegations.has(word)) isNegated = true;
        const tone = toneOfColour(word);
        if (tone && isNegated) refusedTones.add(tone.name);
        else if (tone && !tones.some((known) => known.name === tone.name)) tones.push(tone);
        const preset = paletteOfColour(word);
        if (!preset) continue;
        if (isNegated) refused.add(preset);
        else if (!wanted.includes(preset)) wanted.push(preset);
        if (!isNegated && !tone) moods.push(preset);
      }
    }
  }
  return {
    wanted: wanted.filter((preset) => !refused.has(preset)),
    refused,
    tones: tones.filter((tone) => !refusedTones.has(tone.name)),
    moods: moods.filter((preset) => !refused.has(preset)),
  };
}
