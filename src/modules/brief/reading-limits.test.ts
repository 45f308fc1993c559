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

describe('the second review’s cases', () => {
  it.each([
    'Sou a Carla, faço unhas em Sorocaba. Meu WhatsApp é (15) 99876-5432. O fixo da minha casa é (15) 3222-1100, esse não pode aparecer.',
    'Plumber in Leeds, call 07700 900123. My home line is 0113 496 0000 — that one must never appear.',
    'Plumber in Leeds, call 07700 900123. My home number is 0113 496 0000, don’t put it up please.',
    'Plumber in Leeds, call 07700 900123. Home number 0113 496 0000, don’t post that one anywhere.',
    'Jardinero en Málaga, móvil 612 345 678. El fijo es 952 111 222, no pongas ese también.',
  ])('a private number pointed back at stays off: %s', (prompt) => {
    expect(digits(prompt)).toHaveLength(1);
  });

  it.each([
    'Minha filha sugeriu o nome "Cantinho da Vovó". Não gostei. Faço marmitas caseiras em Uberlândia.',
    'Mi socio propuso "El Rincón del Sabor". Ni loco. Hago empanadas en Salta.',
  ])('a proposal refused in the short sentence after it is no name: %s', (prompt) => {
    expect(extractBrief({ prompt }).name).toBeNull();
  });

  it.each([
    'Eletricista em Juiz de Fora. Só atendo por SMS no 32 99911-2233.',
    'Roofer in Bristol. I only answer texts on 07700 900456, can’t pick up on a roof.',
    'Fontanero en Zaragoza. Solo contesto mensajes de texto al 612 345 678.',
  ])('texts only with a verb between: %s', (prompt) => {
    expect(extractBrief({ prompt }).facts.reachOnly).toBe('sms');
  });

  it('a card said inside a price’s aside and again on its own stays', () => {
    const prompt =
      'Doceria em Maceió. O bolo de aniversário, que vai recheado de brigadeiro, custa 80 reais. Também vendo brigadeiro, beijinho e cajuzinho.';
    expect((extractBrief({ prompt }).items ?? []).map((item) => item.text)).toContain('brigadeiro');
  });

  it.each([
    ['Confeitaria em Niterói. Fazemos muito mais que bolos, também docinhos, tortas e cupcakes.', 'bolos'],
    ['Panadería en Rosario. Hacemos más que pan, también facturas, alfajores y tortas.', 'pan'],
  ])('a comparison keeps the thing after "que": %s', (prompt, card) => {
    expect((extractBrief({ prompt }).items ?? []).map((item) => item.text)).toContain(card);
  });

  it.each([
    ['Barbearia em Natal. Nome: quero Barbearia do Careca.', 'Barbearia do Careca'],
    ['Pastelaria em Setúbal, nome: queremos Doce Sado.', 'Doce Sado'],
  ])('"Nome: quero …" gives the name without the wish: %s', (prompt, name) => {
    expect(extractBrief({ prompt }).name).toBe(name);
  });

  it.each([
    ['Cabeleireira em Bom Jesus, não a do piauí, a do rio grande do sul. Corte e escova.', /piau/],
    ['sou pedreiro em palmeira, a do paraná, não a de santa catarina. faço muro e calçada.', /santa catarina/],
  ])('another place refused in lowercase is said to us: %s', (prompt, other) => {
    expect(JSON.stringify(extractBrief({ prompt }).items)).not.toMatch(other);
  });

  it.each([
    'Pastelería en Cádiz: tartas, pasteles y galletas. Visítenos.',
    'Taller mecánico en Lima. Cambio de aceite y frenos. Contáctenos de 8 a 18 horas.',
  ])('an invitation to the visitor is no card: %s', (prompt) => {
    const cards = (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(cards.join(' | ')).not.toMatch(/Visítenos|Contáctenos/);
  });
});
