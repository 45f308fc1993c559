import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { nationalNumberCountry } from './extract-facts';

// Set 25's gardener ("trabalho em vagos, calvao…", tlm 9xx) got no place at all: a town typed in
// lowercase counted only above 20 000 people. The phone number says whose towns the writer means.
describe('a small town typed in lowercase', () => {
  it('is the place after "em" when every phone number of the prompt is of its country', () => {
    const brief = extractBrief({ prompt: 'faço limpezas de casas. trabalho em mealhada, tondela e penacova. tlm 912 345 678' });
    expect(brief.location?.text).toBe('Mealhada');
    expect(brief.location?.country).toBe('PT');
  });

  it('is no place with a phone of another country, nor a month typed without its cedilla', () => {
    expect(
      extractBrief({ prompt: 'faço limpezas de casas. trabalho em mealhada e arredores. whats 11 98877-6655' }).location?.text,
    ).not.toBe('Mealhada');
    expect(
      extractBrief({ prompt: 'faço bolos de festa, as encomendas para a páscoa abrem em marco. whats 34 99812-4076' }).location?.text,
    ).not.toBe('Marco');
  });
});

// Set 26's repairman wrote "a domicilio en lobos" and "(02227) 15-48-2931": the gazetteer had no
// Lobos (GeoNames records no population for it) and the number's area code alone read as a whole
// Uruguayan number, so no country fitted and the site priced in dollars.
describe('a town GeoNames gives no population, and a number written in parts', () => {
  it('is the place when the prompt’s number is of its country', () => {
    const brief = extractBrief({ prompt: 'hago fletes y mudanzas chicas en navarro. cualquier cosa al (02227) 15-41-7788' });
    expect(brief.location?.text).toBe('Navarro');
    expect(brief.location?.country).toBe('AR');
  });

  it('reads an area code in parentheses with the rest of its number, never alone', () => {
    expect(nationalNumberCountry('llamame al (02227) 15-41-7788', ['AR', 'UY'])).toBe('AR');
  });
});

// Set 26's tyre shop "em nao-me-toque rs": GeoNames writes "Não Me Toque", and the town was not found.
describe('a town typed with hyphens for its spaces', () => {
  it('is the town, written as the gazetteer writes it, and never part of what the business is', () => {
    const brief = extractBrief({ prompt: 'chaveiro em santa-cruz-do-sul rs. cópia de chave R$ 15. whats 51 99812-3344' });
    expect(brief.location?.text).toBe('Santa Cruz do Sul');
    expect(brief.what).toBe('chaveiro');
  });
});

describe('an Argentine WhatsApp number', () => {
  const whatsapp = (prompt: string) => extractBrief({ prompt }).facts.whatsapp;

  it('dials the mobile "9" however it is written', () => {
    // Without "15" or "9" it reads as a landline: wa.me/54 249… reaches no one.
    expect(whatsapp('Carpintería en Tandil, hacemos muebles a medida. WhatsApp 249 452-3310')).toBe('5492494523310');
    expect(whatsapp('Fletes en Rosario, whatsapp 341 155 667788')).toBe('5493415667788');
    expect(whatsapp('Paseador de perros en Mendoza. Escribime al WhatsApp +54 9 261 488 2201')).toBe('5492614882201');
    // Elsewhere a number is dialled as it is.
    expect(whatsapp('Herrería en Puebla, hago portones. WhatsApp 222 155 2290')).toBe('522221552290');
  });
});

// A Mexican prompt naming a city our gazetteer knows by another name (GeoNames: "Santiago de
// Querétaro") got no country, so its WhatsApp button dialled nowhere. The number itself says where:
// of the countries that speak the prompt's language, only one numbering plan has it.
describe('a number written the local way, with no place we know the country of', () => {
  it('gives the country of the only plan, among the prompt language’s countries, that has the number', () => {
    const brief = extractBrief({ prompt: 'Arreglo persianas y cortinas enrollables en Querétaro, a domicilio. WhatsApp 442 318 5567' });
    expect(brief.location?.country).toBe('MX');
    expect(brief.facts.whatsapp).toBe('524423185567');
  });

  it('gives none when the number fits two plans', () => {
    // 418 123 4567 is a Venezuelan mobile and a Mexican number alike.
    expect(nationalNumberCountry('WhatsApp 418 123 4567', ['MX', 'VE'])).toBeUndefined();
    // …and a number only the full metadata rules out ("442…" is no Venezuelan mobile) is not "possible" there.
    expect(nationalNumberCountry('WhatsApp 442 318 5567', ['MX', 'VE'])).toBe('MX');
  });
});
