import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { extractPrices, pricedCountry } from './extract-prices';
import { withoutTranscriptMarks } from './without-transcript-marks';

// Classes the set 38 review named, each in wording of our own: money as people write it where they
// live, private numbers kept off, places named with "City", transcripts' marks.

const priced = (text: string, country: string | undefined) =>
  extractPrices(text, country).map((price) => [price.amount, price.currency, price.label ?? '']);

describe('money as it is written where the business is', () => {
  it.each([
    ['Braids: N12,000. Cornrows: N8,500.', 'NG', [12_000, 'NGN'], [8_500, 'NGN']],
    ['Tamales: Q15 cada uno. Pepián: Q60.', 'GT', [15, 'GTQ'], [60, 'GTQ']],
    ['Lechon belly ₱850, pancit ₱300.', 'PH', [850, 'PHP'], [300, 'PHP']],
    ['Pão caseiro 12 pila, cuca 25 pila.', 'BR', [12, 'BRL'], [25, 'BRL']],
    ['Almuerzo 300 quetzales, cena 250 quetzales.', 'GT', [300, 'GTQ'], [250, 'GTQ']],
    ['Corte 2 mil pesos, barba 1500 pesos.', 'CO', [2_000, 'COP'], [1_500, 'COP']],
  ])('%s', (text, country, ...expected) => {
    expect(extractPrices(text, country).map((price) => [price.amount, price.currency])).toEqual(expected);
  });

  it('a letter sign is money only in its own country, as written', () => {
    expect(extractPrices('Modelo P500 e N95 em estoque.', 'BR')).toEqual([]);
    expect(extractPrices('Braids: n12,000.', 'NG')).toEqual([]);
    // "45 pilas" in Spain are batteries.
    expect(extractPrices('Vendo 45 pilas recargables.', 'ES')).toEqual([]);
  });

  it('thousands written "k": with a sign anywhere, bare only in a list line of a known country', () => {
    expect(priced('- Wedding makeup: 30k\n- Bridesmaids: 8k per head', 'NG')).toEqual([
      [30_000, 'NGN', 'Wedding makeup'],
      [8_000, 'NGN', 'Bridesmaids'],
    ]);
    expect(priced('Full set R$ 2k.', 'BR')).toEqual([[2_000, 'BRL', 'Full set']]);
    expect(extractPrices('I ran a 5k last Sunday.', 'NG')).toEqual([]);
    expect(extractPrices('- Wedding makeup: 30k', undefined)).toEqual([]);
  });

  it('a space groups thousands, but not after a size', () => {
    expect(priced('Painel de 50 por 70 480 reais. Mural R$ 3 500.', 'BR')).toEqual([
      [480, 'BRL', 'Painel de 50 por 70'],
      [3_500, 'BRL', 'Mural'],
    ]);
  });

  it('two prices in a one-country sign say where the business is', () => {
    expect(pricedCountry('Braids N12,000 and cornrows N8,500.')).toBe('NG');
    expect(pricedCountry('Alfombra Q1,200, molde Q75.')).toBe('GT');
    expect(pricedCountry('Take the N95 bus, then the N12.')).toBeUndefined();
  });

  it('a list line with a bare amount between lines priced in one money is priced in it', () => {
    expect(priced('Preços:\n- Bolo simples: 40 reais\n- Bolo recheado: 75\n- Torta: R$ 90', 'BR')).toEqual([
      [40, 'BRL', 'Bolo simples'],
      [75, 'BRL', 'Bolo recheado'],
      [90, 'BRL', 'Torta'],
    ]);
    // A bare amount beside no price, or in prose, is not one.
    expect(priced('- Idade mínima: 12\n- Turmas: 8', 'BR')).toEqual([]);
    expect(priced('Bolo simples: 40 reais. Tenho 75 clientes.', 'BR')).toEqual([[40, 'BRL', 'Bolo simples']]);
  });
});

