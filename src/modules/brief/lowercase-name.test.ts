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

describe('a name offered with a modal ("o nome pode ser…")', () => {
  it('is the name, in lower case too; a pronoun after the cue is none', () => {
    expect(extractBrief({ prompt: 'conserto bicicleta em itajuba. o nome pode ser pedal do ze' }).name).toBe('Pedal do Ze');
    expect(extractBrief({ prompt: 'Hago mermeladas en Tilcara. El nombre podría ser Dulce Quebrada.' }).name).toBe('Dulce Quebrada');
    expect(extractBrief({ prompt: 'I tune pianos in Keswick. The name could be Fell Tuning.' }).name).toBe('Fell Tuning');
    expect(extractBrief({ prompt: 'Faço bolos em Itu. O nome pode ser qualquer um, você escolhe.' }).name).toBeNull();
  });
});
