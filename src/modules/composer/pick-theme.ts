import { palettePresets, type PaletteColors, type PalettePreset, type Theme } from '@/modules/document/theme';
import type { Tone } from '@/modules/brief/colour-words';
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

/** Whether a preset's page is dark (its background's perceived brightness below the middle). */
function hasDarkPage(preset: PaletteColors): boolean {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(preset.background.slice(at, at + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

/**
 * The preset drawn in the colours the person named ("vermelho e branco", "verde e creme", "maroon
 * and gold"): the first dark or bright one colours buttons and links, the next the accent, a light
 * one the page — on a dark preset the page stays dark and black is no button colour. The renderer
 * still adjusts every text colour to WCAG AA on whatever this gives.
 */
function inTones(preset: PaletteColors, tones: readonly Tone[]): PaletteColors {
  const isDark = hasDarkPage(preset);
  const strong = tones.filter((tone) => tone.primary && !(isDark && tone.name === 'black'));
  const light = tones.find((tone) => tone.background);
  return {
    ...preset,
    ...(strong[0]
      ? { primary: strong[0].primary!, primaryText: '#ffffff', accent: strong[1]?.primary ?? strong[0].accent ?? preset.accent }
      : {}),
    ...(light && !isDark ? { background: light.background!, surface: '#ffffff' } : {}),
  };
}

export function pickTheme(brief: Brief, style: SiteStyle | undefined, rng: Rng): Theme {
  const chosenStyle = style ?? brief.kind.style;
  const kindPalettes = brief.hints.some((hint) => GREEN_HINTS.includes(hint))
    ? (['forest', 'citrus', ...brief.kind.palettes] as const)
    : brief.kind.palettes;
  const fitting = kindPalettes.filter((palette) => STYLE_PALETTES[chosenStyle].includes(palette));
  // The colours the person asked for come first (the first named is the main one); the ones they
  // refused ("nada de rosa") never come, whatever the kind would choose.
  const { wanted, refused, tones, moods } = wishedPalettes(brief.site);
  // "Navy and white", "preto e branco": a light colour named beside a dark one asks for a light
  // page with the dark colour on its buttons, so no dark preset is chosen — unless the person
  // asked for a dark site in so many words ("dark", "escuro").
  const wantsLightPage = tones.some((tone) => tone.background) && !moods.some((mood) => hasDarkPage(palettePresets[mood]));
  const allowed = (palettes: readonly PalettePreset[]) =>
    palettes.filter((palette) => !refused.has(palette) && !(wantsLightPage && hasDarkPage(palettePresets[palette])));
  const kindChoice = allowed(fitting.length > 0 ? [...new Set(fitting)] : [kindPalettes[0]]);
  const palette =
    allowed(wanted)[0] ??
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
    palette: { preset: palette, colors: inTones(palettePresets[palette], tones) },
    fonts: rng.pick(fonts),
    radius: rng.pick(STYLE_SHAPE[chosenStyle].radius),
    spacing: STYLE_SHAPE[chosenStyle].spacing,
    style: chosenStyle,
  };
}