describe('where the business is', () => {
  it('a city its people call "X City" is the town of that name', () => {
    expect(extractBrief({ prompt: 'We cater birthdays in Iloilo City. Text 0917 555 0123.' }).location?.country).toBe('PH');
  });

  it('the other town of the same name, refused by its own name, is not where the business is', () => {
    const brief = extractBrief({
      prompt: 'I bake chin chin in Ibadan, Oyo State. Not the Ibadan in any other country, and not the Lagos in Portugal either.',
    });
    expect(brief.location?.country).toBe('NG');
  });
});

describe('a name is never an amount', () => {
  it('"nome ou marca: R$ 180" names no business', () => {
    const brief = extractBrief({ prompt: 'Faço chaveiros em Pelotas.\n- Chaveiro simples: R$ 20\n- Chaveiro com nome ou marca: R$ 35' });
    expect(brief.name ?? '').not.toMatch(/\d/);
  });
});

describe('a private number kept off the site', () => {
  it.each([
    ['Faço doces em Itu. WhatsApp (11) 98765-4321. O do meu sogro, (11) 97654-3210, esse não vai no site.', '97654'],
    ['Mowing in Leeds. Text 07700 900123. My dad takes calls on 07700 900456 but that one doesn’t go on the website.', '900456'],
    ['Faço doces em Itu. WhatsApp (11) 98765-4321. O fixo da minha mãe, (11) 4022-1234, é da família e não deve ser publicado.', '4022'],
    [
      'Braids in Ibadan. WhatsApp 0806 111 2233.\n\nNow this part is between us. My brother’s line is 0803 222 3344, he works nights.',
      '222 3344',
    ],
    ['Costura en Rosario. WhatsApp 341 555 1234.\n\nY esto queda entre tú y yo. Mi suegra atiende el 341 555 9876 a veces.', '9876'],
  ])('%s', (prompt, digits) => {
    expect(extractBrief({ prompt }).facts.phones.join(' ')).not.toContain(digits);
  });
});

describe('a short national number labelled a few words back', () => {
  it('"al WhatsApp, al 5 283 4761" in Cuba is the WhatsApp', () => {
    const brief = extractBrief({ prompt: 'Coso guayaberas en Matanzas, Cuba. Que escriban al WhatsApp, al 5 283 9911.' });
    expect(brief.facts.whatsapp).toBe('5352839911');
  });
});

describe('the marks of a transcript or a chat export', () => {
  it('are taken off before anything is read', () => {
    expect(withoutTranscriptMarks('[Audio 2 – 1:05] Hola, soy Marta.\n[Nota de voz 3, 0:40] Abro a las 9.')).toBe(
      'Hola, soy Marta.\nAbro a las 9.',
    );
    expect(withoutTranscriptMarks('[12/03/25, 09:14] Ana: bom dia\n12/03/2025 09:15 - Rui: oi')).toBe('Ana: bom dia\nRui: oi');
  });

  it('an audio’s length is no opening hour', () => {
    const brief = extractBrief({
      prompt: '[Audio 1 – 2:15] Hola, arreglo bicicletas en Cienfuegos, Cuba.\n[Audio 2 – 0:48] Abro de lunes a viernes de 9 a 5.',
    });
    expect(brief.facts.openingHours).toEqual(['Mo-Fr 09:00-17:00']);
  });
});

describe('WhatsApp refused by saying one does not have it, the object first', () => {
  it.each([
    'Afio tesouras em Leiria. Telemóvel 912 000 111, liguem à tarde. WhatsApp não tenho.',
    'Afilo cuchillos en Lugo. Móvil 612 000 111. WhatsApp no tengo, llamen.',
  ])('%s', (prompt) => {
    const brief = extractBrief({ prompt });
    expect(brief.facts.whatsapp).toBeUndefined();
    expect(brief.features).not.toContain('whatsapp');
  });
});
