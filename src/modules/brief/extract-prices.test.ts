import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { renderPage } from '@/modules/render/render-page';
import { extractFormFields } from './extract-form-fields';
import { extractPrices } from './extract-prices';
import { givenPriceText } from '@/modules/composer/derived-text';
import { extractBrief } from './extract-brief';

describe('starting prices', () => {
  it('"from", "a partir de", "desde" before an amount make it a starting price; a plain amount is not one', () => {
    const prices = extractPrices('Shortboards from $850, ding repair $40. Afinação a partir de 140€. Mantención desde $35.000', 'US');
    expect(prices.map((price) => [price.text, price.isFrom ?? false])).toEqual([
      ['$850', true],
      ['$40', false],
      ['140€', true],
      ['$35.000', true],
    ]);
  });

  it('the page says "a partir de" with the amount, and an offering gets the price whose label names most of it', () => {
    const document = composeOfflineSite({
      prompt: 'Afinação de pianos em Coimbra. Afinação 75€, afinação com regulação de mecânica a partir de 140€. Telemóvel 917 352 648',
      locales: ['pt-PT'],
    } as Parameters<typeof composeOfflineSite>[0]);
    // Intl writes a no-break space before the euro sign.
    const text = (value: string | undefined) => (value ?? '').replace(/\u00a0/g, ' ');
    const strings = Object.values(document.i18n.strings['pt-PT']!).map(text);
    expect(strings).toContain('a partir de 140,00 €');
    expect(strings).toContain('75,00 €');
    const services = document.pages[0]!.sections.find((section) => section.type === 'services');
    const own = document.i18n.strings['pt-PT']!;
    const priced =
      services?.type === 'services' ? services.items.map((item) => [text(own[item.titleKey]), text(own[item.priceKey ?? ''])]) : [];
    expect(priced).toContainEqual(['Afinação com regulação de mecânica', 'a partir de 140,00 €']);
  });
});

describe('smaller reading fixes', () => {
  it('"w/" and "c/" introduce a form’s list like "with" and "com"', () => {
    expect(extractFormFields('want an order form w/ deck width, grip color, wheel size')?.fields.map((field) => field.text)).toEqual([
      'deck width',
      'grip color',
      'wheel size',
    ]);
    expect(extractFormFields('quero formulario c/ nome, data e numero de pessoas')?.fields).toHaveLength(3);
  });

  it('an ordinal’s full stop ends no sentence ("do 5.º ao 12.º ano")', () => {
    const texts = extractBrief({
      prompt: 'Explicações em Braga. Damos explicações do 5.º ao 12.º ano, grupos pequenos e preparação para exames.',
    }).items!.map((item) => item.text);
    expect(texts.some((text) => /^º|^ano$|^\s*ao 12$/.test(text))).toBe(false);
  });

  it('a day word left beside the hours is part of them, not a schedule of its own; said alone it still is one', () => {
    const withHours = extractBrief({ prompt: 'Oficina de bicicletas em Braga. seg a sex 9h as 18h, sabado 9h as 13h, domingo fechado.' });
    expect(withHours.facts.openingHours?.length).toBeGreaterThan(0);
    expect(withHours.items!.filter((item) => item.role === 'schedule')).toEqual([]);
    const alone = extractBrief({ prompt: 'Personal trainer in Austin, evenings and weekends.' });
    expect(alone.items!.filter((item) => item.role === 'schedule').map((item) => item.text)).toEqual(['evenings and weekends']);
  });
});

