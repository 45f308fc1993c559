import { describe, expect, it } from 'vitest';
import { readNameTalk } from './read-name-talk';
import { refusingClauses } from './refusing-clauses';

const saidIn = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((span) => text.slice(span.start, span.end).trim());

describe('where the business is not', () => {
  it('is a clause that closes with a negation, and no other', () => {
    const text =
      'Envíos dentro de Florida. A Durazno y a Montevideo no enviamos. Covilhã e Guarda não vou, Manteigas sim. Em Lisboa não abrimos ao domingo.';
    expect(saidIn(text, refusingClauses(text, 'es'))).toEqual(['A Durazno y a Montevideo no enviamos', 'Covilhã e Guarda não vou']);
    expect(saidIn(text, refusingClauses(text, 'pt'))).toEqual(['Covilhã e Guarda não vou']);
    // Portuguese "no" is "in the"; Spanish "no más" is "just".
    expect(refusingClauses('Ficamos no Fundão', 'pt')).toEqual([]);
    expect(refusingClauses('ponle Leña Seca Los Ángeles no mas', 'es')).toEqual([]);
  });

  it('is the town in a clause about the name, never the writer naming themself', () => {
    const text = 'Meu nome é Rita e faço bolos em Tomar. Queria Doce Lar mas já há uma empresa com esse nome em Lisboa, por isso não.';
    expect(saidIn(text, readNameTalk(text).nameClauses)).toEqual(['mas já há uma empresa com esse nome em Lisboa']);
  });
});
