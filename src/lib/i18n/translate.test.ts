import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from './translate';

describe('locale choice', () => {
  it('picks the locale from Accept-Language', () => {
    expect(localeFromAcceptLanguage('pt-PT,pt;q=0.9,en;q=0.8')).toBe('pt-PT');
    expect(localeFromAcceptLanguage('pt-BR,pt;q=0.9')).toBe('pt-BR');
    // Bare `pt` keeps what it meant before pt-PT existed: Brazilian Portuguese.
    expect(localeFromAcceptLanguage('pt')).toBe('pt-BR');
    expect(localeFromAcceptLanguage('pt;q=0.9,en;q=0.8')).toBe('pt-BR');
    // Other Portuguese-speaking countries write the European norm.
    expect(localeFromAcceptLanguage('pt-AO')).toBe('pt-PT');
    expect(localeFromAcceptLanguage('en-GB,pt-PT;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('de-DE,en-US;q=0.7,pt-BR;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('fr')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });

  it('knows its locales', () => {
    expect(isLocale('pt-BR')).toBe(true);
    expect(isLocale('pt-PT')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('pt')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
