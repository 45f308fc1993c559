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

describe('a lowercase name with an article inside it', () => {
  it('keeps the article and the word after it', () => {
    expect(extractBrief({ prompt: 'tengo una panaderia en pasto. la panaderia se llama horno la abuela. vendemos pan de yuca' }).name).toBe(
      'Horno la Abuela',
    );
    expect(extractBrief({ prompt: 'faço doces em lavras. o nome e doceria o tacho, meu nome e rita' }).name).toBe('Doceria O Tacho');
  });
});
