import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import en from './messages/en.json';
import ptBR from './messages/pt-BR.json';
import ptPTOverrides from './messages/pt-PT.json';
import { flatten, icuSignature, usedKeys } from './catalog-keys';
import { formats } from './formats';
import { MESSAGES } from './messages';

const enFlat = flatten(en);
const ptFlat = flatten(ptBR);
// pt-PT.json holds only what European Portuguese says differently; MESSAGES['pt-PT'] is it over pt-BR.
const ptPTOwn = flatten(ptPTOverrides);
const ptPTFlat = flatten(MESSAGES['pt-PT']);

describe('message catalogs', () => {
  it('pt-BR and en have exactly the same keys', () => {
    expect(Object.keys(ptFlat).sort()).toEqual(Object.keys(enFlat).sort());
  });

  it('no message is empty', () => {
    for (const [key, value] of [...Object.entries(enFlat), ...Object.entries(ptFlat)]) expect(value.trim(), key).not.toBe('');
  });

  it('every message is valid ICU and takes the same arguments in both languages', () => {
    for (const key of Object.keys(enFlat)) {
      expect(icuSignature(ptFlat[key] ?? ''), key).toEqual(icuSignature(enFlat[key]!));
    }
  });

  it('every key is used by the code, and nothing else hides in the catalogs', () => {
    const keys = new Set(Object.keys(enFlat));
    // Jobs (inngest/) throw AppErrors too; an error key counts where it is an AppError or zod argument.
    const used = new Set([
      ...usedKeys(path.resolve(import.meta.dirname, '../..'), keys),
      ...usedKeys(path.resolve(import.meta.dirname, '../../../inngest'), keys),
    ]);
    expect([...keys].filter((key) => !used.has(key)).sort()).toEqual([]);
  });

  it('keeps the error messages under a top-level `errors` namespace, grouped by module', () => {
    expect(Object.keys(en.errors).length).toBeGreaterThan(0);
    for (const group of Object.values(en.errors)) expect(typeof group).toBe('object');
  });

  it('has every error message in pt-BR, translated rather than copied from English', () => {
    const untranslated = Object.keys(enFlat).filter((key) => key.startsWith('errors.') && (!ptFlat[key] || ptFlat[key] === enFlat[key]));
    expect(untranslated).toEqual([]);
  });

  it('formats plurals, numbers and dates by locale', () => {
    const date = new Date(Date.UTC(2026, 10, 1));
    const pt = createTranslator({ locale: 'pt-BR', messages: ptBR, formats, timeZone: 'UTC' });
    const english = createTranslator({ locale: 'en', messages: en, formats, timeZone: 'UTC' });
    expect(pt('publish.check.brokenLinksError', { count: 1 })).toBe('1 link interno quebrado levaria os visitantes a lugar nenhum.');
    expect(pt('publish.check.brokenLinksError', { count: 3 })).toBe('3 links internos quebrados levariam os visitantes a lugar nenhum.');
    expect(english('usage.count', { value: 10_000_000 })).toBe('10,000,000');
    expect(pt('usage.count', { value: 10_000_000 })).toBe('10.000.000');
    expect(pt('studio.quota', { used: 1, limit: 30, resetsOn: date })).toBe(
      '1 de 30 gerações usadas este mês · renova em 1 de novembro de 2026',
    );
    expect(english('tier.name', { tier: 'basic' })).toBe('Basic');
    expect(pt('tier.name', { tier: 'basic' })).toBe('Básico');
  });

  it('pt-BR reads as a native speaker writes: agreement, one gender for Page Magic, no jargon', () => {
    const pt = createTranslator({ locale: 'pt-BR', messages: ptBR, formats, timeZone: 'UTC' });
    // The participle agrees with the counted noun (gerações and horas are feminine).
    expect(pt('usage.used', { used: 1, limit: 30, metric: 'generations' })).toBe('1 de 30 usadas');
    expect(pt('usage.used', { used: 1, limit: 3, metric: 'projects' })).toBe('1 de 3 usados');
    expect(pt('billing.usageLine', { used: 1, included: 30, metric: 'page_generate' })).toBe('1 de 30 incluídas');
    expect(pt('billing.usageLine', { used: 1, included: 300, metric: 'ai_token' })).toBe('1 de 300 incluídos');
    expect(pt('usage.daily.summaryNone', { metric: 'generations' })).toBe('Nenhuma geração usada este mês ainda.');
    const values = Object.values(ptFlat);
    // Page Magic is "a plataforma": feminine everywhere (na/à/da Page Magic), never "o/no/ao/do Page Magic".
    expect(values.filter((v) => /(^|[\s(“])(o|ao|no|do|pelo|num|um)\s+Page Magic\b/i.test(v))).toEqual([]);
    // Words a shop owner would not know, and "Insights" left in English.
    expect(values.filter((v) => /\bendpoint\b|\bInsights\b/.test(v))).toEqual([]);
  });

  it('pt-PT overrides only keys pt-BR has, with the same placeholders, and never repeats pt-BR', () => {
    expect(Object.keys(ptPTOwn).length).toBeGreaterThan(0);
    expect(Object.keys(ptPTOwn).filter((key) => !(key in ptFlat))).toEqual([]);
    for (const [key, value] of Object.entries(ptPTOwn)) {
      expect(value.trim(), key).not.toBe('');
      // {count}, {name}, ICU plurals and selects: the same arguments and branches as the pt-BR message.
      expect(icuSignature(value), key).toEqual(icuSignature(ptFlat[key]!));
      expect(value, `${key} is the same as pt-BR: leave it out of pt-PT.json`).not.toBe(ptFlat[key]);
    }
    // The merge keeps every key, so pt-PT has the whole catalogue.
    expect(Object.keys(ptPTFlat).sort()).toEqual(Object.keys(enFlat).sort());
    for (const key of Object.keys(ptPTOwn)) expect(ptPTFlat[key]).toBe(ptPTOwn[key]);
  });

  it('pt-PT reads as European Portuguese: its own words, no Brazilian gerund, "o seu"', () => {
    const pt = createTranslator({ locale: 'pt-PT', messages: MESSAGES['pt-PT'], formats, timeZone: 'UTC' });
    expect(pt('common.save')).toBe('Guardar');
    expect(pt('nav.files')).toBe('Ficheiros');
    expect(pt('auth.password')).toBe('Palavra-passe');
    expect(pt('common.working')).toBe('A processar…');
    expect(pt('usage.plan', { tier: 'Pro' })).toBe('O seu plano: Pro');
    // Brazilian words and the progressive gerund ("Carregando…") anywhere in the merged catalogue.
    const brazilian =
      /\b(tela|telas|usuári[oa]s?|celular(es)?|cadastr\w*|senhas?|arquivos?|salvar|salvo|configurações|equipe|contatos?|baixar|compartilh\w*|seção|seções|registro|cobrança)\b/i;
    const values = Object.entries(ptPTFlat).filter(([key]) => !key.startsWith('legal.') || key in ptPTOwn);
    expect(values.filter(([, v]) => brazilian.test(v)).map(([key]) => key)).toEqual([]);
    expect(values.filter(([, v]) => /(^|[{\s])[A-ZÀ-Ú]?\w+ndo…/.test(v) && !/\bquando…/i.test(v)).map(([key]) => key)).toEqual([]);
    // Page Magic stays feminine, as in pt-BR.
    expect(values.filter(([, v]) => /(^|[\s(“])(o|ao|no|do|pelo|num|um)\s+Page Magic\b/i.test(v)).map(([key]) => key)).toEqual([]);
  });

  it('formats numbers, money and dates the European Portuguese way', () => {
    const pt = createTranslator({ locale: 'pt-PT', messages: MESSAGES['pt-PT'], formats, timeZone: 'UTC' });
    expect(pt('usage.count', { value: 10_000_000 })).toBe('10\u00a0000\u00a0000');
    expect(pt('studio.quota', { used: 1, limit: 30, resetsOn: new Date(Date.UTC(2026, 10, 1)) })).toBe(
      '1 de 30 gerações usadas este mês · renova em 1 de novembro de 2026',
    );
    expect(new Intl.NumberFormat('pt-PT', { style: 'currency', currency: 'EUR' }).format(12345.6)).toBe('12\u00a0345,60\u00a0€');
  });
});
