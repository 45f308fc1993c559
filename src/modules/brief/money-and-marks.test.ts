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
    // "K" before the amount is Zambia's kwacha in Zambia and Papua New Guinea's kina there.
    ['Chitenge tailoring K250, school uniform K180.', 'ZM', [250, 'ZMW'], [180, 'ZMW']],
    ['Bilum bags K120, small K45.', 'PG', [120, 'PGK'], [45, 'PGK']],
    ['Nsima and relish MK3,500.', 'MW', [3_500, 'MWK']],
    // "P" is Botswana's pula there (the Philippine peso in the Philippines); "Rs." Sri Lanka's rupee there.
    ['Tyre repair P150, wheel balancing P80.', 'BW', [150, 'BWP'], [80, 'BWP']],
    ['Lechon P850, pancit P300.', 'PH', [850, 'PHP'], [300, 'PHP']],
    ['Kottu Rs. 1,200, hoppers Rs. 400.', 'LK', [1_200, 'LKR'], [400, 'LKR']],
    ['Braai pack N$250.', 'NA', [250, 'NAD']],
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
    expect(priced('- Wedding makeup: 30k\n- Bridesmaids: 8k per head\n- Gele: N5,000', 'NG')).toEqual([
      [30_000, 'NGN', 'Wedding makeup'],
      [8_000, 'NGN', 'Bridesmaids'],
      [5_000, 'NGN', 'Gele'],
    ]);
    expect(priced('Makeup in Lekki.\nBridal makeup: 50k\nGele: 10k', 'NG')).toEqual([
      [50_000, 'NGN', 'Bridal makeup'],
      [10_000, 'NGN', 'Gele'],
    ]);
    expect(extractPrices('Instagram: 12k seguidores.', 'BR')).toEqual([]);
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

describe('a phrase refused or said only to us is never the name', () => {
  it.each([
    'Braiding in Ibadan. WhatsApp 0806 111 2233. Please don’t write "the best braider in Oyo State", we are many.',
    'Faço bolos em Itu. WhatsApp (11) 98765-4321. Nada de "a melhor doceira do Brasil".',
    'Braiding in Ibadan. WhatsApp 0806 111 2233.\n\nNow this part is between us. My sister runs "Royal Crown Braids" in Lagos and we do not talk.',
  ])('%s', (prompt) => {
    expect(extractBrief({ prompt }).name).toBeNull();
  });

  it('a quoted name said plainly is still the name, and talk about the name said to us still names it', () => {
    expect(extractBrief({ prompt: 'Bolos "Doce Sado" em Setúbal.' }).name).toBe('Doce Sado');
    expect(extractBrief({ prompt: 'Faço bolos em Setúbal. Obs para você: o nome é Doce Sado.' }).name).toBe('Doce Sado');
  });
});

