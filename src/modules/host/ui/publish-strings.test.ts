import { describe, expect, it } from 'vitest';
import { checkMessage, publishStrings } from './publish-strings';

describe('check sentences in the publish panel', () => {
  const en = publishStrings('en');
  const pt = publishStrings('pt-BR');
  const brokenLinks = { id: 'broken-links', level: 'error', message: '3 broken internal links would lead visitors nowhere.', count: 3 };

  it('shows the check’s own sentence in English', () => {
    expect(checkMessage(en, brokenLinks)).toBe(brokenLinks.message);
  });

  it('translates by id, level and count in pt-BR, with singular and plural', () => {
    expect(checkMessage(pt, brokenLinks)).toBe('3 links internos quebrados levariam os visitantes a lugar nenhum.');
    expect(checkMessage(pt, { ...brokenLinks, count: 1 })).toBe('1 link interno quebrado levaria os visitantes a lugar nenhum.');
    expect(checkMessage(pt, { id: 'contrast', level: 'warning', message: 'x', count: 2 })).toBe(
      '2 pares de cores estavam abaixo do AA e foram ajustados para o texto continuar legível.',
    );
  });

  it('falls back to a generic pt-BR sentence for an unknown error and to the English one otherwise', () => {
    expect(checkMessage(pt, { id: 'new-check', level: 'error', message: 'English', count: 2 })).toBe('2 problemas precisam ser corrigidos antes de publicar.');
    expect(checkMessage(pt, { id: 'new-check', level: 'warning', message: 'English', count: 2 })).toBe('English');
    // Results stored before checks had a count keep their sentence.
    expect(checkMessage(pt, { id: 'broken-links', level: 'error', message: 'Stored English' })).toBe('Stored English');
  });

  it('every pt-BR plural form shows the count', () => {
    for (const [key, forms] of Object.entries(pt.checkMessages)) expect(forms?.other, key).toContain('{count}');
  });
});
