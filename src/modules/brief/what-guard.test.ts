import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { isNotWhat, whatAfterCopula, withoutNegatedWords } from './what-guard';

describe('what the business is', () => {
  it('is never the writer writing for a relative; the trade said with "é" is', () => {
    const brief = extractBrief({
      prompt: 'Boa tarde. Escrevo em nome da minha tia, que não usa computador. Ela é costureira em Viseu há 30 anos. Bainhas a 5€.',
    });
    expect(brief.what).toBe('costureira');
  });

  it('is never words of thanks to us', () => {
    const brief = extractBrief({
      prompt: "G'day, and thanks for having a go at this. I'm Col and I fix lawn mowers in Dubbo. Service $60. Mobile 0491 570 110.",
    });
    expect(brief.what ?? '').not.toMatch(/having a go/);
  });

  it('is never the people a greeting is said to ("Hey y\'all", "Olá a todos")', () => {
    for (const prompt of [
      "Hey y'all. My wife told me to write it down, so here goes. I'm Dwayne Pruitt, I pump septic tanks around Macon, Georgia. Call (478) 555-0111.",
      'Olá a todos. Sou a Rita, faço arranjos de costura em Leiria. Bainhas a 6 €. Telemóvel 912 555 301.',
    ]) {
      const what = extractBrief({ prompt }).what ?? '';
      expect(what, prompt).not.toMatch(/y'all|todos/i);
    }
  });

  it('is never the first name of the person who writes, greeting before their full name ("Aqui é o Gervásio … Meu nome é …")', () => {
    const brief = extractBrief({
      prompt:
        'Boa tarde, aqui é o Gervásio. Meu nome é Gervásio Nunes Tavares. Eu sou amolador, afio faca e tesoura na feira de Picos, Piauí. Faca R$ 10.',
    });
    expect(brief.what ?? '').not.toMatch(/Gervásio/);
    expect(brief.what).toMatch(/amolador/);
    // (…a second given name too — a review found "Aqui é a Clara! Meu nome é Maria Clara Souza" kept "Clara"…)
    expect(
      extractBrief({ prompt: 'Aqui é a Clara! Meu nome é Maria Clara Souza e faço bolos de aniversário em Bauru. Bolo R$ 90.' }).what ?? '',
    ).not.toMatch(/Clara/);
    // …but a surname may be the trade.
    expect(extractBrief({ prompt: "Hi, I'm Mike Baker. Baker since 1998, sourdough and pastries in Leeds." }).what).toBe('Baker');
  });

  it("is never the person's word for their work, nor their plan to explain", () => {
    const brief = extractBrief({
      prompt: 'hola, necesito una pagina pa mi pega. soy gasfiter en temuco hace 10 años. destape de lavaplatos $25.000',
    });
    expect(brief.what).toBe('gasfiter');
    expect(extractBrief({ prompt: 'Oi! Vou tentar explicar: alugo pula-pula e mesas em Bauru. Pula-pula R$ 150.' }).what ?? '').not.toMatch(
      /vou tentar/,
    );
  });
});

// Set 26's pet cremation: "my partner reckons we need a proper website…" gave the hero "partner
// reckons", and "a small pet cremation service just outside orange nsw" kept "just outside".
describe('a relative who talks, and a place just outside a town', () => {
  it('is never what the business is', async () => {
    const { extractBrief } = await import('./extract-brief');
    const brief = extractBrief({
      prompt:
        'my boyfriend reckons we need a proper website instead of just instagram so here goes. we do mobile bike repairs just outside Ballarat, call 0412 345 678',
    });
    expect(brief.what).not.toMatch(/boyfriend|reckons/);
    expect(brief.what).toMatch(/bike repairs/);
    expect(brief.what).not.toMatch(/outside/);
  });
});

describe('a clause about people, or a filler', () => {
  it('is never what the business is', () => {
    expect(isNotWhat('mundo me chama', 'aqui em Caxias todo mundo me chama de Dona Zefa')).toBe(true);
    expect(isNotWhat('everyone calls me', 'everyone calls me Aunt Bea')).toBe(true);
    expect(isNotWhat('OK', 'Hi. OK, here goes.')).toBe(true);
    // …while a trade is.
    expect(isNotWhat('conserto de bonecas', 'conserto de bonecas em Caxias')).toBe(false);
    expect(isNotWhat('goat rental', 'goat rental in Boring')).toBe(false);
  });
});

describe("a letter's salutation, the writing, the site or the person writing", () => {
  it('is never what the business is', () => {
    expect(isNotWhat('Prezados', 'Prezados, boa tarde. Venho solicitar uma página.')).toBe(true);
    expect(isNotWhat('le cuento', 'Hola, mae, le cuento: hacemos cajetas en Grecia.')).toBe(true);
    expect(isNotWhat('escribo', 'Os escribo desde Llanes.')).toBe(true);
    expect(isNotWhat('son says I need a website', 'My son says I need a website.')).toBe(true);
    expect(isNotWhat('Rui Lopes', 'Sou o Rui Lopes e faço cestos em Gonçalo.')).toBe(true);
    expect(isNotWhat('Ana Paula', 'Costuro em Pelotas.', ['Ana Paula'])).toBe(true);
    // …while a trade, or a name that nobody introduced as theirs, is.
    expect(isNotWhat('cestaria', 'Sou o Rui Lopes e faço cestaria em Gonçalo.')).toBe(false);
    expect(isNotWhat('Casa Lopes', 'Somos a Casa Lopes, cestaria em Gonçalo.')).toBe(false);
  });

  it('leaves no salutation as the title of a business with no name', () => {
    const brief = extractBrief({
      prompt:
        'Prezados, bom dia.\n\nVenho solicitar uma página. Chamo-me Otávio Rangel e conserto relógios de parede em Juiz de Fora. Revisão R$ 250. Atenciosamente.',
    });
    expect(brief.what).not.toMatch(/prezad|atenciosamente/i);
  });
});

describe('what the person is not, a word calling out, a count, a proper name', () => {
  it('is never what the business is', () => {
    const text = 'Olá, meu amigo. Eita, sou a Dalva, não sou arquiteta formada. Faço maquetes há 20 anos em Pedra Azul.';
    expect(isNotWhat('arquiteta', text, [], 'pt-BR')).toBe(true);
    expect(isNotWhat('amigo', text, [], 'pt-BR')).toBe(true);
    expect(isNotWhat('Eita', 'Eita, finalmente um site! Faço maquetes.', [], 'pt-BR')).toBe(true);
    expect(isNotWhat('maquetes há 20 anos', text, [], 'pt-BR')).toBe(true);
    expect(isNotWhat('Dalva Moreira', 'Sou Dalva Moreira, maquetista.', [], 'pt-BR')).toBe(true);
    expect(isNotWhat('maquetes', text, [], 'pt-BR')).toBe(false);
  });
  it('is never taken from a copula the person negates', () => {
    expect(whatAfterCopula("Hi, I'm Ana. Sou ceramista. Não sou engenheira, só faço vasos.", 'pt-BR', () => [])).toBe('ceramista');
    expect(whatAfterCopula('Não sou engenheira, só faço vasos.', 'pt-BR', () => [])).toBeUndefined();
  });

  it('is never a name signed with an initial, as a pasted review or comment is', () => {
    expect(isNotWhat('Marta G', 'Marta G. · há 2 dias\nDemorou muito.', [], 'pt-BR')).toBe(true);
    expect(isNotWhat('Ana M.', 'Ana M. wrote: great!', [], 'en')).toBe(true);
    const brief = extractBrief({
      prompt:
        'Oi. Colei a avaliação que deixaram no Google e a minha resposta.\n\n★★☆☆☆ Marta G. · há 2 dias\nDemorou muito.\n\n' +
        'O nome é Chaveiro Mão Leve, em Caxias do Sul. Faço cópia de chave e abertura de porta, o chaveiro atende 24h.',
    });
    expect(brief.what).not.toMatch(/Marta/u);
  });
});

// What the person says they are not, or do not do, is no evidence of the kind of business.
describe('a kind the person says they are not', () => {
  it('is never the kind of the site', () => {
    const notary = extractBrief({
      prompt: 'Soy notaria pública en Miami, no soy abogada. Hago poderes, apostillas y traducciones certificadas.',
    });
    expect(notary.kind.id).not.toBe('law-firm');
    expect(notary.what).toBe('notaria pública');
    const clerk = extractBrief({ prompt: 'Sou despachante em Sorocaba, não sou advogado. Faço transferência de veículo e licenciamento.' });
    expect(clerk.kind.id).not.toBe('law-firm');
  });

  it('blanks the three words a negation reaches, within its clause, and never after "not only"', () => {
    expect(withoutNegatedWords('Sou despachante, não sou advogado. Faço licenciamento.', 'pt-BR')).toBe(
      'Sou despachante, não             . Faço licenciamento.',
    );
    expect(withoutNegatedWords('Não faço só bolos, faço também salgados.', 'pt-BR')).toBe('Não faço só bolos, faço também salgados.');
    // (In Portuguese "no" is "in the": "no centro" negates nothing.)
    expect(withoutNegatedWords('Padaria no centro de Itu.', 'pt-BR')).toBe('Padaria no centro de Itu.');
  });
});
