import { describe, expect, it } from 'vitest';
import { screenCards } from './screen-cards';
import { extractBrief } from './extract-brief';
import type { BriefItem } from './site-brief-schema';

const offer = (text: string): BriefItem => ({ text, role: 'offering' });
const kept = (text: string, items: BriefItem[], priceTexts: string[] = []) =>
  screenCards({ items, text, priceTexts }).items.map((item) => item.text);

describe('screenCards', () => {
  it('drops a heading that ends in a colon with no price on its line, and keeps a priced one', () => {
    const text = 'Importante: não trabalho aos domingos.\nServiços e preços:\n- Bainha: 15€\n- Fecho: 20€';
    expect(kept(text, [offer('Importante'), offer('Serviços'), offer('Bainha'), offer('Fecho')], ['15€', '20€'])).toEqual([
      'Bainha',
      'Fecho',
    ]);
  });

  it('drops ways to pay and what a sentence about paying says', () => {
    const text = 'Corte de grama R$ 80. Pagamento por Pix ou dinheiro, no fim do serviço. Also tarjeta.';
    expect(kept(text, [offer('Corte de grama'), offer('fim do serviço'), offer('tarjeta')], ['R$ 80'])).toEqual(['Corte de grama']);
  });

  it('drops what a sentence thanking us says, and nothing else', () => {
    const text = 'Hi, thanks for having a go at this. I clean gutters and windows in Dunedin.';
    expect(kept(text, [offer('having a go'), offer('gutters'), offer('windows')])).toEqual(['gutters', 'windows']);
  });

  it('keeps a thing sold that opens a line without a colon', () => {
    const text = 'Bolos de pote\nBrigadeiro: 3 por R$ 10';
    expect(kept(text, [offer('Bolos de pote'), offer('Brigadeiro')], ['R$ 10'])).toEqual(['Bolos de pote', 'Brigadeiro']);
  });

  it('sets aside a told part that is a heading, asks us for the form, or is a short condition alone', () => {
    const text =
      "What I don't do: ceramic knives.\nKitchen knives $8 each, or $6 each if you bring five or more. A form would be handy for drop-offs. Se desmarcar o sinal não volta.";
    const told = (words: string): BriefItem => ({ text: words, role: 'detail' });
    expect(
      kept(
        text,
        [
          told("What I don't do"),
          told('if you bring five or more'),
          told('form would be handy for drop-offs'),
          told('Se desmarcar o sinal não volta'),
        ],
        ['$8', '$6'],
      ),
    ).toEqual(['Se desmarcar o sinal não volta']);
  });

  it('makes an offering refused by a negation closing its clause a refusal, said once', () => {
    const text = 'só gatos! cães não, coelhos e pássaros também não. Trabajamos con tela y pana; cuero natural no.';
    const out = screenCards({
      items: [offer('coelhos'), { text: 'pássaros também não', role: 'detail' }, offer('tela'), offer('cuero natural')],
      text,
      priceTexts: [],
    }).items;
    expect(out).toEqual([
      { text: 'coelhos e pássaros também não', role: 'exclusion' },
      offer('tela'),
      { text: 'cuero natural no', role: 'exclusion' },
    ]);
  });

  it('says a told part once when a longer one already says every word of it', () => {
    const text = 'Pet sitting em Olhão. Gatos. Vou a casa das pessoas tratar dos gatos.';
    const told = (words: string): BriefItem => ({ text: words, role: 'detail' });
    expect(kept(text, [told('gatos'), told('vou a casa das pessoas tratar dos gatos')])).toEqual([
      'vou a casa das pessoas tratar dos gatos',
    ]);
  });

  it('tells towns listed as offerings once, as the clause that lists them', () => {
    const text = 'Limpeza de poço R$ 300.\natendo pombal, sousa e patos. poço até 10 m.';
    const out = screenCards({
      items: [offer('Limpeza de poço'), offer('sousa'), offer('patos')],
      text,
      priceTexts: ['R$ 300'],
      country: 'BR',
    });
    expect(out.items).toEqual([offer('Limpeza de poço'), { text: 'atendo pombal, sousa e patos', role: 'detail' }]);
  });

  it('never makes a card of a thing that ends with its own negation, and says a refusal once', () => {
    const text = 'delivery in bulls and marton. palmy and whanganui no.';
    const out = screenCards({ items: [offer('palmy and whanganui no'), offer('whanganui no')], text, priceTexts: [] }).items;
    expect(out).toEqual([{ text: 'palmy and whanganui no', role: 'exclusion' }]);
  });
});

