import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { checkSite } from './check-site';
import { checkTranslations } from './check-translations';
import { hasBlockingErrors } from './has-blocking-errors';
import { htmlFile } from './testing/build-test-helpers';

describe('checkSite', () => {
  it('always lists every check, in a fixed order', () => {
    const results = checkSite(veganBakery, [htmlFile('index.html', '<h1>Hi</h1>')]);
    expect(results.map((result) => `${result.id}:${result.level}`)).toEqual([
      'broken-links:ok',
      'alt-text:ok',
      'heading-order:ok',
      'contrast:ok',
      'page-weight:ok',
      'translations:ok',
      'samples:ok',
    ]);
  });
});

describe('translations check', () => {
  it('warns, without blocking, about texts missing in a locale', () => {
    const document = structuredClone(veganBakery);
    delete document.i18n.strings['pt-BR']['hero.title'];
    document.i18n.strings['pt-BR']['menu.title'] = '   ';
    const results = checkTranslations(document);
    expect(results).toEqual([
      {
        id: 'translations',
        level: 'warning',
        message: 'One language is missing some texts; visitors see the default language there.',
        count: 1,
        details: ['pt-BR: 2 texts missing (hero.title, menu.title)'],
      },
    ]);
    expect(hasBlockingErrors(results)).toBe(false);
  });
});

describe('hasBlockingErrors', () => {
  it('is true only when a check failed with an error', () => {
    expect(hasBlockingErrors([])).toBe(false);
    expect(
      hasBlockingErrors([
        { id: 'contrast', level: 'warning', message: 'w' },
        { id: 'alt-text', level: 'ok', message: 'o' },
      ]),
    ).toBe(false);
    expect(
      hasBlockingErrors([
        { id: 'contrast', level: 'ok', message: 'o' },
        { id: 'broken-links', level: 'error', message: 'e' },
      ]),
    ).toBe(true);
  });
});
