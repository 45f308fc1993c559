import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const amounts = (prompt: string) => extractBrief({ prompt }).facts.prices.map((price) => [price.label, price.amount]);
const texts = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text).join(' | ');

describe('a price taken back and given again', () => {
  it('is the later amount, whether said as "no longer A, B" or as "put B" after it', () => {
    const lace =
      'Faço bordado em Itabaiana, SE.\nToalha: R$ 200\nColcha: R$ 900\n\nAh, a colcha não é mais 900, é 950, a linha subiu. Bota 950.';
    expect(amounts(lace)).toEqual([
      ['Toalha', 200],
      ['Colcha', 950],
    ]);
    expect(texts(lace)).not.toMatch(/não é mais|Bota/u);
    const rent = 'Alquilo trajes típicos en Chitré, Panamá. Alquiler por día: B/. 40. [Ana: ya lo subimos a 45.] 45, pónganle 45.';
    expect(amounts(rent)).toEqual([['Alquiler por día', 45]]);
    const english = "I clean chimneys in Kendal. Sweep £60. Sorry, the sweep is no longer 60, it's 65.";
    expect(amounts(english)).toEqual([['Sweep', 65]]);
  });

  it('changes nothing when the amount taken back was never a price', () => {
    expect(amounts('Cortes em Lages, SC. Corte R$ 40. Não é das 9 às 18, é das 8 às 18.')).toEqual([['Corte', 40]]);
  });
});