// Set 25's gardener: "trabalho em vagos, calvao, sosa e gafanha da boa hora" gave two cards, Sosa
// and Gafanha da Boa Hora — parishes the gazetteer does not know, in a list a town opens.
describe('a list of places a town opens', () => {
  it('is told once as the clause, its unknown villages included, never a card each', () => {
    const brief = extractBrief({ prompt: 'faço jardins. trabalho em mealhada, pampilhosa, casal comba e luso. tlm 912 345 678' });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings.join(' | ')).not.toMatch(/pampilhosa|casal comba|luso/i);
    expect((brief.items ?? []).map((item) => item.text).join(' | ')).toMatch(/casal comba e luso/);
  });

  it('a list of things after a place is still a list of things', () => {
    const brief = extractBrief({ prompt: 'Loja em Mealhada: bolos, pão e doces. Tlm 912 345 678' });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
    expect(offerings).toEqual(expect.arrayContaining(['bolos']));
  });
});

describe('a person named beside a comma', () => {
  const read = (prompt: string) => extractBrief({ prompt });
  const cards = (prompt: string) =>
    (read(prompt).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());

  it('is never a card', () => {
    expect(cards('Marcenaria em Caxias do Sul. Sou o Zeca, o dono. Faço mesa, cadeira e armário.')).not.toContain('dono');
    expect(cards('Taller de bicis en Rosario. Arreglamos frenos y ruedas. Me ayuda Nacho, mi sobrino.')).not.toContain('mi sobrino');
    expect(kept('Sou o Zeca, o dono.', [offer('o dono'), offer('mesa')])).toEqual(['mesa']);
  });

  it('is never what the business is', () => {
    expect(read("Phone repairs in Leicester. I'm Priya, the owner. We fix screens, batteries and charging ports.").what).not.toBe('owner');
  });
});

