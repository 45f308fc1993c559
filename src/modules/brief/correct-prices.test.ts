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

  it('mends only the one price the correction names, never a price of another thing with that amount', () => {
    expect(amounts("Barber in Leeds. Adult cut $25. The kids cut isn't 25, it's 15.")).toEqual([['Adult cut', 25]]);
    expect(amounts('Barbearia em Lages. Corte masculino R$ 40. O infantil não é 40, é 30.')).toEqual([['Corte masculino', 40]]);
    expect(amounts('Café em Lages. Pão de queijo R$ 5, café R$ 5. Ah, o pão de queijo não é mais 5, é 6.')).toEqual([
      ['Pão de queijo', 6],
      ['café', 5],
    ]);
    // A count is no price ("not 10 but 12 people"), and an order with no amount just said is no correction.
    expect(amounts('Gym in Leeds. Group class $10 per person. The group is not 10 but 12 people max.')).toEqual([['Group class', 10]]);
    expect(amounts('Fotógrafa em Lages. Ensaio R$ 250, book gestante R$ 400. Quantas fotos editadas no site? Coloca 2.')).toEqual([
      ['Ensaio', 250],
      ['book gestante', 400],
    ]);
    // Written as money, the correction's amounts are no prices of their own.
    expect(amounts('Faço bordado em Itabaiana, SE. Colcha: R$ 900. A colcha não é mais R$ 900, é R$ 950.')).toEqual([['Colcha', 950]]);
  });

  it('mends a price named with more words, in the plural, or per a unit', () => {
    expect(amounts('Barbearia em Lages. Corte R$ 40, barba R$ 30. O preço do corte não é mais 40, é 45.')).toEqual([
      ['Corte', 45],
      ['barba', 30],
    ]);
    expect(amounts("Barber in Leeds. Haircut $25, beard $15. Sorry, haircuts are no longer 25, it's 28.")).toEqual([
      ['Haircut', 28],
      ['beard', 15],
    ]);
    expect(amounts('Personal em Lages. Aula R$ 40. Não é mais 40, agora é 45 por pessoa.')).toEqual([['Aula', 45]]);
  });
});

// "R$ 40, digo, R$ 45": the person repairs an amount as they type it, the new one right after it.
describe('an amount repaired as it is typed', () => {
  it('is the new amount, on the price written where the repair starts', () => {
    expect(amounts('Bolos no pote em Caruaru: brigadeiro R$ 12, quer dizer, R$ 14. Ninho R$ 15.')).toEqual([
      ['brigadeiro', 14],
      ['Ninho', 15],
    ]);
    expect(amounts('Dog walking in Leeds. Half hour $15, sorry, I mean $18. Full hour $25.')).toEqual([
      ['Half hour', 18],
      ['Full hour', 25],
    ]);
    expect(amounts('Raspados en Santa Ana: chico $0.75, grande $1.25, no, $1.50.')).toEqual([
      ['chico', 0.75],
      ['grande', 1.5],
    ]);
    expect(texts('Bolos no pote em Caruaru: brigadeiro R$ 12, quer dizer, R$ 14. Ninho R$ 15.')).not.toMatch(/quer dizer/);
  });

  it('rewrites the price as the person now writes it, cents included, so the AI path sees the new amount', () => {
    const written = (prompt: string) => extractBrief({ prompt }).facts.prices.map((price) => price.text);
    expect(written('Raspados en Santa Ana: chico $0.75, grande $1.25, no, $1.50.')).toEqual(['$0.75', '$1.50']);
    expect(written('Pastéis em Olinda: queijo R$ 8,50, digo, R$ 9,00. Carne R$ 10.')).toEqual(['R$ 9,00', 'R$ 10']);
    expect(written('Faço bordado em Itabaiana, SE. Colcha: R$ 1.350. Ah, a colcha não é mais 1.350, é 1.400.')).toEqual(['R$ 1.400']);
    // (…and a price first written without the cents its correction gives: a review found it kept the old text.)
    expect(written('Corte de cabelo em Lages. Corte R$ 40. Obs: o corte não é mais R$ 40,00, é R$ 45,00.')).toEqual(['R$ 45,00']);
    // (…and a balboa's "B/." or a sol's "S/." before the amount is no digit of it: a second review.)
    expect(written('Barbería en Panamá. Corte B/.15, barba B/.10. El corte ya no es 15, es 18.')).toEqual(['B/.18', 'B/.10']);
    // (…and a price written with cents its correction leaves out is rewritten whole: a third review.)
    expect(written('Barbearia em Campinas.\nCorte R$ 40,00\nBarba R$ 30,00\nAh, o corte não é mais 40, é 45,90.')).toEqual([
      'R$ 45,90',
      'R$ 30,00',
    ]);
    expect(written("Barber in Leeds.\nCut £20.00\nBeard £10\nThe cut is no longer 20, it's 22.50.")).toEqual(['£22.50', '£10']);
    expect(written("Barber in Austin. Haircut $25, beard trim $15. Update: the haircut is no longer $25.00, it's $28.")).toEqual([
      '$28',
      '$15',
    ]);
  });

  it('leaves a count and a plain list alone', () => {
    expect(amounts('Barbearia em Lages. Corte R$ 40, não 10 pessoas de uma vez.')).toEqual([['Corte', 40]]);
    // (What a review found: "X, não Y" says what it is not; "No. 2:" numbers a set; a new amount
    // that goes on ("R$ 89 no plano anual", "2 per customer") is another price or a count.)
    const first = (prompt: string) => amounts(prompt)[0];
    expect(first('Corte R$ 30, não R$ 40 como tá no Instagram antigo. Barba R$ 25.')).toEqual(['Corte', 30]);
    expect(first('El corte cuesta 30 €, no 40 € como pone en Google.')?.[1]).toBe(30);
    expect(amounts('Gift set No. 1: $35, No. 2: $50, No. 3: $65.').map(([, amount]) => amount)).toEqual([35, 50, 65]);
    expect(first('Cookies $3, sorry, 2 per customer.')).toEqual(['Cookies', 3]);
    expect(amounts('Plano mensal R$ 99, espera, R$ 89 no plano anual.').map(([, amount]) => amount)).toEqual([99, 89]);
    expect(first('Corte R$ 40, aliás, R$ 35 às terças. Barbearia do Léo em Osasco.')).toEqual(['Corte', 40]);
    expect(amounts('Padaria em Braga. Pão 1,50 €, broa 2 €, bolo-rei 12 €.')).toEqual([
      ['Pão', 1.5],
      ['broa', 2],
      ['bolo-rei', 12],
    ]);
  });
});

