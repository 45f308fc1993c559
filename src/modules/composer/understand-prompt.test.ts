import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { understandPrompt } from './understand-prompt';

const read = (prompt: string, locales: string[] = ['pt-BR', 'en'], businessKind?: string) =>
  understandPrompt({ prompt, locales, businessKind }, createRng(1));

describe('understandPrompt', () => {
  it.each([
    ['a landing page for a vegan bakery in Lisbon', 'bakery', undefined, 'Lisbon'],
    ['site para minha barbearia no centro de Curitiba, chamada Navalha de Ouro', 'barber', 'Navalha de Ouro', 'Curitiba'],
    ['escritório de advocacia trabalhista em São Paulo', 'lawyer', undefined, 'São Paulo'],
    ['yoga studio in Brooklyn with morning classes', 'yoga', undefined, 'Brooklyn'],
    ['Clínica odontológica Sorriso em Recife, atendimento 24h', 'dentist', 'Clínica Odontológica Sorriso', 'Recife'],
    ['panadería artesanal en Madrid llamada La Miga', 'bakery', 'La Miga', 'Madrid'],
    ['"Green Crumb" is a plant-based bakery in São Paulo', 'bakery', 'Green Crumb', 'São Paulo'],
    ['Café Aroma, a cozy coffee shop near the university', 'cafe', 'Café Aroma', undefined],
    ['restaurante italiano familiar no Rio, com delivery', 'restaurant', undefined, 'Rio de Janeiro'],
    ['a bar with live music in Austin', 'bar', undefined, 'Austin'],
    ['hair salon and nails studio in Manchester called Velvet', 'salon', 'Velvet', 'Manchester'],
    ['CrossFit box em Belo Horizonte', 'gym', undefined, 'Belo Horizonte'],
    ['clínica veterinária 24 horas em Porto Alegre', 'vet', undefined, 'Porto Alegre'],
    ['contador para pequenas empresas em Campinas', 'accountant', undefined, 'Campinas'],
    ['imobiliária em Florianópolis', 'realEstate', undefined, 'Florianópolis'],
    ['wedding photographer based in Dublin', 'photographer', undefined, 'Dublin'],
    ['assessoria de casamentos em Salvador', 'wedding', undefined, 'Salvador'],
    ['architecture studio in Berlin focused on timber houses', 'architect', undefined, 'Berlin'],
    ['construtora de casas em Goiânia', 'construction', undefined, 'Goiânia'],
    ['encanador e eletricista em Niterói, atendimento de emergência', 'trades', undefined, 'Niterói'],
    ['serviço de limpeza residencial em Brasília', 'cleaning', undefined, 'Brasília'],
    ['pet shop com banho e tosa em Santos', 'pet', undefined, 'Santos'],
    ['escola de inglês para crianças em Fortaleza', 'school', undefined, 'Fortaleza'],
    ['digital marketing agency in London', 'agency', undefined, 'London'],
    ['landing page for our SaaS app that automates invoices', 'startup', undefined, undefined],
    ['online store selling handmade candles', 'shop', undefined, undefined],
    ['floricultura em Manaus com entrega no mesmo dia', 'florist', undefined, 'Manaus'],
    ['pousada charmosa em Ipanema', 'hotel', undefined, 'Ipanema'],
    ['agência de viagens em Natal', 'travel', undefined, 'Natal'],
    ['banda de rock para casamentos e festas', 'musician', undefined, undefined],
    ['ONG que ajuda crianças em Belém', 'nonprofit', undefined, 'Belém'],
    ['consultoria de gestão para pequenas empresas', 'consultant', undefined, undefined],
    ['portfolio for Ana Souza, UX designer', 'portfolio', 'Ana Souza', undefined],
    ['something nice please', 'generic', undefined, undefined],
  ])('%s', (prompt, kind, name, place) => {
    const brief = read(prompt);
    expect(brief.kind.id).toBe(kind);
    if (name) {
      expect(brief.name).toBe(name);
      expect(brief.isNameStated).toBe(true);
    } else expect(brief.isNameStated).toBe(false);
    expect(brief.place?.en).toBe(place);
  });

  it('composes a name from kind, hint and place, in the main language', () => {
    expect(read('padaria vegana em Lisboa').name).toBe('Padaria Vegana Lisboa');
    expect(read('a vegan bakery in Lisbon', ['en']).name).toBe('Lisbon Vegan Bakery');
    expect(read('panadería en Madrid', ['es']).name).toBe('Panadería Madrid');
    expect(read('escritório de advocacia').name).toMatch(/Advocacia|Advogados/);
  });

  it('reads hints, contact details and opening hours', () => {
    const brief = read(
      'Padaria artesanal e orgânica com entrega grátis. Aberta de seg a sex das 7h às 19h e sábado 8h-13h. ' +
        'Rua Augusta, 1200. Fone (11) 3000-1234, contato@padaria.com.br, instagram @padariadobairro',
    );
    expect(brief.hints).toEqual(expect.arrayContaining(['organic', 'artisan', 'freeDelivery']));
    expect(brief.hints).not.toContain('delivery');
    expect(brief.contact).toEqual({
      phone: '11 3000-1234',
      email: 'contato@padaria.com.br',
      street: 'Rua Augusta, 1200',
      openingHours: ['Mo-Fr 07:00-19:00', 'Sa 08:00-13:00'],
      instagram: 'padariadobairro',
    });
    expect(read('dentist open 24/7 in Miami').contact.openingHours).toEqual(['Mo-Su 00:00-23:59']);
    expect(read('bar open Monday to Friday 5pm-11pm', ['en']).contact.openingHours).toEqual(['Mo-Fr 17:00-23:00']);
    expect(read('bakery with 2 or 3 ovens, founded 2019-2024').contact).toEqual({});
  });

  it('honours an explicit business kind (ours, schema.org, or words)', () => {
    expect(read('a place in Lisbon', ['en'], 'bakery').kind.id).toBe('bakery');
    expect(read('escritório de advocacia', ['pt-BR'], 'LegalService').kind.id).toBe('lawyer');
    expect(read('clínica veterinária', ['pt-BR'], 'MedicalBusiness').kind.id).toBe('vet');
    expect(read('something', ['en'], 'MedicalBusiness').kind.id).toBe('clinic');
    expect(read('something', ['en'], 'dog grooming').kind.id).toBe('pet');
  });

  it('never lets markup from the prompt into the name', () => {
    const brief = read('<script>alert(1)</script><b>bakery</b> called "<img src=x onerror=alert(1)>Evil Buns"');
    expect(brief.name).toBe('Evil Buns');
    expect(brief.kind.id).toBe('bakery');
  });
});
