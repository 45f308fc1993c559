import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { readNameTalk, withoutRefusedNames } from './read-name-talk';

describe('readNameTalk', () => {
  it('takes the name after the colon of a clause about the name', () => {
    expect(readNameTalk('o nome foi o meu sobrinho que escolheu: Ponto Firme. achei bonito').affirmed).toBe('Ponto Firme');
    expect(readNameTalk('así que ese es el nombre: Herrería El Yunque. Hoy').affirmed).toBe('Herrería El Yunque');
  });

  it('takes the capitalised words after "pode ser", "is", "es"', () => {
    expect(readNameTalk('Pode pôr o que quiser no texto. O nome pode ser Lúcia Bordados.').affirmed).toBe('Lúcia Bordados');
    expect(readNameTalk('The name is Harbour Light Tutoring, thanks').affirmed).toBe('Harbour Light Tutoring');
  });

  it('takes a quoted name whole after "é"/"is", its "e"/"and" and its dash included', () => {
    expect(readNameTalk('O nome é "Cestaria e Vime".').affirmed).toBe('Cestaria e Vime');
    expect(readNameTalk('O nome é "Manuel Sousa – Cestaria e Vime", só isso.').affirmed).toBe('Manuel Sousa – Cestaria e Vime');
    expect(readNameTalk('El nombre es "Pan y Leña — Horno de Barro".').affirmed).toBe('Pan y Leña — Horno de Barro');
    expect(readNameTalk('The name is "Rope and Anchor", please.').affirmed).toBe('Rope and Anchor');
    // Portuguese "no site" is "on the site", no refusal of the name said after it.
    const onTheSite = readNameTalk('P.S.: o nome que eu quero no site é "Pincel de Ouro", por causa da rua. "Zé Pintor" é apelido.');
    expect(onTheSite.affirmed).toBe('Pincel de Ouro');
    expect(onTheSite.refused).not.toContain('Pincel de Ouro');
  });

  it('resolves a pointer to the nickname said before it', () => {
    expect(readNameTalk('toda a gente me conhece por formiguinha, por isso o nome pode ser esse').affirmed).toBe('Formiguinha');
  });

  it('refuses a nickname pointed back at, and gives no name', () => {
    const talk = readNameTalk('la gente le dice "el del toldo azul" pero eso no es nombre, no inventen uno');
    expect(talk.affirmed).toBeUndefined();
    expect(talk.refused).toContain('el del toldo azul');
  });

  it('refuses a sign the person says not to use, and takes what to put instead', () => {
    const talk = readNameTalk("the van says Kemp Bros but my brother left so don't use that, just put Alan Kemp Gutters");
    expect(talk.refused).toContain('Kemp Bros');
    expect(talk.affirmed).toBe('Alan Kemp Gutters');
  });

  it('refuses a quoted phrase kept out of the name, and still reads the name given later', () => {
    const talk = readNameTalk('Procuram como "faz-tudo", pode usar no texto, mas não no nome. O nome pode ser Rita Reparos.');
    expect(talk.refused).toContain('faz-tudo');
    expect(talk.affirmed).toBe('Rita Reparos');
  });

  it("never takes the writer's own name, nor reaches back to blank the business name for an unrelated refusal", () => {
    expect(readNameTalk('Meu nome é Maria e faço bolos em Recife.').affirmed).toBeUndefined();
    expect(readNameTalk('Padaria Sol em Lisboa. Não quero o nome da minha irmã no site.').refused).toEqual([]);
  });

  it('reads a refusal said as a clause of its own, and the name put instead in the next sentence', () => {
    const talk = readNameTalk(
      'o meu filho queria Forno Feliz mas já há uma padaria com esse nome, por isso não. ponham só Zeca - Pão Caseiro',
    );
    expect(talk.refused).toContain('Forno Feliz');
    expect(talk.affirmed).toBe('Zeca - Pão Caseiro');
  });

  it('takes the name in apposition to "use my name", and never a name only talked about', () => {
    expect(readNameTalk("There's no business name, just use my name, Pieter Nel.").affirmed).toBe('Pieter Nel');
    expect(readNameTalk('Queria Sol Nascente, mas já há uma loja com esse nome.').affirmed).toBeUndefined();
  });

  it('takes the name right after the noun, and what to put after saying there is none', () => {
    expect(readNameTalk('faço doces em Olinda. pode por o nome Doce Maré, fica bonito').affirmed).toBe('Doce Maré');
    expect(readNameTalk('não tem nome, todo mundo fala "leva no zeca", então põe só Zeca, sem nome chique').affirmed).toBe('Zeca');
  });

  it('refuses a nickname pointed back at and kept off the site', () => {
    const talk = readNameTalk('tem gente que me chama de "neca do bolo", isso não quero no site de jeito nenhum');
    expect(talk.refused).toContain('neca do bolo');
  });

  it('blanks refused names without moving anything', () => {
    const text = 'chamam de "o da esquina", mas não é o nome';
    const blanked = withoutRefusedNames(text, ['o da esquina']);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('esquina');
  });
});

