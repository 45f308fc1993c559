import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

describe('a name typed in lower case', () => {
  it('runs on to its clause end, never into a word of grammar', () => {
    expect(
      extractBrief({ prompt: 'quero um site pra minha oficina em lages. o nome e marcenaria becker, meu nome e ivo becker' }).name,
    ).toBe('Marcenaria Becker');
    expect(extractBrief({ prompt: 'o nome é doces da vó lurdes e eu faço bolo em itu' }).name).toBe('Doces da Vó Lurdes');
  });
});
