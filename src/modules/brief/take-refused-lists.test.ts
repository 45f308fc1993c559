import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { takeRefusedLists } from './take-refused-lists';

const offerings = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());
const exclusions = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'exclusion').map((item) => item.text);

describe('a list under a heading that refuses is refused whole', () => {
  it('never offers what a refusing heading lists, in each language', () => {
    const rubble = 'Recolho entulho em Campinas. Não aceitamos: tinta, solvente, lixo orgânico e pneu.';
    expect(offerings(rubble)).toEqual([]);
    expect(exclusions(rubble)).toEqual(['Não aceitamos: tinta, solvente, lixo orgânico e pneu']);
    expect(offerings('Aluguel de caçamba em Sorocaba. Proibido colocar na caçamba: gesso, amianto, pneus e lixo doméstico.')).toEqual([]);
    expect(offerings('Retiro de escombros en Quito. Lo que no va en el contenedor: llantas, pintura, baterías.')).toEqual([]);
    const junk = offerings("Junk removal in Tulsa. Things we won't haul: paint, tires and propane tanks. Pickup $150.");
    expect(junk).toEqual(['pickup']);
  });

  it('leaves a list under a heading that does not refuse, and what comes after the list', () => {
    expect(offerings('Bolos caseiros em Recife. Sabores: chocolate, ninho e limão.')).toEqual(
      expect.arrayContaining(['chocolate', 'ninho', 'limão']),
    );
    const items = takeRefusedLists(
      [
        { text: 'tinta', role: 'offering' },
        { text: 'frete', role: 'offering' },
      ],
      'Não levamos: tinta. Frete R$ 50.',
      'pt-BR',
    );
    expect(items).toEqual([
      { text: 'Não levamos: tinta', role: 'exclusion' },
      { text: 'frete', role: 'offering' },
    ]);
  });
});
