import { describe, expect, it } from 'vitest';
import { veganBakery } from '@/modules/document/fixtures/vegan-bakery';
import { checkTranslations } from './check-translations';
import { hasBlockingErrors } from './has-blocking-errors';

/** A stand-in translation: every word differs from the source's. */
const translated = (text: string) => text.replace(/\p{L}+/gu, (word) => `${word}o`);

function withLocale(locale: string, strings: Record<string, string>) {
  const document = structuredClone(veganBakery);
  document.i18n.locales.push(locale);
  document.i18n.strings[locale] = strings;
  return document;
}

describe('checkTranslations: untranslated copies', () => {
  it('passes a site whose languages are each written in their own words', () => {
    expect(checkTranslations(veganBakery)).toEqual([expect.objectContaining({ level: 'ok' })]);
  });

  it('blocks a language whose texts are copies of another language’s, naming the language and the texts', () => {
    const document = withLocale('es', { ...veganBakery.i18n.strings['pt-BR'] });
    const results = checkTranslations(document);
    expect(hasBlockingErrors(results)).toBe(true);
    const [error] = results;
    expect(error).toMatchObject({ id: 'translations', level: 'error', count: 1 });
    expect(error.details?.[0]).toMatch(/^es: \d+ texts still in pt-BR, not translated \(/);
  });

  it('blocks one edited text left in another language (a silently mixed page)', () => {
    const document = withLocale('es', { ...veganBakery.i18n.strings.en });
    const table = document.i18n.strings.es;
    // Every other text is "translated" (differs); only the hero subtitle is the English one.
    for (const key of Object.keys(table)) if (key !== 'hero.subtitle') table[key] = translated(table[key]);
    const results = checkTranslations(document);
    expect(results[0]).toMatchObject({ level: 'error', count: 1 });
    expect(results[0].details).toEqual(['es: 1 text still in en, not translated (hero.subtitle)']);
  });

  it('blocks a sentence written in another language inside a translated text (an offline "mention" on a two-language site)', () => {
    const document = withLocale('es', { ...veganBakery.i18n.strings.en });
    const table = document.i18n.strings.es;
    for (const key of Object.keys(table)) table[key] = translated(table[key]);
    document.i18n.strings.en['hero.subtitle'] += ' Good to know: free parking for customers.';
    table['hero.subtitle'] += ' Good to know: free parking for customers.';
    const results = checkTranslations(document);
    expect(results[0]).toMatchObject({ level: 'error', count: 1 });
    expect(results[0].details).toEqual(['es: 1 text still in en, not translated (hero.subtitle)']);
  });

  it('lets names, addresses, prices and short labels read the same in every language', () => {
    const document = withLocale('es', { ...veganBakery.i18n.strings.en });
    const table = document.i18n.strings.es;
    for (const key of Object.keys(table)) table[key] = translated(table[key]);
    // A composed name can read like prose ("Alojamento local Ericeira"); it is still a name.
    const siteName = 'Alojamento local Ericeira';
    document.i18n.strings.en[document.site.nameKey] = siteName;
    table[document.site.nameKey] = siteName;
    const shared = [
      'Sousa Ferreira & Associados',
      'Pizza Margherita',
      'Rua da Aurora, 120\nRecife',
      'R$ 45,00',
      'FAQ',
      'Green Crumb',
      `© ${siteName}`,
    ];
    const keys = Object.keys(table)
      .filter((key) => key !== document.site.nameKey)
      .slice(0, shared.length);
    keys.forEach((key, index) => {
      table[key] = shared[index];
      document.i18n.strings.en[key] = shared[index];
    });
    expect(hasBlockingErrors(checkTranslations(document))).toBe(false);
  });

  it('lets Brazilian and European Portuguese (or en and en-GB) share texts', () => {
    const document = withLocale('pt-PT', { ...veganBakery.i18n.strings['pt-BR'] });
    document.i18n.locales.push('en-GB');
    document.i18n.strings['en-GB'] = { ...veganBakery.i18n.strings.en };
    expect(checkTranslations(document)).toEqual([expect.objectContaining({ level: 'ok' })]);
  });
});
