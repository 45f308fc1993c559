import { palettePresets, type PalettePreset, type Theme } from '@/modules/document/theme';
import type { Rng } from './random';
import type { Brief } from './types';
import type { SiteStyle } from '@/modules/brief/kind-types';
import { wishedPalettes } from './wished-palettes';

// Which palettes and fonts read as each style; the kind's palettes are intersected with these.
const STYLE_PALETTES: Record<SiteStyle, readonly PalettePreset[]> = {
  minimal: ['slate', 'ocean', 'sand', 'forest'],
  bold: ['midnight', 'citrus', 'sunrise', 'ocean'],
  elegant: ['sand', 'slate', 'midnight', 'blush', 'forest'],
  playful: ['sunrise', 'citrus', 'blush', 'ocean'],
};
const STYLE_FONTS: Record<SiteStyle, readonly Theme['fonts'][]> = {
  minimal: ['modern-sans', 'geometric'],
  bold: ['geometric', 'modern-sans'],
  elegant: ['classic-serif', 'didone', 'soft-serif'],
  playful: ['humanist', 'geometric', 'soft-serif'],
};
const STYLE_SHAPE: Record<SiteStyle, { radius: readonly Theme['radius'][]; spacing: Theme['spacing'] }> = {
  minimal: { radius: ['sm', 'md'], spacing: 'airy' },
  bold: { radius: ['sm', 'md'], spacing: 'normal' },
  elegant: { radius: ['none', 'sm'], spacing: 'airy' },
  playful: { radius: ['lg', 'full'], spacing: 'normal' },
};
// Green and fresh palettes first for plant-based or eco businesses.
const GREEN_HINTS = ['vegan', 'vegetarian', 'organic', 'eco'];

export function pickTheme(brief: Brief, style: SiteStyle | undefined, rng: Rng): Theme {
  const chosenStyle = style ?? brief.kind.style;
  const kindPalettes = brief.hints.some((hint) => GREEN_HINTS.includes(hint))
    ? (['forest', 'citrus', ...brief.kind.palettes] as const)
    : brief.kind.palettes;
  const fitting = kindPalettes.filter((palette) => STYLE_PALETTES[chosenStyle].includes(palette));
  // The colours the person asked for come first (the first named is the main one); the ones they
  // refused ("nada de rosa") never come, whatever the kind would choose.
  const { wanted, refused } = wishedPalettes(brief.site);
  const allowed = (palettes: readonly PalettePreset[]) => palettes.filter((palette) => !refused.has(palette));
  const kindChoice = allowed(fitting.length > 0 ? [...new Set(fitting)] : [kindPalettes[0]]);
  const palette =
    wanted[0] ??
    rng.pick(
      kindChoice.length > 0
        ? kindChoice
        : allowed(kindPalettes).length > 0
          ? allowed(kindPalettes)
          : allowed(Object.keys(palettePresets) as PalettePreset[]),
    );
  // Monospace headings suit software, and only software.
  const fonts =
    brief.kind.family === 'tech' && chosenStyle !== 'elegant'
      ? [...STYLE_FONTS[chosenStyle], 'mono-accent' as const]
      : STYLE_FONTS[chosenStyle];
  return {
    palette: { preset: palette, colors: { ...palettePresets[palette] } },
    fonts: rng.pick(fonts),
    radius: rng.pick(STYLE_SHAPE[chosenStyle].radius),
    spacing: STYLE_SHAPE[chosenStyle].spacing,
    style: chosenStyle,
  };
}
