import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { extractPrices } from './extract-prices';

// Classes the set 38 review named, each in wording of our own: what a short, classified-ad style
// prompt says in a few words — prices after a refused place, sizes in a unit, a way to pay alone.

describe('a refused other place ends at a colon: the prices after it are told', () => {
  it('prices after "não a do …:" are read, with no label from the refusal', () => {
    const brief = extractBrief({
      prompt:
        'Vendo mel de Santa Maria, Pará, não a do Rio Grande do Sul: R$ 30 o pote, R$ 95 o balde de 5 litros. WhatsApp (91) 98765-4321',
    });
    expect(brief.facts.prices.map((price) => [price.amount, price.unit])).toEqual([
      [30, 'o pote'],
      [95, 'o balde de 5 litros'],
    ]);
    expect(brief.facts.prices.map((price) => price.label ?? '').join(' ')).not.toMatch(/Rio Grande/);
  });

  it('a dash ends it too', () => {
    const brief = extractBrief({ prompt: 'Lavo tapetes em Palmas, Tocantins, não a do Paraná — R$ 20 o metro. WhatsApp (63) 98765-4321' });
    expect(brief.facts.prices.map((price) => price.amount)).toEqual([20]);
  });
});

describe('a size written after the unit is part of it', () => {
  it.each([
    ['R$ 180 a peça de 5 kg', 'a peça de 5 kg'],
    ['9,50 € o frasco de 250 ml', 'o frasco de 250 ml'],
    ['$40 per bag of 20 lb', 'per bag of 20 lb'],
  ])('%s', (said, unit) => {
    const [price] = extractPrices(`Queijo: ${said}.`, said.startsWith('R$') ? 'BR' : said.includes('€') ? 'PT' : 'US');
    expect(price?.unit).toBe(unit);
  });

  it('a bare number after the unit is still the next amount, not the unit', () => {
    const [price] = extractPrices('Queijo: R$ 180 a peça 5 unidades por R$ 800.', 'BR');
    expect(price?.unit).toBe('a peça');
  });
});

describe('a way to pay written as a sentence of its own', () => {
  it.each([
    ['Faço bolo de pote em Itu. Entrego no centro. Pix. WhatsApp (11) 98765-4321', 'Pix'],
    ['Dog walking in Leeds, weekday mornings. Cash. Text 07700 900123', 'Cash'],
  ])('%s', (prompt, payment) => {
    expect(extractBrief({ prompt }).facts.payments).toEqual([payment]);
  });

  it('a lone word that might be something else is not read as one', () => {
    expect(extractBrief({ prompt: 'Consertos de relógio em Itu. Visa. WhatsApp (11) 98765-4321' }).facts.payments ?? []).toEqual([]);
  });
});

describe('the person giving their names first', () => {
  it('reads what the business is, and "Eu tenho uma dúvida" names no business', () => {
    expect(extractBrief({ prompt: 'My names are Grace Achieng and I run a tailoring shop in Kisumu.' }).what).toBe('tailoring shop');
    expect(extractBrief({ prompt: 'Eu tenho uma dúvida: faço bolos caseiros em Lages, dá para pôr fotos?' }).what).not.toBe('dúvida');
  });
});
