import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ptBR } from './pt-BR';
import { localeFromAcceptLanguage, translator } from './translate';

describe('i18n', () => {
  it('pt-BR has a non-empty translation for every English key and no extras', () => {
    expect(Object.keys(ptBR).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ptBR)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(vars(ptBR[key]), key).toEqual(vars(en[key]));
  });

  it('interpolates variables', () => {
    expect(translator('pt-BR')('dashboard.limit', { used: 1, limit: 3, tier: 'Básico' })).toBe('1 de 3 projetos no plano Básico');
  });

  it('picks the locale from Accept-Language', () => {
    expect(localeFromAcceptLanguage('pt-PT,pt;q=0.9,en;q=0.8')).toBe('pt-BR');
    expect(localeFromAcceptLanguage('de-DE,en-US;q=0.7,pt-BR;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('fr')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });
});
