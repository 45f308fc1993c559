import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// What this session's new readers must leave alone: each case a false positive the diff review
// found, seen red on the code before its fix.
const digits = (prompt: string) => extractBrief({ prompt }).facts.phones.map((phone) => phone.replace(/\D/g, ''));

describe('a number is kept off only when its own sentence refuses putting it', () => {
  it.each([
    'Blocked drain? Don’t put it off — call Dave on 0412 555 666. Plumber in Geelong.',
    'Fontanero en Murcia. Llámanos al 968 123 456, no hay por qué esperar.',
    'Chaveiro em Campinas. Ligue 19 99876-5432, não tem por que esperar.',
    'Cabeleireira ao domicílio em Braga: se não pode sair, ligue 912 345 678.',
    'Podóloga a domicilio en Zaragoza. Si no puede salir, llame al 612 345 678.',
    'Marmitas em Itu. Peça pelo WhatsApp 11 98888-7777 e receba em casa, nem precisa sair.',
  ])('%s', (prompt) => {
    expect(digits(prompt)).toHaveLength(1);
  });
});

describe('texts only takes an "only" of the prompt’s language', () => {
  it.each([
    'Just call or text 021 555 1234. Mobile dog grooming in Tauranga.',
    'Removalist in Newcastle. Just text or call 0412 345 678.',
    'Lawn mowing in Bendigo. Call or text 0400 111 222, I’m often on a mower so texting is easiest.',
  ])('%s', (prompt) => {
    expect(extractBrief({ prompt }).facts.reachOnly).toBeUndefined();
  });
});

describe('a wish is no name cue, and a proposal taken up stays the name', () => {
  it.each([
    ['Florist in Leeds called Petal & Stem. I want Instagram and the shop name at the top.', 'Petal & Stem'],
    ['Panadería en Toluca, se llama La Espiga. Quiero Facebook y el nombre grande arriba.', 'La Espiga'],
    ['A minha sobrinha sugeriu "Sabor da Terra" e adorámos. Não fazemos entregas ao domicílio. Restaurante em Braga.', 'Sabor da Terra'],
    ['Meu marido sugeriu o nome "Cantinho da Vó" e eu amei! Não abrimos segunda. Restaurante em Itu.', 'Cantinho da Vó'],
    ['Mi socio dijo "Taller El Gallo" y así quedó, no hay vuelta atrás. Taller mecánico en Puebla.', 'Taller El Gallo'],
  ])('%s', (prompt, name) => {
    const brief = extractBrief({ prompt });
    expect(brief.name).toBe(name);
    expect(JSON.stringify(brief.items)).not.toMatch(/"called|"llama/);
  });

  it('what is told after a proposal taken up stays told', () => {
    const brief = extractBrief({
      prompt: 'A minha sobrinha sugeriu "Sabor da Terra" e adorámos. Não fazemos entregas ao domicílio. Restaurante em Braga.',
    });
    expect(JSON.stringify(brief.items)).toMatch(/entregas/);
  });
});

describe('a refused thing that is no place stays told', () => {
  it.each([
    ['Café in Hobart, open daily, not Mondays.', /Mondays/],
    ['Barber in Akron. We take Visa and Mastercard, not Amex.', /Amex/],
    ['Manicure em Salvador. Faço unhas de gel, não as de fibra.', /fibra/],
  ])('%s', (prompt, told) => {
    const brief = extractBrief({ prompt });
    expect(JSON.stringify([...(brief.items ?? []), ...(brief.facts.payments ?? [])])).toMatch(told);
  });

  it('"não os de padaria" leaves what the business is', () => {
    expect(extractBrief({ prompt: 'Bolos caseiros, não os de padaria. Confeitaria da Rosa em Itu.' }).what).toMatch(/bolos/i);
  });
});

describe('a region written with its stops', () => {
  it('stays beside the town', () => {
    expect(extractBrief({ prompt: 'Bolos caseiros em Lagoa Santa, M.G. Encomendas pelo WhatsApp 31 99999-1234.' }).location?.text).toMatch(
      /Lagoa Santa, M\.?G/,
    );
  });
});
