import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it('keeps allowed URLs', () => {
    for (const url of ['https://a.example/x?y=1', 'mailto:a@b.example', 'tel:+15550100', '/about/', './x.png', '#menu', '?q=1']) {
      expect(safeUrl(url)).toBe(url);
    }
  });

  it('turns everything else into "#"', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '//evil.example',
      '',
      undefined,
      null,
    ]) {
      expect(safeUrl(url)).toBe('#');
    }
  });
});