describe('the item a price is for', () => {
  it('keeps a decimal inside the item, an aside before the colon, and drops a list bullet', () => {
    const prices = extractPrices('Tinta acrílica:\n- lata de 3.6 litros: R$ 89,90\n- galão (18 L): R$ 320\n- rolo de 2,5 cm R$ 12', 'BR');
    expect(prices.map((price) => price.label)).toEqual(['lata de 3.6 litros', 'galão (18 L)', 'rolo de 2,5 cm']);
  });

  it('reads the Dominican, Nicaraguan and Costa Rican signs as their own money', () => {
    const prices = extractPrices('Cisterna de 1,000 galones RD$ 22,000. Flete C$ 800. Visita ₡15.000', 'DO');
    expect(prices.map((price) => [price.label, price.currency, price.amount])).toEqual([
      ['Cisterna de 1,000 galones', 'DOP', 22000],
      ['Flete', 'NIO', 800],
      ['Visita', 'CRC', 15000],
    ]);
  });
});

describe('a price after a list', () => {
  it('is the whole list\'s ("pastel, coxinha e empada R$ 90 o cento"), not its last item\'s', () => {
    const [price] = extractPrices('Salgados em Piracicaba: faço pastel, coxinha e empada R$ 90 o cento.', 'BR');
    expect(price?.label).toBe('pastel, coxinha e empada');
    expect(price?.unit).toBe('o cento');
    // A list whose items carry their own prices keeps each label.
    expect(extractPrices('Corte R$ 40, barba e bigode R$ 30', 'BR').map((one) => one.label)).toEqual(['Corte', 'barba e bigode']);
  });
});

describe('two prices of one item', () => {
  it('"bitoque 9€ / 6€" (dose / meia dose): both are the bitoque’s, and a slash before a price is no unit; "8€/kg" still is', () => {
    const prices = extractPrices('Pratos (dose / meia dose): bitoque 9€ / 6€, bacalhau à Brás 10€ / 7€.', 'PT');
    expect(prices.map((price) => [price.label, price.amount, price.unit])).toEqual([
      ['bitoque', 9, undefined],
      ['bitoque', 6, undefined],
      ['bacalhau à Brás', 10, undefined],
      ['bacalhau à Brás', 7, undefined],
    ]);
    expect(extractPrices('Mel de urze, 8€/kg', 'PT')[0]?.unit).toBe('/kg');
  });
});

// "financiamos … los tratamientos de más de 300 €" was a price row "3 meses sin intereses los
// tratamientos de más — 300 €": an amount after "more than" is a threshold, not a price.
describe('a threshold is no price', () => {
  it('drops amounts after "more than", "acima de", "over", keeping the prices around them', () => {
    const prices = extractPrices('Pizza grande R$ 60, entrega grátis em pedidos acima de R$ 100, refrigerante R$ 8.', 'BR');
    expect(prices.map((price) => [price.label, price.amount])).toEqual([
      ['Pizza grande', 60],
      ['refrigerante', 8],
    ]);
    expect(extractPrices('Haircut $30. Free parking for orders over $50.', 'US').map((price) => price.amount)).toEqual([30]);
    expect(extractPrices('Corte 15 €, pago en 3 plazos en compras de más de 200 €.', 'ES').map((price) => price.amount)).toEqual([15]);
  });
});

// "transferencia de veiculo R$ 250 + taxas do detran" showed "R$ 250,00" alone, and "primeiro
// emplacamento R$ 300 c/ placa inclusa" kept the price inside the card's title.
describe('what a price includes or leaves out', () => {
  it('is said with the price, and the item ends before it', () => {
    const prompt = 'Despachante em Bauru: transferência R$ 200 + taxas do Detran, vistoria R$ 90 com laudo incluso, licenciamento R$ 50.';
    expect(extractPrices(prompt, 'BR').map((price) => [price.label, price.amount, price.unit])).toEqual([
      ['transferência', 200, '+ taxas do Detran'],
      ['vistoria', 90, 'com laudo incluso'],
      ['licenciamento', 50, undefined],
    ]);
    const brief = extractBrief({ prompt });
    const html = renderPage(composeOfflineSite({ prompt, locales: brief.languages, brief }), {
      pageSlug: '',
      locale: 'pt-BR',
      mode: 'preview',
    });
    expect(html).toMatch(/R\$\s?200,00 \+ taxas do Detran/);
    expect(html).not.toMatch(/>[^<]*vistoria R\$/i);
  });

  it('in English too: "with parts included", "+ VAT"', () => {
    expect(
      extractPrices('Mobile mechanic in Leeds: brake pads £80 with parts included, MOT prep £40 + VAT.', 'GB').map((price) => price.unit),
    ).toEqual(['with parts included', '+ VAT']);
  });
});

