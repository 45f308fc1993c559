import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { buildSite } from './build-site';
import { checkSite, checkSiteInTurns } from './check-site';
import { checkTranslations } from './check-translations';
import { hasBlockingErrors } from './has-blocking-errors';
import { htmlFile } from './testing/build-test-helpers';

describe('checkSite', () => {
  it('gives the same results run in turns (the publish) as at once (buildSite)', async () => {
    const built = buildSite(veganBakery, { baseUrl: 'https://crumb.example' });
    const broken = [...built.files, htmlFile('extra/index.html', '<h1>Hi</h1><a href="/nowhere">x</a><img src="/a.png">')];
    expect(await checkSiteInTurns(veganBakery, broken)).toEqual(checkSite(veganBakery, broken));
    expect(await checkSiteInTurns(veganBakery, built.files)).toEqual(built.checks);
  });

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
  it('warns, without blocking, about missing texts that read the same in every language (prices, names)', () => {
    const document = structuredClone(veganBakery);
    delete document.i18n.strings['pt-BR']['menu.items.0.price'];
    document.i18n.strings['pt-BR']['menu.title'] = '   ';
    const results = checkTranslations(document);
    expect(results).toEqual([
      {
        id: 'translations',
        level: 'warning',
        message: 'One language is missing some texts; visitors see the default language there.',
        count: 1,
        details: ['pt-BR: 2 texts missing (menu.title, menu.items.0.price)'],
      },
    ]);
    expect(hasBlockingErrors(results)).toBe(false);
  });

  it('blocks a missing text whose default-language fallback is prose: the page would be mixed', () => {
    const document = structuredClone(veganBakery);
    delete document.i18n.strings['pt-BR']['hero.title'];
    delete document.i18n.strings['pt-BR']['menu.items.0.price'];
    const results = checkTranslations(document);
    expect(hasBlockingErrors(results)).toBe(true);
    expect(results[0]).toMatchObject({ id: 'translations', level: 'error', count: 1 });
    expect(results[0]!.details).toEqual(['pt-BR: 1 text missing, shown in en (hero.title)']);
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