describe('what is added on top of a price', () => {
  it('"£15 extra" keeps its "extra"', () => {
    expect(extractPrices('Delivery in town: £15 extra.', 'GB')[0]?.unit).toBe('extra');
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

// What the first reading of money broke, found by a review of the diff: each must stay as it was.
describe('money that is not money', () => {
  it.each([
    ['Sou programador PHP 8 e faço sites em Laravel.', 'BR'],
    ['Take the P2P bus.', 'PH'],
    ['Nail salon, bloque L 12.', 'HN'],
    ['Meu livro tem 12 contos.', 'BR'],
    ['Vendo 50 paus de eucalipto.', 'BR'],
    ['- Resolução: 4K', 'BR'],
  ])('%s', (text, country) => {
    expect(extractPrices(text, country)).toEqual([]);
  });

  it('model names do not say where the business is', () => {
    const brief = extractBrief({
      prompt: 'Assistência técnica de impressoras em Tatuí. Epson L3150, L3250 e L4260. WhatsApp (15) 98765-4321',
    });
    expect(brief.location?.country).toBe('BR');
    expect(brief.facts.prices).toEqual([]);
  });

  it('a list line beside prices that is a count or a size of something else is no price', () => {
    expect(priced('- Bolo inteiro: R$ 90\n- Serve: 20\n- Bolo de pote: R$ 12', 'BR')).toEqual([
      [90, 'BRL', 'Bolo inteiro'],
      [12, 'BRL', 'Bolo de pote'],
    ]);
  });

  it('"por 1 500 reais" is fifteen hundred', () => {
    expect(extractPrices('Serviço completo por 1 500 reais.', 'BR').map((price) => price.amount)).toEqual([1_500]);
  });

  it('a way to pay asked, refused or listed as a thing made is none', () => {
    expect(extractBrief({ prompt: 'Faço bolos em Itu. Cartão? Não. Só Pix e dinheiro.' }).facts.payments).toEqual(['Só Pix e dinheiro']);
    expect(extractBrief({ prompt: 'Imprenta en Cuenca. Hacemos:\nTarjetas\nVolantes\nWhatsApp 0991234567' }).facts.payments ?? []).toEqual(
      [],
    );
  });
});

describe('the name wished for the site, over what people call the business', () => {
  it.each([
    ['Faço selas em Bagé. Na feira o pessoal fala "as selas do Tonho", mas no site eu quero Selaria Bagé Velha.', 'Selaria Bagé Velha'],
    ['Hago hórreos en Llanes. Todos dicen "lo de Pepe", pero en la página quiero Hórreos Llaneza.', 'Hórreos Llaneza'],
    ['Bakery in Leeds. Folk say "the bun place", but on the website I want Rose Bakes.', 'Rose Bakes'],
  ])('%s', (prompt, name) => {
    expect(extractBrief({ prompt }).name).toBe(name);
  });

  it('platforms or things wished for the site are no name', () => {
    expect(extractBrief({ prompt: 'Faço bolos em Itu. No site quero WhatsApp e Instagram.' }).name).toBeNull();
    expect(extractBrief({ prompt: 'Faço bolos em Itu. No site eu quero fotos dos bolos.' }).name).toBeNull();
  });
});

// What the second reading broke, found by a third review: each must stay as it was.
describe('what a menu, a label and a short answer say', () => {
  it('a menu of letter-sign prices after capitalised dishes is a menu', () => {
    expect(priced('Adobo P80, Sinigang P95, Lechon Kawali P120.', 'PH').map(([amount]) => amount)).toEqual([80, 95, 120]);
    expect(priced('Tamales Q15, Chuchitos Q10, Atol de elote Q8.', 'GT').map(([amount]) => amount)).toEqual([15, 10, 8]);
    expect(priced('Wash and Set N3500, Relaxer N4500.', 'NG').map(([amount]) => amount)).toEqual([3_500, 4_500]);
  });

  it('"Tel: 5555 1234" is a phone', () => {
    expect(extractBrief({ prompt: 'Comedor en Antigua Guatemala. Tel: 5555 1234' }).facts.phones).toEqual(['5555 1234']);
  });

  it('a split shift with lunch until three', () => {
    expect(extractBrief({ prompt: 'Tienda en Cusco. Lunes a sábado de 9 a 3 y de 5 a 9.' }).facts.openingHours).toEqual([
      'Mo-Sa 09:00-15:00',
      'Mo-Sa 17:00-21:00',
    ]);
  });

  it('a way to pay before a refusal of something else is still one', () => {
    expect(extractBrief({ prompt: 'Lavagem de carro em Itu, R$ 40. Pix. Não vendo fiado.' }).facts.payments).toEqual(['Pix']);
    expect(extractBrief({ prompt: 'Car wash in Leeds, £20. Cash. No walk-ins on Saturdays.' }).facts.payments).toEqual(['Cash']);
  });

  it('a negation of another verb before a quote keeps the name', () => {
    expect(extractBrief({ prompt: 'Cook in Lagos. Please don’t forget to write "Mama Ada’s Kitchen" big at the top.' }).name).toMatch(
      /Mama Ada/,
    );
    expect(extractBrief({ prompt: 'Dulces en Lima. No cambies el nombre "Dulces Mary", así nos conocen.' }).name).toBe('Dulces Mary');
  });

  it('a voice note’s length in minutes or with hours is taken off too', () => {
    expect(withoutTranscriptMarks('[Voice note 2 - 1:05 min]\nHi\n[Audio 1 - 00:01:48]\nOk')).toBe('\nHi\n\nOk');
  });
});

describe('ways to pay where the business is', () => {
  it.each([
    ['Catering in Davao. Payment is cash or GCash.', 'Cash or GCash'],
    ['Tailor in Eldoret. We take M-Pesa and cash.', 'M-Pesa and cash'],
  ])('%s', (prompt, payments) => {
    expect(extractBrief({ prompt }).facts.payments).toEqual([payments]);
  });
});

describe('a size written with a letter that is money elsewhere, and texts numbered as parts', () => {
  it('reads the amount after "50 L" by the sign after it', () => {
    const prices = extractBrief({ prompt: 'Caldeiraria em Tondela, Portugal. Alambique de 30 L 990 €. De 80 L 1.900 €.' }).facts.prices;
    expect(prices.map((price) => [price.amount, price.currency])).toEqual([
      [990, 'EUR'],
      [1900, 'EUR'],
    ]);
  });

  it('takes off "(3/8)" before each text, so "(5/8) Desculpe, …" is an apology, not a card', () => {
    const brief = extractBrief({
      prompt: '(1/3) Bom dia, faço cestos de vime em Ponte de Lima.\n(2/3) Cesto grande 40 €.\n(3/3) Desculpe, o cesto grande são 45 €.',
    });
    expect((brief.items ?? []).map((item) => item.text).join(' | ')).not.toMatch(/Desculpe|\(\d\/\d\)/u);
  });
});