describe('a price its own clause takes back', () => {
  it('is no price, whether an old list, a flyer or an earlier amount said again is out of date', () => {
    expect(amounts('Faço cestos de vime em Gonçalo. Cesto grande: 40 € (no folheto antigo aparece 35 €, já não).')).toEqual([
      ['Cesto grande', 40],
    ]);
    expect(amounts('Afilador en Ourense. Cuchillo: 3 € (la tarjeta dice 2 €, ya no es).')).toEqual([['Cuchillo', 3]]);
    const flyer = 'CHIMNEY SWEEP – Bolton. Sweep £60. Call 07700 900123.\n\nThe £60 on that flyer is old. Sweep now £70.';
    expect(amounts(flyer).map(([, amount]) => amount)).not.toContain(60);
  });

  it('names the thing by its words, never by when the price changed', () => {
    expect(amounts('Lavo carros em Itajaí. Lavagem simples R$ 40. Desde março a lavagem não é mais 40, é 45.')).toEqual([
      ['Lavagem simples', 45],
    ]);
  });

  it('is no price when it is the sum of the others, as a quote or a receipt totals them', () => {
    expect(
      amounts('Orçamento que fiz: pintura de sala R$ 600, pintura de quarto R$ 400. Total R$ 1.000. Faço pintura em Jundiaí.'),
    ).toEqual([
      ['pintura de sala', 600],
      ['pintura de quarto', 400],
    ]);
  });

  it('keeps a price whose clause takes back something else', () => {
    expect(amounts('Cortes em Lages. Corte R$ 40 no salão, não mais a domicílio.')).toEqual([['Corte', 40]]);
  });
});

// "X is wrong" names the thing whose price was given before; the amount after it is its new price.
describe('a price said to be wrong, then given again', () => {
  it('mends the one price whose words name the thing, in its sentence or the next', () => {
    expect(
      amounts('Afiação de facas 5 €, tesouras 7 €, machados 12 €. Espera, as tesouras estão mal. São 8 €. Ligue 912 000 111.'),
    ).toEqual([
      ['Afiação de facas', 5],
      ['tesouras', 8],
      ['machados', 12],
    ]);
    expect(amounts("Chimney sweep £60, bird guard fitted £40. The bird guard is wrong, it's £45 since March. Call 01624 000000.")).toEqual([
      ['Chimney sweep', 60],
      ['bird guard fitted', 45],
    ]);
    expect(texts("Chimney sweep £60, bird guard fitted £40. The bird guard is wrong, it's £45 since March.")).not.toMatch(/wrong/);
    expect(amounts('Cambio de cierre 15 €, bajos de pantalón 8 €. El cierre está mal, ahora es 18 €.')).toEqual([
      ['Cambio de cierre', 18],
      ['bajos de pantalón', 8],
    ]);
  });

  it('changes nothing when the thing named fits no one price', () => {
    expect(amounts('Corte 20 €, barba 10 €. O secador está mal, comprei outro por 90 €.')).toEqual([
      ['Corte', 20],
      ['barba', 10],
      ['comprei outro', 90],
    ]);
  });
});