describe('a town, then the terms of going there', () => {
  const cards = (prompt: string) =>
    (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
  const told = (prompt: string) =>
    (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'detail').map((item) => item.text.toLowerCase());

  it('is where the business goes, said whole — never a card', () => {
    const pools = 'Limpeza de piscinas em Campinas. Faço limpeza semanal. Valinhos sem taxa, Vinhedo só acima de 3 piscinas.';
    expect(cards(pools).join(' | ')).not.toMatch(/valinhos|vinhedo/);
    expect(told(pools)).toContain('valinhos sem taxa, vinhedo só acima de 3 piscinas');
    expect(
      cards('Gutter cleaning in Leeds. I clear gutters, downpipes and moss off roofs. Bradford too far, sorry.').join(' | '),
    ).not.toMatch(/bradford/);
    expect(
      cards('Poda de árboles en Valladolid. Hago poda, tala y desbroce. Laguna de Duero también, Medina del Campo no.').join(' | '),
    ).not.toMatch(/laguna|medina/);
  });

  it('leaves a town followed by a thing, and a trip with its price', () => {
    // Pimenta is a town in Minas Gerais too.
    expect(cards('Conservas caseiras em Formiga MG. Vendo pimenta biquinho, jiló em conserva e doce de leite.')).toContain(
      'pimenta biquinho',
    );
    const trip = screenCards({
      items: [offer('Valladolid a Medina del Campo')],
      text: 'Mudanzas en Valladolid. Valladolid a Medina del Campo 180 €.',
      priceTexts: ['180 €'],
      country: 'ES',
      lang: 'es-ES',
    });
    expect(trip.items.map((item) => item.role)).toEqual(['offering']);
  });
});

describe('a thing that starts with a town’s name', () => {
  const cards = (prompt: string) =>
    (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());

  it('stays a card where the writer capitalises towns', () => {
    // Pimenta and Bonito are towns in Brazil too.
    expect(cards('Empório em Campinas. Vendo pimenta sem semente, bonito sem espinha e queijo.')).toEqual(
      expect.arrayContaining(['pimenta sem semente', 'bonito sem espinha']),
    );
  });
});

describe('a card left of a clause about people', () => {
  it('is never a thing sold; what is for someone still is', () => {
    const offered = (prompt: string) =>
      (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
    const pt = offered(
      'Sou a Dora, faço bonecas de pano em Caruaru com minha irmã, que costura comigo. Bonecas, bolsas e chaveiros. WhatsApp (81) 99876-1234.',
    );
    expect(pt.join(' | ')).not.toMatch(/costura comigo/);
    expect(pt).toEqual(expect.arrayContaining(['bonecas']));
    const en = offered('I carve spoons in Ludlow. My uncle showed me, years ago. Spoons, bowls and gifts for her. Call 07700 900333.');
    expect(en.join(' | ')).not.toMatch(/showed me/);
  });
});

describe('a named place read as a card', () => {
  it('is where, never a thing sold', () => {
    const offered = (
      extractBrief({
        prompt:
          'Sou o Raimundo. Faço rede de pesca faz 30 anos, aqui na praia do Pecém, em São Gonçalo do Amarante, no Ceará. Tarrafa R$ 250. WhatsApp (85) 99711-2233.',
      }).items ?? []
    )
      .filter((item) => item.role === 'offering')
      .map((item) => item.text.toLowerCase());
    expect(offered.join(' | ')).not.toMatch(/pecém/);
    expect(offered).toEqual(expect.arrayContaining(['tarrafa']));
  });
});

describe('how or where the work is done, read as a card', () => {
  it('is no thing sold: a lone word after "à"/"na"/"at", a verb with its pronoun joined on', () => {
    const offered = (
      extractBrief({
        prompt:
          'Faço cestos de vime, à mão, na oficina ou em casa do cliente, e envernizo-os no fim. Cesto de vindima 35 €, cesto de pão 20 €. Telemóvel 912 345 678.',
      }).items ?? []
    )
      .filter((item) => item.role === 'offering')
      .map((item) => item.text.toLowerCase());
    expect(offered.join(' | ')).not.toMatch(/^(?:mão|oficina)$|envernizo-os/m);
    expect(offered.join(' | ')).toMatch(/cesto de vindima/);
  });
});

describe('a word of grammar or chat left between commas', () => {
  it('is never a card; an abbreviation of two letters is', () => {
    const text = 'Ta, te explico. Hago alfajores y tortas fritas en Minas, Lavalleja, bo, y los vendo en la feria. Abrazo.';
    const offered = (extractBrief({ prompt: text }).items ?? [])
      .filter((item) => item.role === 'offering')
      .map((item) => item.text.toLowerCase());
    expect(offered).toEqual(['alfajores', 'tortas fritas']);
    expect(
      screenCards({
        items: [offer('TV'), offer('eh'), offer('som')],
        text: 'Conserto TV, som, eh, tudo isso.',
        priceTexts: [],
        lang: 'pt-BR',
      }).items.map((item) => item.text),
    ).toEqual(['TV', 'som']);
  });
});

describe('one word after "que" closing its clause', () => {
  it('is the reason’s verb, never a card', () => {
    for (const prompt of [
      'Faço vasos de cerâmica em Cunha. Por correio não envio, que racha. Entrego em Taubaté.',
      'Hago tortas en Rosario. Envíos no hago porque se desarma. Retiro en el local.',
    ]) {
      const cards = (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
      expect(cards.join(' | '), prompt).not.toMatch(/^racha$|\| racha|desarma/);
    }
  });

  it('a thing named after "que" elsewhere too stays', () => {
    const cards = (extractBrief({ prompt: 'Vendo o que colho: alface, couve e rúcula.' }).items ?? []).map((item) => item.text);
    expect(cards).toEqual(expect.arrayContaining(['alface', 'couve']));
  });
});

describe('a month or an apology', () => {
  it('is no card of its own', () => {
    const text =
      'Faço cestos de vime em Ponte de Lima. Cesto grande, cesto pequeno. Em julho e agosto vendo na feira. Desculpe, escrevo mal.';
    expect(kept(text, [offer('Cesto grande'), offer('Julho'), offer('agosto'), offer('Desculpe'), offer('cesto pequeno')])).toEqual([
      'Cesto grande',
      'cesto pequeno',
    ]);
  });

  it('keeps one word another card also holds: "corte" beside "corte infantil" is a service of its own', () => {
    const text = 'Salão em Lages: corte, corte infantil e escova.';
    expect(kept(text, [offer('corte'), offer('corte infantil'), offer('escova')])).toEqual(['corte', 'corte infantil', 'escova']);
  });
});

describe("a state of the business's country", () => {
  it('is where, never a card', () => {
    const text = 'Faço renda em Divina Pastora. Renda de bilro, toalha. Tudo daqui, Sergipe.';
    const items = screenCards({
      items: [offer('Renda de bilro'), offer('toalha'), offer('Sergipe')],
      text,
      priceTexts: [],
      country: 'BR',
    }).items;
    expect(items.filter((item) => item.role === 'offering').map((item) => item.text)).toEqual(['Renda de bilro', 'toalha']);
  });
});
