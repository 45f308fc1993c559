import { z } from 'zod';
import { hexColorSchema } from './primitives';

export type PaletteColors = {
  background: string;
  surface: string;
  text: string;
  muted: string;
  primary: string;
  primaryText: string;
  accent: string;
};

/** Hand-tuned palettes (all pass WCAG AA for text on background/surface and on primary). */
export const palettePresets = {
  sunrise: {
    background: '#fffaf3',
    surface: '#ffffff',
    text: '#2b2118',
    muted: '#6b5d50',
    primary: '#c2410c',
    primaryText: '#ffffff',
    accent: '#f59e0b',
  },
  forest: {
    background: '#f6f8f3',
    surface: '#ffffff',
    text: '#1c2a1f',
    muted: '#566457',
    primary: '#2f6b3a',
    primaryText: '#ffffff',
    accent: '#a3c76b',
  },
  ocean: {
    background: '#f5f9fc',
    surface: '#ffffff',
    text: '#0f2233',
    muted: '#4f6475',
    primary: '#0b6bcb',
    primaryText: '#ffffff',
    accent: '#38bdf8',
  },
  midnight: {
    background: '#0f1420',
    surface: '#182032',
    text: '#eef2f8',
    muted: '#a5b0c2',
    primary: '#8ab4ff',
    primaryText: '#0b1220',
    accent: '#f472b6',
  },
  blush: {
    background: '#fff7f8',
    surface: '#ffffff',
    text: '#33181f',
    muted: '#755a61',
    primary: '#be185d',
    primaryText: '#ffffff',
    accent: '#fda4af',
  },
  sand: {
    background: '#f7f3ec',
    surface: '#fffdf9',
    text: '#29251f',
    muted: '#6a6257',
    primary: '#7c5a2e',
    primaryText: '#ffffff',
    accent: '#d6b370',
  },
  slate: {
    background: '#f8fafc',
    surface: '#ffffff',
    text: '#0f172a',
    muted: '#526075',
    primary: '#334155',
    primaryText: '#ffffff',
    accent: '#14b8a6',
  },
  citrus: {
    background: '#fbfdf4',
    surface: '#ffffff',
    text: '#1d2410',
    muted: '#5a6446',
    primary: '#4d7c0f',
    primaryText: '#ffffff',
    accent: '#facc15',
  },
} as const satisfies Record<string, PaletteColors>;

export type PalettePreset = keyof typeof palettePresets;
export const palettePresetNames = Object.keys(palettePresets) as [PalettePreset, ...PalettePreset[]];

/**
 * Fallback stacks for each pairing: what shows while the self-hosted web fonts load (and if they
 * cannot). The web fonts themselves are chosen in render/web-fonts.ts and served from the site's
 * own origin, never from a third party. The document only stores the pairing name.
 */
export const fontPairings = {
  'modern-sans': {
    heading: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
    body: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
  },
  'classic-serif': {
    heading: 'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif',
    body: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
  },
  humanist: {
    heading: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",sans-serif',
    body: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",sans-serif',
  },
  geometric: {
    heading: 'Avenir,Montserrat,Corbel,"URW Gothic",sans-serif',
    body: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
  },
  'mono-accent': {
    heading: 'ui-monospace,"Cascadia Code","Source Code Pro",Menlo,Consolas,"DejaVu Sans Mono",monospace',
    body: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
  },
  didone: {
    heading: 'Didot,"Bodoni MT","Noto Serif Display","URW Palladio L",P052,Sylfaen,serif',
    body: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",sans-serif',
  },
  'soft-serif': {
    heading: 'Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif',
    body: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",sans-serif',
  },
} as const satisfies Record<string, { heading: string; body: string }>;

export type FontPairing = keyof typeof fontPairings;
export const fontPairingNames = Object.keys(fontPairings) as [FontPairing, ...FontPairing[]];

export const themeSchema = z.object({
  palette: z.object({
    /** The preset the colors started from ('custom' once edited); colors are always explicit. */
    preset: z.enum([...palettePresetNames, 'custom']),
    colors: z.object({
      background: hexColorSchema,
      surface: hexColorSchema,
      text: hexColorSchema,
      muted: hexColorSchema,
      primary: hexColorSchema,
      primaryText: hexColorSchema,
      accent: hexColorSchema,
    }),
  }),
  fonts: z.enum(fontPairingNames),
  radius: z.enum(['none', 'sm', 'md', 'lg', 'full']),
  spacing: z.enum(['compact', 'normal', 'airy']),
  style: z.enum(['minimal', 'bold', 'elegant', 'playful']),
});

export type Theme = z.infer<typeof themeSchema>;

export const defaultTheme: Theme = {
  palette: { preset: 'slate', colors: { ...palettePresets.slate } },
  fonts: 'modern-sans',
  radius: 'md',
  spacing: 'normal',
  style: 'minimal',
};