// "- cesta pequena (8 itens) R$ 55": an aside between the item and its price is the item's (the
// label was lost, and the page took another line's words for it).
describe('an aside right before the price', () => {
  it('belongs to the item before it', () => {
    expect(
      extractPrices('- pão pequeno (4 unidades) R$ 10\n- pão grande (8 unidades) R$ 18\n- broa R$ 6', 'BR').map((p) => p.label),
    ).toEqual(['pão pequeno (4 unidades)', 'pão grande (8 unidades)', 'broa']);
    expect(extractPrices('Drop-in class (60 min) £12, 10-class pass (valid 3 months) £100', 'GB').map((p) => p.label)).toEqual([
      'Drop-in class (60 min)',
      '10-class pass (valid 3 months)',
    ]);
  });
});

// "- esfiha de carne, queijo, calabresa ou frango R$ 6": one price for a list of choices is the
// whole list's, never the last choice's with the others left as unpriced cards.
describe('one price for a list of choices', () => {
  it('a list ending in "ou"/"or" before a price is the label, without its bullet', () => {
    const prompt = 'cardapio:\n- esfiha de carne, queijo, calabresa com cebola ou frango R$ 6,00\n- suco de laranja R$ 7,00';
    const labels = extractBrief({ prompt }).facts.prices.map((price) => price.label);
    expect(labels).toContain('esfiha de carne, queijo, calabresa com cebola ou frango');
    expect(extractBrief({ prompt: 'Tacos: pork, chicken, beans or mushroom $3.50 each' }).facts.prices[0]?.label).toBe(
      'pork, chicken, beans or mushroom',
    );
  });

  it('how a customer pays is a term, never a card of what is sold', () => {
    const items = extractBrief({ prompt: 'Dog walking in Leeds: 30 min walks and puppy visits. Cash or bank transfer, no cards.' }).items;
    expect((items ?? []).filter((item) => item.role === 'offering').map((item) => item.text)).toEqual(['30 min walks', 'puppy visits']);
  });
});

// "R780 per metre" in South Africa was no price, so every card said "Price on request".
describe('South African rand', () => {
  it('reads "R650", "R1 200" and "from R18 500" in South Africa, and "R 7" nowhere else', () => {
    expect(extractPrices('Weekly pool service R650 per month, once-off clean from R1 200, pump from R18 500.', 'ZA')).toEqual([
      { text: 'R650', amount: 650, currency: 'ZAR', label: 'Weekly pool service', period: 'month' },
      { text: 'R1 200', amount: 1200, currency: 'ZAR', label: 'once-off clean', isFrom: true },
      { text: 'R18 500', amount: 18500, currency: 'ZAR', label: 'pump', isFrom: true },
    ]);
    expect(extractPrices('Oficina na Rua R 7, troca de óleo R$ 120.', 'BR').map((price) => price.text)).toEqual(['R$ 120']);
    expect(extractPrices('Weekly pool service R650 per month.', undefined)).toEqual([]);
  });

  it('leaves the amounts out of the cards, and "kids under 12" whole', async () => {
    const { extractBrief } = await import('./extract-brief');
    const items = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text);
    expect(items('Pool cleaning in Paarl, South Africa. Weekly service R650 per month, once-off clean from R1 200.')).toEqual([
      'Weekly service',
      'once-off clean',
    ]);
    expect(items('Roller rink in Dayton, open weekends. $8 adults, $5 kids under 12.').join('|')).toMatch(/kids under 12/);
  });
});

