import { describe, expect, it } from 'vitest';
import { keepToldArticles } from './keep-told-articles';

describe('keepToldArticles', () => {
  it('gives a told part back the article it was cut from', () => {
    const text = 'Não busco nem entrego, a pessoa traz. Sábado, el taller abre tarde.';
    expect(
      keepToldArticles(
        [
          { text: 'pessoa traz', role: 'detail' },
          { text: 'taller abre tarde', role: 'detail' },
        ],
        text,
      ).map((item) => item.text),
    ).toEqual(['a pessoa traz', 'el taller abre tarde']);
  });

  it('leaves a thing sold, a single word and a part with no article before it as they are', () => {
    const text = 'Faço a desinfecção com cloro. O gato. Pessoas trazem o carro.';
    expect(
      keepToldArticles(
        [
          { text: 'desinfecção com cloro', role: 'offering' },
          { text: 'gato', role: 'detail' },
          { text: 'Pessoas trazem o carro', role: 'detail' },
        ],
        text,
      ).map((item) => item.text),
    ).toEqual(['desinfecção com cloro', 'gato', 'Pessoas trazem o carro']);
  });
});
