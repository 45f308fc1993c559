import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const locationOf = (prompt: string) => extractBrief({ prompt }).location;

describe('the town the opening puts the business in', () => {
  it('wins over the towns served, named later — a town with its state among them too', () => {
    expect(
      locationOf(
        'Bom dia. Tenho uma olaria em Campo Largo, no Paraná, e queria um site.\n\nEntrego em Balsa Nova, Araucária (PR) e Lapa. Telha R$ 3.',
      ),
    ).toMatchObject({ text: expect.stringMatching(/^Campo Largo/), country: 'BR' });
    expect(
      locationOf('Hi. We keep a small forge in Castleton, Derbyshire.\n\nWe deliver to Sheffield, Buxton and Bakewell. Hooks from £8.'),
    ).toMatchObject({ text: expect.stringMatching(/^Castleton/) });
  });

  it('takes a town the gazetteer does not know when the person places it (its region or municipality after it)', () => {
    expect(
      locationOf('Buenas. Les escribo desde Cudillero, en el concejo de Pravia. Reparo redes de pesca. Tel 600 112 233.')?.text,
    ).toMatch(/^Cudillero/);
    expect(locationOf('Hola. Tenemos un trapiche en Santa Teresita, Cartago, y vendemos tapa de dulce a ₡1.500.')?.text).toMatch(
      /^Santa Teresita/,
    );
  });

  it('is never a town ending a person’s name, a refused town, or a brand', () => {
    expect(
      locationOf('Prezados. Chamo-me Joaquim Ferreira de Lima e há 20 anos afino pianos em Caruaru, em Pernambuco. Afinação R$ 300.')?.text,
    ).toMatch(/^Caruaru/);
    expect(locationOf('Olá. Não trabalho em Lages. Faço cercas em Otacílio Costa, Santa Catarina. Cerca R$ 80 o metro.')?.text).toMatch(
      /^Otacílio Costa/,
    );
    expect(locationOf('Vendo no Instagram e faço doces em Garanhuns. Brigadeiro R$ 2.')?.text).toMatch(/^Garanhuns/);
  });

  it('keeps a part of town before the town it is in', () => {
    expect(locationOf('I shape surfboards in my garage near Pleasure Point, Santa Cruz. text (831) 555-0139')).toMatchObject({
      text: 'Santa Cruz',
      country: 'US',
    });
  });
});