// A priced line was cut at its commas and after six words: "e sumidouro com caminhão a vácuo",
// "ralo ou vaso sanitário"; its condition ("até 5 mil litros") was left off the price.
describe('a priced line read whole', () => {
  it('the head before the colon is what the price is for, commas and all, and the condition stays with the price', () => {
    const prompt = [
      'Jardinagem em Sorocaba.',
      '- Poda de árvore frutífera de pequeno porte com retirada dos galhos: R$ 120 até 3 metros',
      '- Corte de grama, roçada ou capina: a partir de R$ 80',
      'Dog walks for up to 2 dogs £15 for up to 45 minutes',
    ].join('\n');
    expect(extractPrices(prompt, 'BR').map((price) => [price.label, price.amount, price.unit ?? null, price.isFrom ?? false])).toEqual([
      ['Poda de árvore frutífera de pequeno porte com retirada dos galhos', 120, 'até 3 metros', false],
      ['Corte de grama, roçada ou capina', 80, null, true],
      ['Dog walks for up to 2 dogs', 15, 'for up to 45 minutes', false],
    ]);
  });

  it('the brief offers each priced line as one thing, however long, never its pieces', () => {
    const brief = extractBrief({
      prompt:
        'Sou jardineiro em Sorocaba.\n- Poda de árvore frutífera de pequeno porte com retirada dos galhos: R$ 120\n- Corte de grama, roçada ou capina: a partir de R$ 80\nWhatsApp (15) 99812-3456',
    });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).toEqual(
      expect.arrayContaining(['Poda de árvore frutífera de pequeno porte com retirada dos galhos', 'Corte de grama, roçada ou capina']),
    );
    expect(offerings).not.toContain('roçada ou capina');
  });
});

describe('a price right after a comma', () => {
  it('is for the place it goes to, or for the item before when it points back; an aside before it names nothing', () => {
    const prompt = 'Limpeza de fossa R$ 380 até 5 mil litros; acima disso, R$ 70 a cada mil litros. Para Laguna, R$ 60 de deslocamento.';
    expect(extractPrices(prompt, 'BR').map((price) => price.label)).toEqual([
      'Limpeza de fossa',
      'Limpeza de fossa (acima disso)',
      'Para Laguna',
    ]);
    expect(extractPrices('A starter culture, with instructions, £8.', 'GB')[0]?.label).not.toBe('instructions');
  });
});

describe('a price pointing back at the one before', () => {
  it('is that item beyond its limit, or the item with the words as said', () => {
    const labels = (prompt: string) => extractPrices(prompt, undefined).map((price) => price.label);
    expect(labels('borracharia em Formiga, socorro ate 10 km R$ 60, acima disso R$ 3 o km.')).toEqual([
      'socorro ate 10 km',
      'socorro acima de 10 km',
    ]);
    expect(labels('Towing in Leeds: call-out up to 15 miles £60, above that £2 a mile.')).toEqual([
      'call-out up to 15 miles',
      'call-out above 15 miles',
    ]);
  });
});

describe('square and cubic metres typed without superscripts', () => {
  it('keeps the power with the unit ("per m2" → "per m²"), never cuts it as the next amount', () => {
    const units = (prompt: string) => extractPrices(prompt, 'BR').map((price) => price.unit);
    expect(units('Pintura de parede R$ 25 o m2. Terra R$ 90 o m3.')).toEqual(['o m²', 'o m³']);
    expect(extractPrices('Roof painting: $12 per m2, gutters $30 per metre', 'AU').map((price) => price.unit)).toEqual([
      'per m²',
      'per metre',
    ]);
  });
});

