import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { checkContrast } from './check-contrast';

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
