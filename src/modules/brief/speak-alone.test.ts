import { describe, expect, it } from 'vitest';
import { speaksAlone } from './speak-alone';
import { extractBrief } from './extract-brief';

describe('a writer who speaks for themself alone', () => {
  it('says "I" or "my" twice and never "we", in pt, es and en', () => {
    expect(speaksAlone('conserto bicicletas na minha garagem. atendo de terça a sábado, meu whats é 11 91234-5678', 'pt-BR')).toBe(true);
    expect(speaksAlone('doy clases de guitarra en mi casa, yo pongo la guitarra si no tenés', 'es')).toBe(true);
    expect(speaksAlone("I fix lawnmowers out of my shed, pick-up if you're close", 'en')).toBe(true);
  });

  it('is a group as soon as one "we", "our", a team or a plural verb is said', () => {
    expect(speaksAlone('minha mãe e eu fazemos marmitas na minha cozinha', 'pt-BR')).toBe(false);
    expect(speaksAlone('en mi taller arreglamos motos, mi hermano y yo', 'es')).toBe(false);
    expect(speaksAlone('I started it in my garage and our team now has four people', 'en')).toBe(false);
  });

  it('needs more than one word of it: a single "my" says nothing', () => {
    expect(speaksAlone('padaria artesanal, o site do meu negócio', 'pt-BR')).toBe(false);
  });

  it('is never fooled by a plural noun that ends like a verb', () => {
    expect(speaksAlone('minha loja tem os últimos modelos, eu mesmo escolho', 'pt-BR')).toBe(true);
  });

  it('makes the brief a one-person business', () => {
    const brief = extractBrief({ prompt: 'arreglo persianas y mosquiteros en Rosario. llevo 12 años en esto, mi número 341 555-1234' });
    expect(brief.speaksAlone).toBe(true);
  });
});
