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

describe('a refusal right after the site’s looks rules things out of the looks', () => {
  it('never offers what a refusal after a colour wish names, in each language', () => {
    const signs = offerings(
      'Pinto letreiros à mão em Goiás. Cores vermelho, creme e preto. Nada de cavalhada, mascarado nem pomba do Divino.',
    );
    expect(signs).toEqual(['letreiros à mão']);
    const shearing = extractBrief({
      prompt: 'Esquilamos ovejas en Durazno. Colores verde campo y marrón. Nada de tambores ni carnaval, y nada de palmeras ni Disney.',
    });
    expect((shearing.items ?? []).filter((item) => item.role === 'offering')).toEqual([]);
    expect(shearing.unused).toContainEqual({ words: 'Nada de tambores ni carnaval, y nada de palmeras ni Disney', why: 'style' });
    const harp =
      'I teach the harp from my home studio in Ruthin. Colours navy and cream please. No dragons, no castles, no leeks. Call 07700 900123.';
    expect(offerings(harp)).toEqual([]);
  });

  it('keeps a promise about the business that follows no colour wish ("Nada de conservantes")', () => {
    const bread = extractBrief({ prompt: 'Padaria em Braga. Pão de forma e broa. Nada de conservantes, tudo feito cá.' });
    expect((bread.unused ?? []).filter((entry) => entry.why === 'style')).toEqual([]);
  });
});

describe('a verb of when the business works leads into its hours, never a card', () => {
  it('never offers "Trabalho", "Atendemos" or "Trabajamos" left by the hours', () => {
    expect(offerings('Pinto letreiros em Goiás. Trabalho de segunda a sábado, das 7h às 17h.')).toEqual(['letreiros']);
    expect(offerings('Consertamos relógios em Braga. Atendemos de terça a sábado, das 9h às 18h.')).not.toContain('atendemos');
    expect(offerings('Esquilamos ovejas en Durazno. Trabajamos de lunes a sábado, de 6 a 18 h.')).not.toContain('trabajamos');
  });
});
