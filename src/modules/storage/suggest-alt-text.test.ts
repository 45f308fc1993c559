import { describe, expect, it } from 'vitest';
import { suggestAltText } from './suggest-alt-text';

describe('suggestAltText', () => {
  it('uses the words of a descriptive file name', () => {
    expect(suggestAltText('sourdough-loaves_2.jpg')).toBe('Sourdough loaves');
    expect(suggestAltText('pão de queijo.png', ['Menu'])).toBe('Pão de queijo');
  });

  it("falls back to the section's text when the name is a camera's", () => {
    for (const name of [
      'IMG_4821.JPG',
      'PXL_20250314_101112345.jpg',
      'DSC0001.jpeg',
      'WhatsApp Image 2025-03-14 at 10.11.12.jpeg',
      '8f3a9c0d1e2b.webp',
    ]) {
      expect(suggestAltText(name, ['', 'Our ovens, since 1998']), name).toBe('Our ovens, since 1998');
    }
    expect(suggestAltText('IMG_4821.JPG')).toBe('');
  });

  it('stays short', () => {
    expect(suggestAltText(`${'very long name '.repeat(20)}.jpg`).length).toBeLessThanOrEqual(120);
  });
});