describe('how a distance is counted', () => {
  it('keeps "ida e volta", "ida y vuelta", "each way" with a price per km — never cards "Ida" and "Vuelta"', () => {
    expect(extractPrices('Frete R$ 2,50 por km, ida e volta.', 'BR')[0]?.unit).toBe('por km, ida e volta');
    expect(extractPrices('Fuera de Salto cobramos $ 30 por kilómetro desde Salto, ida y vuelta.', 'UY')[0]?.unit).toBe(
      'por kilómetro desde Salto, ida y vuelta',
    );
    expect(extractPrices('Travel is £0.45 a mile, each way.', 'GB')[0]?.unit).toBe('a mile, each way');
    const offered = (extractBrief({ prompt: 'Esquilamos en Salto. Fuera de Salto cobramos $ 30 por kilómetro, ida y vuelta.' }).items ?? [])
      .filter((item) => item.role === 'offering')
      .map((item) => item.text.toLowerCase());
    expect(offered).not.toContain('ida');
    expect(offered).not.toContain('vuelta');
  });
});

describe('a price in parentheses after its thing', () => {
  it('is that thing’s, with the words inside saying which, and no verb before it', () => {
    const labels = extractPrices('Também fazemos toalhas bordadas (a de mesa desde R$ 180) e bordamos enxovais (desde R$ 350).', 'BR').map(
      (price) => price.label,
    );
    expect(labels).toEqual(['toalhas bordadas (mesa)', 'bordamos enxovais']);
  });
});

describe('a unit said with "an", or before the rest of its clause', () => {
  it('keeps "an hour" and "a km" with the price, the clause after it left out', () => {
    const prices = extractPrices('Saddle fitting: $75 an hour. I travel to farms near Oamaru, $2 a km from the workshop.', 'NZ');
    expect(prices.map((price) => [price.amount, price.unit])).toEqual([
      [75, 'an hour'],
      [2, 'a km'],
    ]);
  });
});

describe('a price after a comma in a list run on after a colon', () => {
  it('is for the item before the comma, in lowercase as lists are', () => {
    const labels = extractPrices('Os preços são estes: meia sola, 9 euros; troca de salto, 6 euros; tacão novo, 12 euros.', 'PT').map(
      (price) => price.label,
    );
    expect(labels).toEqual(['meia sola', 'troca de salto', 'tacão novo']);
  });
});

// "Arranjar um guarda-chuva … de quatro a oito euros" became a price of 8 € labelled "4", and
// "de 4 € a 8 €" two prices, the first "per a".
describe('a price range', () => {
  it('is one price from its bottom up to its top, with the label before it and the unit after it', () => {
    const ranges = (text: string, country: string) =>
      extractPrices(text, country).map(({ label, amount, upTo, unit }) => ({ label, amount, upTo, unit }));
    expect(ranges('Conserto de sombrinha: de 5 a 9 euros.', 'PT')).toEqual([
      { label: 'Conserto de sombrinha', amount: 5, upTo: 9, unit: undefined },
    ]);
    expect(ranges('Conserto de sombrinha: de 5 € a 9 €.', 'PT')).toEqual([
      { label: 'Conserto de sombrinha', amount: 5, upTo: 9, unit: undefined },
    ]);
    expect(ranges('Gutter cleaning $80 to $140 a house. Downspouts $25.', 'US')).toEqual([
      { label: 'Gutter cleaning', amount: 80, upTo: 140, unit: 'a house' },
      { label: 'Downspouts', amount: 25, upTo: undefined, unit: undefined },
    ]);
    expect(ranges('Pintura de portão: entre 300 e 500 reais.', 'BR')[0]).toMatchObject({
      label: 'Pintura de portão',
      amount: 300,
      upTo: 500,
    });
    // Two items with a dash between a count and a price are no range; nor "até", a threshold.
    expect(ranges('Kit 3 - 45 €', 'PT')[0]).toMatchObject({ amount: 45, upTo: undefined });
    expect(ranges('Frete R$ 10 até R$ 100 em compras.', 'BR').map((price) => price.upTo)).toEqual([undefined, undefined]);
  });

  it('is shown as the locale writes a range', () => {
    expect(givenPriceText({ amount: 150, currency: 'BRL', upTo: 220 }, ['pt-BR']).in('pt-BR')).toMatch(
      /^R\$\s?150,00\s?[–-]\s?(?:R\$\s?)?220,00$/u,
    );
    expect(givenPriceText({ amount: 80, currency: 'USD', upTo: 140 }, ['en']).in('en')).toMatch(/^\$80\.00\s?[–-]\s?\$?140\.00$/u);
    // A top with cents keeps them, where whole pesos are written without.
    expect(givenPriceText({ amount: 80, currency: 'MXN', upTo: 95.5 }, ['es']).in('es')).toMatch(/95[.,]50/u);
  });
});

