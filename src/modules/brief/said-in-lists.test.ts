import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { screenCards } from './screen-cards';

const cards = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering' || item.role === 'topic').map((item) => item.text);

// "Full groom for small dogs $75, medium $90, large $110" made cards "Medium" and "Large".
describe('a variant priced alone after its sibling', () => {
  it('is the same thing in that variant', () => {
    expect(cards('Dog grooming in Leeds. Full groom for small dogs $75, medium $90, large $110.')).toEqual([
      'Full groom for small dogs',
      'Full groom for medium dogs',
      'Full groom for large dogs',
    ]);
    expect(cards('Banho e tosa em Natal: cães pequenos R$ 60, médios R$ 80, grandes R$ 100.')).toEqual(
      expect.arrayContaining(['cães médios', 'cães grandes']),
    );
  });
});

// "Book through the site please, with the dog's breed, size and any health issues": the fields
// became a topic ("Dog's breed", with a template paragraph) and a card, and the form asked none.
describe('a booking or a quote asked of the site, with what it asks', () => {
  it('is the form, and its fields are no cards', () => {
    const brief = extractBrief({
      prompt:
        "Mobile dog groomer in Asheville, NC. Full groom $75. Book through the site please, with the dog's breed, size and any health issues.",
    });
    expect(brief.formFields?.map((field) => field.text)).toEqual(["dog's breed", 'size', 'any health issues']);
    expect(
      cards("Mobile dog groomer in Asheville, NC. Book through the site please, with the dog's breed, size and any health issues."),
    ).toEqual([]);
    expect(
      extractBrief({ prompt: 'Banho e tosa em Campinas. Agendamento pelo site com nome do pet, raça e horário.' }).formFields?.map(
        (field) => field.text,
      ),
    ).toEqual(['nome do pet', 'raça', 'horário']);
  });

  it('needs the site named: a free quote with a visit lists no fields', () => {
    expect(extractBrief({ prompt: 'Pintor em Campinas. Orçamento grátis com visita técnica.' }).formFields ?? []).toEqual([]);
  });
});

// "Queria um site bonito, delicado, com fotos dos doces": "Delicado" was a card.
describe('words listed after the looks of the site', () => {
  it('describe the site too', () => {
    expect(cards('Faço doces finos em Uberlândia. Queria um site bonito, delicado, com fotos dos doces.')).not.toContain('delicado');
  });
});

// "mecânica de motos em Setúbal desde 1998" was a card.
describe('how long the business has been at it', () => {
  it('is told, never a card', () => {
    expect(cards('Somos a Oficina do Bigode, mecânica de motos em Setúbal desde 1998. Fazemos revisões e pneus.')).toEqual([
      'revisões',
      'pneus',
    ]);
  });
});

// "presencial em Santo André", "barrio Cordón" and "Dogs on leash welcome" were cards.
describe('where the business is, and what it allows', () => {
  it('is told, never a card', () => {
    expect(cards('Sou psicóloga clínica, atendo adultos, presencial em Santo André e online. Sessão R$ 180.')).not.toContain(
      'presencial em Santo André',
    );
    const bakery =
      extractBrief({ prompt: 'Somos una panadería de masa madre en Montevideo, barrio Cordón. Pan de campo $180.' }).items ?? [];
    expect(bakery).toContainEqual({ text: 'barrio Cordón', role: 'detail' });
    expect(cards('Family-run orchard in Hood River, Oregon. U-pick apples. Dogs on leash welcome.')).not.toContain('Dogs on leash welcome');
  });

  it('stays a card when priced on its line', () => {
    const screened = screenCards({
      items: [{ text: 'Bairro Alto tour', role: 'offering' }],
      text: 'Walking tours in Lisbon. Bairro Alto tour 25€.',
      priceTexts: ['25€'],
      country: 'PT',
      lang: 'en',
      place: 'Lisbon',
    });
    expect(screened.items).toEqual([{ text: 'Bairro Alto tour', role: 'offering' }]);
  });
});