describe('name talk in the brief', () => {
  it('is the name, and none of its words become a card or a line of the About', async () => {
    const { extractBrief } = await import('./extract-brief');
    const brief = extractBrief({
      prompt:
        'sou bordadeira em Gaspar. o nome foi meu neto que escolheu: Ponto Cheio. faço bordado em toalha e enxoval, toalha R$ 40. whats 47 99999-0000',
    });
    expect(brief.name).toBe('Ponto Cheio');
    const onPage = (brief.items ?? []).map((item) => item.text).join(' | ');
    expect(onPage).not.toMatch(/neto|escolheu/);
    expect(brief.unused?.some((entry) => entry.words.includes('escolheu'))).toBe(true);
  });
});

// Set 26's repairman: "todos me dicen el tano, asi q ponele Service El Tano" had no name — an
// order to put one counted only after a refusal or "there is no name".
describe('an order to put a name', () => {
  it('is the name when the clause is only the verb and the name', () => {
    expect(readNameTalk('soy plomero en San Rafael. me conocen como el gallego, así que ponele Plomería El Gallego').affirmed).toBe(
      'Plomería El Gallego',
    );
    expect(readNameTalk('faço doces para festas, põe Ateliê Nina como nome').affirmed).toBe('Ateliê Nina');
    // …after a "but", a "please" or a "just" ("…Pty Ltd but pls just call it …").
    expect(readNameTalk('the company is Harbour Dog Wash Pty Ltd but please just call it Harbour Dog Wash').affirmed).toBe(
      'Harbour Dog Wash',
    );
  });

  it('takes one word only when the sentence talks of a name, and never a place or a tool', () => {
    expect(readNameTalk('hago pan casero, ponle Abril').affirmed).toBeUndefined();
    expect(readNameTalk('hago pan casero y todos me dicen el chango, así que ponle Chango').affirmed).toBe('Chango');
    expect(readNameTalk('vendo ropa usada, usa Instagram para las fotos').affirmed).toBeUndefined();
    expect(readNameTalk('hago pan casero. ponle Córdoba').affirmed).toBeUndefined();
  });

  it('is talk of its own clause only: what the sentence says after it is about the business', async () => {
    const { extractBrief } = await import('./extract-brief');
    const brief = extractBrief({
      prompt: 'Oi, a gente tem uma pizzaria em Sorocaba, chama Forno da Vila, e queremos mostrar o cardápio e o WhatsApp 15 98888-1234',
    });
    expect(brief.name).toBe('Forno da Vila');
    expect(brief.kind?.id).toMatch(/pizz|restaurant/);
    // Only the order is set aside as talk of the name.
    const aside = brief.unused?.find((entry) => entry.words.includes('Forno da Vila'));
    expect(aside?.words).toBe('chama Forno da Vila');
  });
});

describe("the writer's own name idea, turned down by the one the site is for", () => {
  it('is no name, and the name she wants is', () => {
    const turnedDown = extractBrief({
      prompt:
        'Oi, aqui é a Talita, sobrinha dela. Eu tinha sugerido o nome "Bolos Aracaju Gourmet", mas ela não quis. Faço bolos em Aracaju. O nome que eu quero é "Bolos da Tia Cida".',
    });
    expect(turnedDown.name).toBe('Bolos da Tia Cida');
    expect(extractBrief({ prompt: 'Eu sugeri o nome "Bolos Aracaju Gourmet", mas ela não quis. Faço bolos em Aracaju.' }).name).toBeNull();
    // Taken up, it is the name.
    expect(extractBrief({ prompt: 'Eu sugeri o nome "Bolos Aracaju Gourmet" e ela adorou. Faço bolos em Aracaju.' }).name).toBe(
      'Bolos Aracaju Gourmet',
    );
  });
});

describe("the writer's own name idea, kept", () => {
  it('is the name when the owner only hesitated or spoke of something else', () => {
    expect(
      extractBrief({
        prompt: 'Eu sugeri o nome "Bolos Aracaju Gourmet", mas ela não quis mudar, então ficou assim. Faço bolos em Aracaju.',
      }).name,
    ).toBe('Bolos Aracaju Gourmet');
    expect(extractBrief({ prompt: 'Yo sugerí "Sabor Latino", pero no me convencía el logo. Hago tortas en Lima.' }).name).toBe(
      'Sabor Latino',
    );
  });
});

// A prompt written as labels and values between semicolons: the name's label ends at its semicolon.
describe('a name given as a label in a line of labels', () => {
  it('is talk about the name up to its semicolon only: the prices, the place and the rest are read', () => {
    const brief = extractBrief({
      prompt: 'nome: Sapataria do Zé; onde: Braga; meia-sola: 15 €, não, 18 €; contacto: só chamadas, 912 345 678',
    });
    expect(brief.name).toBe('Sapataria do Zé');
    expect(brief.location?.text).toBe('Braga');
    expect(brief.facts.prices.map((price) => [price.label, price.text])).toEqual([['meia-sola', '18 €']]);
    expect((brief.unused ?? []).map((entry) => entry.words)).toContain('nome: Sapataria do Zé');
  });
});
