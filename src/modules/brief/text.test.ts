import { describe, expect, it } from 'vitest';
import { blankSpans, capitalize, sentenceStartAt } from './text';

describe('capitalize', () => {
  it('capitalises the first letter, but keeps a word written with a capital inside ("eSocial", "iPhone")', () => {
    expect(capitalize('folha de pagamento')).toBe('Folha de pagamento');
    expect(capitalize('álbum de fotos')).toBe('Álbum de fotos');
    expect(capitalize('eSocial e DCTFWeb')).toBe('eSocial e DCTFWeb');
    expect(capitalize('iPhone e iPad')).toBe('iPhone e iPad');
  });
});

describe('blankSpans', () => {
  it('overwrites each span with spaces, keeping every later position', () => {
    const text = 'Casa Azul, Rua 1, Lisboa';
    const blanked = blankSpans(text, [
      { start: 0, end: 4 },
      { start: 11, end: 16 },
    ]);
    expect(blanked).toBe('     Azul,      , Lisboa');
    expect(blanked).toHaveLength(text.length);
  });

  it("keeps a span's line breaks when asked, so the lines around it stay apart", () => {
    const text = 'um\ndois\ntrês';
    expect(blankSpans(text, [{ start: 1, end: 10 }], { keepLines: true })).toBe('u \n    \n  ês');
    expect(blankSpans(text, [{ start: 1, end: 10 }])).toBe('u         ês');
  });
});

describe('sentenceStartAt', () => {
  const text = 'Ligue já. O fixo é 3222-1111\nou o celular! Só à tarde';
  // (Past the stop's full stop: its space leads the sentence, as the readers trim or tokenise it.)
  it('starts past the last stop before the position', () => {
    expect(text.slice(sentenceStartAt(text, text.indexOf('3222')))).toMatch(/^ O fixo/);
    expect(text.slice(sentenceStartAt(text, text.indexOf('celular')))).toMatch(/^ou o/);
    expect(text.slice(sentenceStartAt(text, text.indexOf('tarde')))).toMatch(/^ Só à/);
  });
  it('is the text start when no stop comes before', () => {
    expect(sentenceStartAt(text, text.indexOf('já'))).toBe(0);
  });
  it('takes the stops a reader gives', () => {
    const hours = 'Seg 9h-12h; sáb 8h';
    expect(hours.slice(sentenceStartAt(hours, hours.indexOf('8h'), [';']))).toBe(' sáb 8h');
    expect(sentenceStartAt('a 3.5 b', 4)).toBe(0);
  });
});
