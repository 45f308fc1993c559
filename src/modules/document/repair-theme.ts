import { hexColorSchema } from './primitives';
import { defaultTheme, palettePresets, themeSchema, type PaletteColors, type PalettePreset, type Theme } from './theme';

const colorNames: (keyof PaletteColors)[] = ['background', 'surface', 'text', 'muted', 'primary', 'primaryText', 'accent'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asHex(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const candidate = /^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(trimmed) ? `#${trimmed}` : trimmed;
  return hexColorSchema.safeParse(candidate).success ? candidate.toLowerCase() : undefined;
}

function pick<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  const lower = value.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === lower) ?? fallback;
}

/** A complete theme from whatever was given: valid parts kept, the rest from the preset/defaults. */
export function repairTheme(raw: unknown, repairs: string[]): Theme {
  if (themeSchema.safeParse(raw).success) return themeSchema.parse(raw);
  const source = isRecord(raw) ? raw : {};
  const palette = isRecord(source.palette) ? source.palette : {};
  // Models put colors at palette.colors, palette or theme.colors; accept all three.
  const rawColors = isRecord(palette.colors) ? palette.colors : isRecord(source.colors) ? source.colors : palette;
  const presetNames = Object.keys(palettePresets) as PalettePreset[];
  const namedPreset = pick<PalettePreset | 'custom'>([...presetNames, 'custom'], palette.preset ?? source.preset, 'custom');
  const base = namedPreset === 'custom' ? defaultTheme.palette.colors : palettePresets[namedPreset];

  const colors = { ...base };
  let hasCustomColor = false;
  for (const name of colorNames) {
    const hex = asHex(rawColors[name]);
    if (hex) {
      colors[name] = hex;
      hasCustomColor = hasCustomColor || hex !== base[name];
    } else if (rawColors[name] !== undefined) {
      repairs.push(`theme.palette.colors.${name}: replaced invalid color`);
    }
  }
  const preset = namedPreset === 'custom' && !hasCustomColor ? defaultTheme.palette.preset : namedPreset;
  const theme: Theme = {
    palette: { preset, colors },
    fonts: pick(themeSchema.shape.fonts.options, source.fonts, defaultTheme.fonts),
    radius: pick(themeSchema.shape.radius.options, source.radius, defaultTheme.radius),
    spacing: pick(themeSchema.shape.spacing.options, source.spacing, defaultTheme.spacing),
    style: pick(themeSchema.shape.style.options, source.style, defaultTheme.style),
  };
  repairs.push('theme: filled invalid or missing parts from defaults');
  return theme;
}
