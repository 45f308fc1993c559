import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// A town's name is shared across the world; the wrong one puts another country's code on the
// phone link and another currency on the prices.
describe('which town of a shared name', () => {
  it('the prompt’s language decides between same-named towns: Santa Cruz written in English is California’s', () => {
    const brief = extractBrief({ prompt: 'I shape custom surfboards in my garage near Pleasure Point, Santa Cruz. text (831) 555-0139' });
    expect(brief.location).toEqual({ text: 'Santa Cruz', country: 'US' });
    expect(extractBrief({ prompt: 'loja de surf em Santa Cruz' }).location?.country).toBe('BR');
  });

  it('a phone with its international prefix outweighs a small town of the same name elsewhere, never a large city', () => {
    const chile = extractBrief({
      prompt: 'gasfiter en Ñuñoa, Providencia y La Reina. mantencion de calefont $35.000. whatsapp +56 9 6284 1370',
    });
    expect(chile.location?.country).toBe('CL');
    expect(chile.facts.prices.map((price) => price.currency)).toEqual(['CLP']);
    expect(extractBrief({ prompt: 'Padaria em Lisboa, ligue +55 11 98765-4321' }).location?.country).toBe('PT');
  });

  it('"usa" and "uk" in lowercase are words ("si ya usa lentes"), the country only in capitals', () => {
    const spanish = extractBrief({ prompt: 'Zapatería en Puebla. Arreglamos el calzado que usa a diario tu familia.' });
    expect(spanish.location?.country).toBe('MX');
    expect(extractBrief({ prompt: 'Portuguese bakery in Newark, NJ, USA' }).location?.country).toBe('US');
  });
});

describe('a country the story names is not where the business is', () => {
  it('keeps the town’s country against a country of another language named elsewhere', () => {
    const cake = extractBrief({
      prompt: 'Vendo bolo do caco no Funchal. A minha filha mora na Venezuela e ajuda-me com as encomendas. Telemóvel 964 530 218.',
    });
    expect(cake.location).toEqual({ text: 'Funchal', country: 'PT' });
    expect(extractBrief({ prompt: 'Hago alfajores en Salto. Mi hermano vive en Brasil. Celular 099 123 456.' }).location?.country).toBe(
      'UY',
    );
    // A country said right after the town still says which town it is.
    expect(extractBrief({ prompt: 'Escuela de surf en Santa Cruz, Bolivia. Clases todos los días.' }).location?.country).toBe('BO');
  });

  it('a number from abroad written with its prefix is someone’s there when the business’s own numbers are the town’s', () => {
    // The town's own mobile written the local way, a friend's across the border with its prefix, and
    // that country named later as one no longer served: the business is where its town and number are.
    const fence = extractBrief({
      prompt:
        'Instalo cerca elétrica em Quaraí, aqui na fronteira. WhatsApp (55) 99876-1234. As peças eu compro com o Julio, +598 98 765 432, ' +
        'mas o número dele não vai no site. No Uruguai não instalo mais.',
    });
    expect(fence.location).toEqual({ text: 'Quaraí', country: 'BR' });
    expect(fence.facts.whatsapp).toBe('5555998761234');
    const wool = extractBrief({
      prompt:
        'Loja de lãs em Vila Nova de Cerveira, ao pé do rio. Encomendas pelo telefone da loja, 251 794 112. O fornecedor é o Paco, espanhol, +34 612 345 678. ' +
        'Para Espanha não envio.',
    });
    expect(wool.location?.country).toBe('PT');
    // With no number of the town's written the local way, the prefix still says where it is.
    expect(extractBrief({ prompt: 'gasfiter en Ñuñoa. whatsapp +56 9 6284 1370' }).location?.country).toBe('CL');
  });
});

// A town the gazetteer knows in one country, written with what says it is in another, or numbers
// that only happen to fit a third: the phone links must dial where the business is.
describe('the country said with the town outweighs a number or a well-known namesake', () => {
  it('"Town (Country)" or "Town, Region (Country)" places a well-known name abroad', () => {
    const brief = extractBrief({ prompt: 'Pupusería familiar en Berlín, Usulután (El Salvador). Pedidos por WhatsApp 7612-0459.' });
    expect(brief.location?.country).toBe('SV');
    expect(brief.facts.whatsapp).toBe('50376120459');
    expect(extractBrief({ prompt: 'Bäckerei-Café in Berlin. Bestellungen: Berlin Mitte.' }).location?.country).toBe('DE');
  });

  it('a number valid elsewhere that could be the town’s own keeps the town’s country', () => {
    const brief = extractBrief({ prompt: 'Doubles and roti stall in Sangre Grande. Call or WhatsApp (868) 555-0121.' });
    expect(brief.location?.country).toBe('TT');
    expect(brief.facts.whatsapp).toBe('18685550121');
  });

  it('a town written with its state keeps its country against a foreign number written with its prefix', () => {
    const brief = extractBrief({
      prompt: 'Conserto de barcos em Cáceres, Mato Grosso. Zap (65) 99645-2210. Do lado boliviano atendo pelo +591 7234 5678.',
    });
    expect(brief.location?.country).toBe('BR');
    expect(brief.facts.whatsapp).toBe('5565996452210');
  });
});

// What a review of the rule above found: a street or a shop named after a country is no country,
// and a number valid in a country of the prompt's language is surer than a town where it only fits.
describe('a street named after a country, and a number valid where the prompt’s language is spoken', () => {
  it('"Rua do Brasil", "Calle México", "Sabores do Brasil", a person after the comma leave the town where it is', () => {
    for (const [prompt, country] of [
      ['Café em Viseu, Rua do Brasil 3. WhatsApp 912 345 678.', 'PT'],
      ['Escola de música em Santarém (Casa do Brasil). Inscrições 243 123 456.', 'PT'],
      ['Mercearia em Santarém, Sabores do Brasil à sua porta. Encomendas 912 345 678.', 'PT'],
      ['Peluquería en Santiago, Avenida Brasil 1250. WhatsApp +56 9 8765 4321.', 'CL'],
      ['Cafetería en Córdoba, Calle México 12. WhatsApp 957 123 456.', 'ES'],
      // (…nor a person named after the comma, whose name is a town elsewhere.)
      ['Panadería en Córdoba, Mercedes y yo horneamos todo. Pan 3 €. Tel +34 612 345 678', 'ES'],
    ])
      expect(extractBrief({ prompt: prompt! }).location?.country, prompt).toBe(country);
  });

  it('a number valid in one country of the language outweighs a small town where it only has the length', () => {
    const brief = extractBrief({ prompt: 'Taquería en Chía. WhatsApp 55 1234 5678.' });
    expect(brief.facts.whatsapp).toBe('525512345678');
    expect(extractBrief({ prompt: 'Brigadeiros em Tavira. Encomendas pelo WhatsApp (11) 98765-4321.' }).facts.whatsapp).toBe(
      '5511987654321',
    );
  });
});