describe('a price at the end of its line', () => {
  it('takes no unit from the line after it', () => {
    const prices = extractPrices('- amolar faca: R$ 25\n- amolar tesoura: R$ 30\n\no kit de pedras é japonês.', 'BR');
    expect(prices.map((price) => price.unit)).toEqual([undefined, undefined]);
    expect(extractPrices('Empadas: 4 € o cento\nentrega à parte', 'PT')[0]!.unit).toBe('o cento');
  });
});

describe('the dollar as Uruguay and Argentina write it', () => {
  it('"U$S", "u$s", "U$D" are US dollars', () => {
    const prices = extractPrices('Poda de viña U$S 2,50 por planta; flete u$s 80; tractor U$D 45 la hora', 'UY');
    expect(prices.map((price) => [price.amount, price.currency])).toEqual([
      [2.5, 'USD'],
      [80, 'USD'],
      [45, 'USD'],
    ]);
  });
});

describe('a price for the subject of its sentence, asides between', () => {
  it('is that subject’s, with a short measure beside it', () => {
    const labels = extractPrices(
      'Os cestos: o cesto grande, de 40 cm, com alça de couro, custa 90 reais. O médio, de 30 cm, 60 reais. E o pequeno, 35 reais.',
      'BR',
    ).map((price) => [price.amount, price.label]);
    expect(labels).toEqual([
      [90, 'cesto grande, de 40 cm'],
      [60, 'médio, de 30 cm'],
      [35, 'pequeno'],
    ]);
  });

  it('the last of a run of items after "and" is its own', () => {
    const labels = extractPrices('La silla sale $20.000, y la mesa de pino, $55.000.', 'CL').map((price) => price.label);
    expect(labels).toEqual(['La silla', 'mesa de pino']);
  });

  it('a sentence opened by a place is no subject', () => {
    expect(extractPrices('Em Itu, de carro, 30 reais.', 'BR')[0]?.label).not.toBe('Itu');
  });
});

describe('what is said between a price’s label and its amount', () => {
  it('is the label’s, never a card of its own', () => {
    const brief = extractBrief({
      prompt:
        'Faço cestos de vime em Itu. O cesto grande, de quarenta centímetros, que serve para piquenique, custa noventa reais. O médio, de trinta centímetros, sessenta reais. Faço também fruteiras e bandejas.',
    });
    const said = (brief.items ?? []).map((item) => item.text);
    expect(said.join(' | ')).not.toMatch(/piquenique|custa/);
    expect(said.filter((text) => /^(?:de )?\d+ centímetros$/.test(text))).toEqual([]);
    expect(said.join(' | ')).toMatch(/fruteiras/);
  });
});

// A price list's other way of setting a price beside its item: a dash.
describe('a price after a dash on its line', () => {
  it('is for the words before the dash, digits and all', () => {
    const labels = (prompt: string) => extractBrief({ prompt }).facts.prices.map((price) => [price.label, price.amount]);
    expect(labels('Barbearia em Natal.\nCorte - R$ 30\nBarba – R$ 20')).toEqual([
      ['Corte', 30],
      ['Barba', 20],
    ]);
    expect(labels('Swimming lessons in Gweru:\n45 min - US$12\n10 lessons - US$100\nPool hire for a party - US$60')).toEqual([
      ['45 min', 12],
      ['10 lessons', 100],
      ['Pool hire for a party', 60],
    ]);
  });
});
