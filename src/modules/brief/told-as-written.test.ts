import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const items = (prompt: string) => extractBrief({ prompt }).items ?? [];
const details = (prompt: string) =>
  items(prompt)
    .filter((item) => item.role === 'detail')
    .map((item) => item.text);
const cards = (prompt: string) =>
  items(prompt)
    .filter((item) => item.role === 'offering' || item.role === 'topic')
    .map((item) => item.text);

// "então preciso de pelo menos 15 dias de antecedência" was read as a request to us and dropped:
// the site never said how far ahead to order.
describe('what the business needs of its customers', () => {
  it('is its terms, told, never a request to us', () => {
    expect(
      details('Faço doces finos em Uberlândia. Trabalho sozinha em casa, então preciso de pelo menos 15 dias de antecedência.'),
    ).toContain('Trabalho sozinha em casa, então preciso de pelo menos 15 dias de antecedência');
    expect(details('Mobile dog groomer in Asheville. I need 48 hours notice for bookings.')).toContain(
      'I need 48 hours notice for bookings',
    );
    // …while a site asked for is still the request it was.
    expect(extractBrief({ prompt: 'Preciso de um site para minha padaria em Lisboa, aberta há 20 anos.' }).unused).toContainEqual({
      words: 'Preciso de um site',
      why: 'site',
    });
  });
});

// "Dog groomer in Leeds, I come to you with my van" lost its "I": the About read "Come to you with
// my van", an order.
describe('the person telling how they work', () => {
  it('is said with its "I"', () => {
    expect(details('Dog groomer in Leeds, I come to you with my van.')).toEqual(['I come to you with my van']);
  });

  it('goes on as written, its "e" and "com" kept', () => {
    expect(details('Sou a Ana, trabalho sozinha, e com calma.')).toContain('Sou a Ana, trabalho sozinha, e com calma');
  });

  it('tells what is said of all the work, never a card of its last word', () => {
    expect(cards('Somos uma padaria de bairro em Braga, fazemos tudo à mão, sem conservantes.')).not.toContain('mão');
    expect(details('Somos uma padaria de bairro em Braga, fazemos tudo à mão, sem conservantes.')).toContain(
      'fazemos tudo à mão, sem conservantes',
    );
  });
});

// "Não atendo por convênio" was read as "don't put…" ("por" is also "to put") and dropped as an
// instruction to us: the psychologist's site never said it takes no health plans.
describe('a rule with "por" after the business’s own verb', () => {
  it('is the business’s rule, never an instruction to us', () => {
    const items = extractBrief({ prompt: 'Sou psicóloga em Santo André. Não atendo por convênio, mas emito recibo para reembolso.' }).items;
    expect(items?.map((item) => item.text)).toEqual(expect.arrayContaining(['Não atendo por convênio', 'emito recibo para reembolso']));
    // "não por o meu endereço" is still "don't put my address".
    expect(extractBrief({ prompt: 'Sou psicóloga em Santo André. Não por o meu endereço no site.' }).unused).toContainEqual({
      words: 'Não por o meu endereço no site',
      why: 'site',
    });
  });
});

// "Sou psicóloga clínica (CRP 06/123456)": the registration was dropped as filler.
describe('a registration in brackets', () => {
  it('is the person’s credential', () => {
    expect(extractBrief({ prompt: 'Sou psicóloga clínica (CRP 06/123456), atendo adultos em Santo André.' }).items).toContainEqual({
      text: 'CRP 06/123456',
      role: 'credential',
    });
    // A model's code in brackets is no credential.
    expect(extractBrief({ prompt: 'Sofá 3 lugares (modelo ABC-123) R$ 900.' }).items?.some((item) => item.role === 'credential')).toBe(
      false,
    );
  });
});

// "Pode colocar que abrimos aos domingos" was published with its "Pode colocar que"; "Coloca que
// aceitamos MB Way" was dropped whole as an instruction to us.
describe('an instruction to us that brings the person’s words', () => {
  it('sets the lead aside and keeps the words', () => {
    const texts = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text);
    expect(texts('Padaria em Braga. Pode colocar que abrimos aos domingos de manhã.')).toContain('abrimos aos domingos de manhã');
    expect(texts('Padaria em Braga. Coloca que aceitamos MB Way.')).toContain('aceitamos MB Way');
    expect(texts("Saddler in Kildare. You can say it's been in the family since '84.")).toContain("it's been in the family since '84");
    expect(extractBrief({ prompt: 'Panadería en Talca. Pongan que hacemos tortas por encargo.' }).unused).toContainEqual({
      words: 'Pongan que',
      why: 'aside',
    });
  });
});
