import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { readPayments } from './read-payments';

describe('the ways to pay a prompt names', () => {
  it('a lead and the ways after it, in the person’s words, across the clauses of its sentence', () => {
    expect(readPayments('Consertamos bicicletas em Jundiaí. Aceitamos Pix, débito e crédito em até 3x.').payments).toEqual([
      'Pix, débito e crédito em até 3x',
    ]);
    expect(readPayments('Meios de pagamento: MB Way, multibanco ou numerário').payments).toEqual(['MB Way, multibanco ou numerário']);
    expect(readPayments('We also take Venmo and cash at the market stall').payments).toEqual([]);
    expect(readPayments('We also take Venmo and cash').payments).toEqual(['Venmo and cash']);
    expect(readPayments('Pagos con Nequi o Daviplata.').payments).toEqual(['Nequi o Daviplata']);
  });

  it('a sentence of nothing but ways to pay, two at least (or "only" one)', () => {
    expect(readPayments('Bolos por encomenda. Pix ou dinheiro.').payments).toEqual(['Pix ou dinheiro']);
    expect(readPayments('Cash only.').payments).toEqual(['Cash only']);
    expect(readPayments('Pasties in Redruth, takeaway only, cash or card.').payments).toEqual(['Cash or card']);
    // One word that may be a way to pay, without a lead: not enough.
    expect(readPayments('Cartões de visita, convites e visa.').payments).toEqual([]);
    expect(readPayments('Despachante: passaporte, visa e CNH.').payments).toEqual([]);
  });

  it('a refusal is no way to pay', () => {
    expect(readPayments('Não aceitamos cheque nem cartão.').payments).toEqual([]);
    expect(readPayments('No aceptamos tarjeta.').payments).toEqual([]);
    // A refusal after the ways taken is never one of them.
    expect(readPayments('Aceptamos efectivo y Daviplata, no tarjetas.').payments).toEqual(['Efectivo y Daviplata']);
    expect(readPayments('We take cash and cards, but not Amex.').payments).toEqual(['Cash and cards']);
    expect(readPayments('Pix ou dinheiro, não aceitamos cheque.').payments).toEqual(['Pix ou dinheiro']);
  });
});

describe('in the brief', () => {
  it('the ways to pay are a fact, never offerings, and a full stop after "Pix" still ends its sentence', () => {
    const brief = extractBrief({
      prompt: 'Serralheria Aço Forte em Uberlândia, portões e grades. Aceitamos cartão em até 10x e Pix. Tel (34) 3212-4455',
    });
    expect(brief.facts.payments).toEqual(['Cartão em até 10x e Pix']);
    expect((brief.items ?? []).map((item) => item.text)).not.toContainEqual(expect.stringMatching(/cart[aã]o|pix|tel/i));
    expect(brief.facts.offerings).toEqual(expect.arrayContaining(['portões', 'grades']));
  });

  it('"Pix" then a full stop is no Pix key: the next sentence is read on its own', () => {
    const brief = extractBrief({ prompt: 'Doceria da Bia em Caruaru, quero um botão de Pix. Vendemos bolos de rolo e cocadas.' });
    expect(brief.facts.pixKey).toBeUndefined();
    expect(brief.facts.offerings).toEqual([expect.stringMatching(/^bolos de rolo/)]);
  });

  it('a Spanish word ending in "-ción" ends its sentence (no abbreviation "n.")', () => {
    const brief = extractBrief({
      prompt: 'Vidriería Los Andes en Cusco, ventanas y mamparas a medida con instalación. Envío gratis por compras sobre S/ 300.',
    });
    expect((brief.items ?? []).map((item) => item.text)).not.toContainEqual(expect.stringMatching(/instalación.*Env/));
  });
});

describe('a list of ways to pay across commas', () => {
  it('keeps every way the sentence lists, the one standing alone first included', () => {
    expect(readPayments('Pix, dinheiro ou cartão (crédito em até 3x). Peço metade na entrada.').payments).toEqual([
      'Pix, dinheiro ou cartão, crédito em até 3x',
    ]);
    expect(readPayments('Corte R$ 30, barba R$ 20. Aceito cartão.').payments).toEqual(['Cartão']);
  });
});
