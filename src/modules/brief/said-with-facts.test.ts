import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { extractOpeningHours } from './extract-contact';

const cards = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering' || item.role === 'topic').map((item) => item.text);

// Words that only lead into a phone or an email became cards once the number was read: a guitar
// teacher's site offered "Escríbeme".
describe('words that only lead into a contact', () => {
  it('are never a card, with the pronoun joined on or said as an idiom', () => {
    expect(cards('Clases de guitarra en Valparaíso. Escríbeme al +56 9 8765 4321.')).not.toContain('Escríbeme');
    expect(cards('Clases de canto en Quito. Llámanos al 099 123 4567.')).not.toContain('Llámanos');
    expect(cards('Guitar lessons in Leeds. Give me a ring on 07700 900123.')).not.toContain('Give me a ring');
    expect(cards('Piano tuning in Cork. Drop me a line at tuner@example.com')).not.toContain('Drop me a line');
  });
});

// A threshold is said with its amount: cut before it, a confectioner's site read "Entrega em
// Uberlândia grátis acima."
describe('a condition with an amount', () => {
  it('keeps the amount', () => {
    const texts = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text);
    expect(texts('Faço doces finos em Uberlândia. Entrega em Uberlândia grátis acima de R$ 500.')).toContain(
      'Entrega em Uberlândia grátis acima de R$ 500',
    );
    expect(texts('Tortas en Rosario. Envío gratis en compras superiores a $20.000.')).toContain(
      'Envío gratis en compras superiores a $20.000',
    );
    expect(texts('Dog walking in Leeds. Free pickup for orders over £50.')).toContain('Free pickup for orders over £50');
  });
});

// "Aberto de segunda a sexta das 9h às 18h30 e sábado de manhã": what the hours' line says beyond
// the times read was shown as "Aberto de das e sábado de manhã".
describe('the hours, as said', () => {
  it('keep the words around the times whole', () => {
    const items = extractBrief({
      prompt: 'Mecânica de motos em Setúbal. Aberto de segunda a sexta das 9h às 18h30 e sábado de manhã. Telefone 265 123 456.',
    }).items;
    expect(items?.find((item) => item.feature === 'hours')?.text).toBe('Aberto de segunda a sexta das 9h às 18h30 e sábado de manhã');
  });

  it('leave out the days the text excepts from every day', () => {
    expect(extractOpeningHours('padaria. horario: das 6h as 20h todos os dias menos segunda.', false)).toEqual(['Tu-Su 06:00-20:00']);
    expect(extractOpeningHours('cafe, open 8-4 every day except wednesday', false)).toEqual(['Mo-Tu,Th-Su 08:00-16:00']);
    expect(extractOpeningHours('abierto todos los dias de 9 a 18, excepto los domingos.', false)).toEqual(['Mo-Sa 09:00-18:00']);
    expect(extractOpeningHours('aberto todos os dias das 18h as 2h', false)).toEqual(['Mo-Su 18:00-02:00']);
  });

  it('give a day that closes early the same opening time', () => {
    expect(extractOpeningHours('atendo de segunda a sexta das 9h as 17h e sabado ate meio-dia.', false)).toEqual([
      'Mo-Fr 09:00-17:00',
      'Sa 09:00-12:00',
    ]);
    expect(extractOpeningHours('open mon-fri 9-5 and saturday until 1pm.', false)).toEqual(['Mo-Fr 09:00-17:00', 'Sa 09:00-13:00']);
  });

  it('once read, leave no line of a programme saying the closing time again', () => {
    const brief = extractBrief({
      prompt: 'Relojoeiro em Juiz de Fora. Conserto relógios. Atendo de segunda a sexta das 9h às 17h e sábado até meio-dia.',
    });
    expect(brief.facts.openingHours).toEqual(['Mo-Fr 09:00-17:00', 'Sa 09:00-12:00']);
    expect(brief.items?.filter((item) => item.role === 'schedule')).toEqual([]);
  });

  it('leave no programme of the days shut said with a bare "não"', () => {
    const brief = extractBrief({
      prompt: 'Costureira em Taguatinga. Ajustes e bainhas. De terça a sábado, das 9h às 17h; domingo e segunda não.',
    });
    expect(brief.facts.openingHours).toEqual(['Tu-Sa 09:00-17:00']);
    expect(brief.items?.filter((item) => item.role === 'schedule')).toEqual([]);
  });

  it('tell when the business is shut, never offer it', () => {
    expect(cards('Bike shop in Leeds. Open Tue-Sat 9-5, closed bank holidays.')).not.toContain('closed bank holidays');
  });
});

// "open 8-4. We are closed on Mondays": the site said open every day, and the closing was dropped
// as a leftover of the hours.
describe('the days the business is shut', () => {
  it('leave the hours and are told', () => {
    const brief = extractBrief({ prompt: 'Bakery in Cork, open 8-4. We are closed on Mondays.' });
    expect(brief.facts.openingHours).toEqual(['Tu-Su 08:00-16:00']);
    expect(brief.items).toContainEqual({ text: 'We are closed on Mondays', role: 'detail' });
    expect(extractOpeningHours('padaria em braga, das 7h as 19h, fechado aos domingos.', false)).toEqual(['Mo-Sa 07:00-19:00']);
  });
});

// "Não faço bolo de pote, deixa isso bem claro por favor": the emphasis said to us became a card.
describe('emphasis said to us', () => {
  it('is set aside, and the clause it leads is read without it', () => {
    const cardsOf = (prompt: string) =>
      (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering' || item.role === 'topic').map((item) => item.text);
    expect(cardsOf('Faço bolos em Salto. Não faço bolo de pote, deixa isso bem claro por favor.')).toEqual(['bolos']);
    expect(extractBrief({ prompt: 'Panadería en Talca. Que quede claro que no hacemos envíos.' }).items).toContainEqual({
      text: 'no hacemos envíos',
      role: 'exclusion',
    });
  });
});

// "barra $15" on a Brazilian seamstress's site was priced in US$.
describe('a bare "$" from Brazil', () => {
  it('is reais, and "$" in the US is still dollars', () => {
    expect(
      extractBrief({ prompt: 'faço barra de calça $15 e ajuste $25, whats 11 99812 4076' }).facts.prices.map((price) => price.currency),
    ).toEqual(['BRL', 'BRL']);
    expect(extractBrief({ prompt: 'Bike repair in Austin. Tune-up $79.' }).facts.prices[0]?.currency).toBe('USD');
  });
});
