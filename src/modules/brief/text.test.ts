import { describe, expect, it } from 'vitest';
import { blankSpans, capitalize } from './text';

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
