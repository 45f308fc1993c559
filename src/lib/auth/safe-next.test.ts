import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext (where sign-in may send a person back to)', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/dashboard/projects/1?tab=publish')).toBe('/dashboard/projects/1?tab=publish');
    expect(safeNext('/')).toBe('/');
  });

  it('refuses everything that could leave the site', () => {
    for (const target of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'evil.example',
      '/\\/evil.example',
      '/x\nLocation: https://evil.example',
      '\t//evil.example',
      '',
      null,
      42,
    ]) {
      expect(safeNext(target), String(target)).toBe('/dashboard');
    }
    expect(safeNext('//evil.example', '/admin')).toBe('/admin');
  });
});
