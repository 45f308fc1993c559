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

describe('a list after a refusing verb is refused whole', () => {
  it('keeps every piece of the list in the refusal, in each language', () => {
    const walks = "Dog walking in Leeds, £12 per walk. We don't take reactive dogs, puppies under 16 weeks, or dogs on raw diets.";
    expect(offerings(walks)).not.toEqual(expect.arrayContaining(['puppies under 16 weeks']));
    expect(exclusions(walks)).toEqual(["We don't take reactive dogs, puppies under 16 weeks, or dogs on raw diets"]);
    // However the reader cut it: a piece it dropped ("ou de madeira") stays in the sentence said
    // whole, and a piece "nem" opens carries the refusal on.
    const cut = takeRefusedLists(
      [
        { text: 'não instalamos box de acrílico', role: 'exclusion' },
        { text: 'espelho bisotado', role: 'offering' },
        { text: 'porta de alumínio', role: 'offering' },
        { text: 'nem fachada de prédio', role: 'detail' },
        { text: 'orçamento grátis', role: 'offering' },
      ],
      'Não instalamos box de acrílico, espelho bisotado, porta de alumínio ou de madeira, nem fachada de prédio. Orçamento grátis.',
      'pt-BR',
    );
    expect(cut).toEqual([
      {
        text: 'Não instalamos box de acrílico, espelho bisotado, porta de alumínio ou de madeira, nem fachada de prédio',
        role: 'exclusion',
      },
      { text: 'orçamento grátis', role: 'offering' },
    ]);
  });

  it('stops where the list ends: a told clause or another sentence is not refused', () => {
    const items = takeRefusedLists(
      [
        { text: 'não lavo piscina', role: 'exclusion' },
        { text: 'cisterna', role: 'offering' },
        { text: 'atendo Valinhos', role: 'detail' },
        { text: 'caixa de prédio', role: 'offering' },
      ],
      'Não lavo piscina, cisterna, atendo Valinhos. caixa de prédio R$ 300.',
      'pt-BR',
    );
    expect(items).toEqual([
      { text: 'Não lavo piscina, cisterna', role: 'exclusion' },
      { text: 'atendo Valinhos', role: 'detail' },
      { text: 'caixa de prédio', role: 'offering' },
    ]);
    // A card that is only the head of a longer phrase ("corporate events are…") is not a piece of the list.
    const events = takeRefusedLists(
      [
        { text: "we don't do weddings", role: 'exclusion' },
        { text: 'corporate events', role: 'offering' },
      ],
      "We don't do weddings, corporate events are what we love.",
      'en',
    );
    expect(events).toEqual([
      { text: "we don't do weddings", role: 'exclusion' },
      { text: 'corporate events', role: 'offering' },
    ]);
  });
});
