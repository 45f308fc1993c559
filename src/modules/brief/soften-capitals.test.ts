import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { softenCapitals } from './soften-capitals';

describe('a name typed in capitals', () => {
  it('is written as a name is: small words in lowercase, initials kept, the text’s length unchanged', () => {
    const cases: [string, string][] = [
      ['TORNEARIA E SOLDA BOA VISTA - eixos e buchas', 'Tornearia e Solda Boa Vista - eixos e buchas'],
      ['Somos a CONFEITARIA DOCE LAR, bolos', 'Somos a Confeitaria Doce Lar, bolos'],
      ['MR REFORMAS E PINTURAS em Bauru', 'MR Reformas e Pinturas em Bauru'],
      ['Bar do ZÉ E DA LÚCIA', 'Bar do Zé e da Lúcia'],
    ];
    for (const [typed, read] of cases) {
      expect(softenCapitals(typed)).toBe(read);
      expect(softenCapitals(typed)).toHaveLength(typed.length);
    }
  });

  it('leaves a lone word, initials and numbers as typed', () => {
    expect(softenCapitals('Aulas de inglês GRÁTIS, certificado ISO 9001, pague no PIX')).toBe(
      'Aulas de inglês GRÁTIS, certificado ISO 9001, pague no PIX',
    );
    expect(softenCapitals('Treino de MMA e UFC em Natal')).toBe('Treino de MMA e UFC em Natal');
  });

  it('writes a negation typed in capitals for emphasis as a word ("NAO faço", "NO stickers")', () => {
    expect(softenCapitals('pinto muro. NAO faço grafite, NUNCA uso spray')).toBe('pinto muro. nao faço grafite, nunca uso spray');
    expect(softenCapitals('Hand-lettered signs. NO stickers, NOT vinyl.')).toBe('Hand-lettered signs. no stickers, not vinyl.');
    const brief = extractBrief({ prompt: 'Faço letreiros em Jaú. NAO faço adesivo nem lona.' });
    expect(brief.items).toContainEqual({ text: 'não faço adesivo nem lona', role: 'exclusion' });
  });

  it('reads a prompt typed all in capitals as if typed in lowercase', () => {
    expect(softenCapitals('FAZEMOS BOLOS DE ANIVERSÁRIO EM OSASCO')).toBe('fazemos bolos de aniversário em osasco');
  });

  it('gives the brief the whole name, as a name', () => {
    expect(extractBrief({ prompt: 'Somos a VIDRAÇARIA NOVA ERA, box e espelhos em Sinop' }).name).toBe('Vidraçaria Nova Era');
    expect(extractBrief({ prompt: 'SERRALHERIA SANTA LUZIA - portões e grades em Itabuna' }).name).toBe('Serralheria Santa Luzia');
  });
});
