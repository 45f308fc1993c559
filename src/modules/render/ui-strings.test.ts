import { describe, expect, it } from 'vitest';
import { languageName, uiStringsFor } from './ui-strings';

describe('uiStringsFor', () => {
  it('gives a Portuguese site in Portugal European Portuguese where it differs from Brazilian', () => {
    expect(uiStringsFor('pt-PT')).toMatchObject({ skipToContent: 'Saltar para o conteúdo', address: 'Morada', readMore: 'Ler mais' });
    // …and the words both write the same way.
    expect(uiStringsFor('pt-PT').phone).toBe(uiStringsFor('pt-BR').phone);
    expect(uiStringsFor('pt-BR')).toMatchObject({ skipToContent: 'Pular para o conteúdo', address: 'Endereço' });
  });

  it('falls back to the language, then to English', () => {
    expect(uiStringsFor('es-MX').readMore).toBe('Leer más');
    expect(uiStringsFor('pt-AO').readMore).toBe('Leia mais');
    expect(uiStringsFor('ja').readMore).toBe('Read more');
    expect(languageName('pt-PT')).toBe('Português (Portugal)');
  });
});
