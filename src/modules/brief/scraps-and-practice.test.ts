import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const itemsOf = (prompt: string) => extractBrief({ prompt }).items ?? [];

describe('what the person says of their own way of working', () => {
  it('"I don\'t use X" is an exclusion of the business, not an instruction to us', () => {
    const items = itemsOf('I clear wasp nests round Thirsk. Nest removal £55. I don’t use poison sprays near hives, never have.');
    expect(items).toContainEqual(expect.objectContaining({ role: 'exclusion', text: expect.stringMatching(/poison/) }));
    // …while "don't use X" said to us stays an instruction about the site.
    const site = extractBrief({ prompt: 'I clear wasp nests round Thirsk. Nest removal £55. Don’t use photos of wasps please.' });
    expect(JSON.stringify(site.items)).not.toMatch(/photos of wasps/);
  });
});

describe('a scrap of a sentence', () => {
  it('is never a card: a contracted verb, or the word for the work alone', () => {
    const offeringsOf = (prompt: string) =>
      (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
    const contracted = offeringsOf(
      "Gutter clearing in March. Gutter clearing £60, downpipe unblocking £40. No cards, haven't got the machine. If Pat answers, that's my wife, leave it with her.",
    );
    expect(contracted).toEqual(expect.arrayContaining([expect.stringMatching(/gutter clearing/)]));
    for (const scrap of [/haven't got/, /that's my wife/]) expect(contracted).not.toContainEqual(expect.stringMatching(scrap));
    const work = offeringsOf(
      "I'm Ron and I clear gutters. The business is Fenland Gutters, that's what's on the van. Gutter clearing £60.",
    );
    expect(work).not.toContain('business');
  });
});

describe('a long prompt', () => {
  it('keeps what its last paragraphs say (more than 30 things)', () => {
    const things = [
      'caneca',
      'tigela',
      'prato raso',
      'prato fundo',
      'travessa',
      'bule',
      'açucareiro',
      'moringa',
      'vaso alto',
      'vaso baixo',
    ];
    const list = things.map((thing, index) => `- ${thing}: R$ ${20 + index}`).join('\n');
    const told = [
      'Uso argila da serra.',
      'Queimo no forno a lenha.',
      'Cada peça leva duas semanas.',
      'O esmalte não tem chumbo.',
      'Pode ir ao micro-ondas.',
      'Não vai à máquina de lavar.',
      'Faço encomendas para restaurantes.',
      'Mínimo de seis peças por encomenda.',
      'Envio pelos Correios para todo o Brasil.',
      'A embalagem é reforçada.',
      'Peças com defeito eu troco.',
      'Aceito Pix e cartão.',
      'Dou aula aos sábados.',
      'A aula dura três horas.',
      'O ateliê fica na Rua do Comércio, 40.',
      'Tem estacionamento na rua.',
      'Recebo grupos de escola.',
      'Cada aluno leva a peça para casa.',
      'As peças saem em tons de terra.',
      'Também faço peças em azul.',
      'O azul leva mais tempo.',
      'Faço assinatura com o nome do cliente.',
      'A gravação custa à parte.',
    ];
    const brief = extractBrief({
      prompt: `Faço peças de cerâmica em Cunha.\n\n${list}\n\n${told.join(' ')}\n\nAbro de terça a domingo. Fecho em julho para férias.`,
    });
    expect((brief.items ?? []).length).toBeGreaterThan(30);
    expect(JSON.stringify(brief.items)).toContain('Fecho em julho para férias');
  });
});
