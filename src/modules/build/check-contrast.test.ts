import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { checkContrast, formatContrastRatio, paletteContrastPairs } from './check-contrast';

describe('contrast check', () => {
  it('accepts a palette that reaches AA', () => {
    expect(checkContrast(veganBakery)).toEqual([
      { id: 'contrast', level: 'ok', message: 'Text colours are readable on their backgrounds.' },
    ]);
  });

  it('warns, naming the replacement colours, when the chosen text or button colours are too faint', () => {
    const document = structuredClone(veganBakery);
    Object.assign(document.theme.palette.colors, { text: '#aaaaaa', background: '#ffffff', primary: '#fde047', primaryText: '#ffffff' });
    const [warning, ...rest] = checkContrast(document);
    expect(rest).toEqual([]);
    expect(warning.level).toBe('warning');
    expect(warning.message).toBe('3 colour pairs were below AA and adjusted so that text stays readable.');
    expect(warning.details?.[0]).toMatch(
      /^Text on the page background: #aaaaaa on #ffffff is 2\.3:1 \(needs 4\.5:1\); the site uses #[0-9a-f]{6} on #ffffff instead$/,
    );
    expect(warning.details).toContain(
      'Button text on the primary colour: #ffffff on #fde047 is 1.3:1 (needs 4.5:1); the site uses #111111 on #fde047 instead',
    );
  });

  it('checks the default palette when a theme lacks colours', () => {
    const document = structuredClone(veganBakery);
    Object.assign(document.theme.palette.colors, { text: 'red', background: 'url(x)' });
    expect(checkContrast(document)[0].level).toBe('ok');
  });
});

describe('paletteContrastPairs (the rule the theme panel shows while choosing)', () => {
  it('gives each text pair its ratio and whether it reaches AA', () => {
    const pairs = paletteContrastPairs({ ...veganBakery.theme.palette.colors, text: '#777777', background: '#ffffff', surface: '#ffffff' });
    const text = pairs.find((pair) => pair.id === 'textBackground')!;
    expect(text).toMatchObject({ foreground: '#777777', background: '#ffffff', passes: false });
    expect(formatContrastRatio(text.ratio)).toBe('4.4:1');
    expect(pairs.map((pair) => pair.id)).toEqual(['textBackground', 'textSurface', 'mutedBackground', 'button']);
  });

  it('agrees with the pre-publish check: a palette with a failing pair is a warning there', () => {
    const document = structuredClone(veganBakery);
    Object.assign(document.theme.palette.colors, { primary: '#fde047', primaryText: '#ffffff' });
    expect(
      paletteContrastPairs(document.theme.palette.colors)
        .filter((pair) => !pair.passes)
        .map((pair) => pair.id),
    ).toEqual(['button']);
    expect(checkContrast(document)[0].level).toBe('warning');
  });
});
