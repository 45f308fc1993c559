import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { setAsideSaidToBuilder } from './said-to-builder';

describe('what was written to whoever makes the site', () => {
  it('a sentence opening with a word to the builder is set aside from there, the text keeping its length', () => {
    const typed = 'Faço doces em Itu. obs para você que está fazendo: Itu é a cidade mesmo. Brigadeiro R$ 2.';
    const said = setAsideSaidToBuilder(typed);
    expect(said.asides).toEqual(['obs para você que está fazendo: Itu é a cidade mesmo']);
    expect(said.text).toHaveLength(typed.length);
    expect(said.text).toContain('Brigadeiro R$ 2.');
    expect(said.text).not.toContain('cidade mesmo');
  });

  it('an apology opening a clause is said to us: the whole sentence when it is about the writing, else from the apology on', () => {
    const grandson = setAsideSaidToBuilder(
      'É o meu neto que está a escrever isto, por isso desculpem se ficar comprido. Faço cadeiras de palhinha em Viseu.',
    );
    expect(grandson.asides).toEqual(['É o meu neto que está a escrever isto, por isso desculpem se ficar comprido']);
    expect(grandson.text).toContain('Faço cadeiras de palhinha em Viseu.');
    const long = setAsideSaidToBuilder(
      'Meu filho falou pra eu explicar tudo pra vocês, então vai ficar longo, ufa, desculpa. Conserto rádios em Ijuí.',
    );
    expect(long.asides).toEqual(['Meu filho falou pra eu explicar tudo pra vocês, então vai ficar longo, ufa, desculpa']);
    const cakes = extractBrief({ prompt: 'Oi! Faço bolos de pote em Recife, desculpa a demora em mandar. Whats 81 99123-4567.' });
    expect(cakes.items?.map((item) => item.text)).toContain('bolos de pote');
    expect(cakes.unused).toContainEqual({ words: 'desculpa a demora em mandar', why: 'aside' });
    expect(setAsideSaidToBuilder('Perdón, escribo desde el celular. Hacemos empanadas en Salta.').asides).toEqual([
      'Perdón, escribo desde el celular',
    ]);
    // Apologising to customers inside the business's own sentence is the business's notice.
    expect(setAsideSaidToBuilder('Pedimos desculpa pelo transtorno das obras. Padaria em Braga.').asides).toEqual([]);
  });

  it('a sentence addressed to whoever makes the site, however the verb is put, is set aside', () => {
    const typed = 'Banho R$ 60. Para quem for fazer o site: minha sogra me ajuda às sextas. Tosa R$ 80.';
    expect(setAsideSaidToBuilder(typed).asides).toEqual(['Para quem for fazer o site: minha sogra me ajuda às sextas']);
    const english = 'Gutters $90. For whoever ends up making the website: my van is old. Windows $40.';
    expect(setAsideSaidToBuilder(english).asides).toEqual(['For whoever ends up making the website: my van is old']);
    // No site named before the colon: said to visitors.
    expect(setAsideSaidToBuilder('Para quem tem pressa: entrega em 24h.').asides).toEqual([]);
  });

  it('"not for the site" however it is put: the parts of the saying, not a list of its phrasings', () => {
    expect(
      setAsideSaidToBuilder('Dou explicações na Sertã. Reformei-me por doença, não é para pôr, nem a escola. 12€ por hora.').asides,
    ).toEqual(['Reformei-me por doença, não é para pôr, nem a escola']);
    expect(setAsideSaidToBuilder('Menú 9 €. No es para la web: en agosto cerramos por mi hermana. Tel 957 52 00 11.').asides).toEqual([
      'No es para la web: en agosto cerramos por mi hermana',
    ]);
    expect(setAsideSaidToBuilder('Minha filha me ajuda aos sábados. Não ponham isso. Bolos R$ 40.').asides).toEqual([
      'Minha filha me ajuda aos sábados',
      'Não ponham isso',
    ]);
    // Putting something somewhere else is care advice, said to visitors.
    expect(setAsideSaidToBuilder("Wool coats $25. Don't put it in the dryer. Call 555 0134.").asides).toEqual([]);
  });

  it('"isto não é para pôr no site" takes the sentence before it too, in any of the three languages', () => {
    expect(
      setAsideSaidToBuilder('Corto lenha em Tomar. Tive uma lesão nas costas em 2020. Isto não é para pôr no site. Lenha 80€.').asides,
    ).toEqual(['Tive uma lesão nas costas em 2020', 'Isto não é para pôr no site']);
    expect(setAsideSaidToBuilder("Dog grooming in Hull. My van got stolen last year, don't put that on the site.").asides).toEqual([
      "My van got stolen last year, don't put that on the site",
    ]);
    expect(setAsideSaidToBuilder('Pintor en Jaén. Para que sepas: me cuesta subir escaleras. Pintura desde 8 €/m².').asides).toEqual([
      'Para que sepas: me cuesta subir escaleras',
    ]);
  });

  it('nothing of it reaches the page: no card, no About line; it is listed among what was not used', () => {
    const brief = extractBrief({
      prompt:
        'Sou costureira em Lavras, faço barra de calça R$ 15. Só para saberem: fiquei viúva ano passado. Isto não é para pôr no site. Whats 35 99812-3344',
    });
    expect(JSON.stringify(brief.items)).not.toMatch(/viúva|pôr no site/);
    expect(brief.unused).toEqual(expect.arrayContaining([{ words: 'Só para saberem: fiquei viúva ano passado', why: 'aside' }]));
  });

  it('a refusal of the business’s own act is an exclusion, even where a town’s name holds a colour', () => {
    const brief = extractBrief({ prompt: 'Marmitas em Toledo, R$ 18. Entrego no centro. Não entrego em Ouro Verde nem no Jardim Gisela.' });
    expect((brief.items ?? []).filter((item) => item.role === 'exclusion').map((item) => item.text)).toEqual([
      'Não entrego em Ouro Verde nem no Jardim Gisela',
    ]);
  });
});

describe('a word to the builder in parentheses', () => {
  it('is set aside alone, and an instruction in it is still obeyed', () => {
    expect(
      setAsideSaidToBuilder("I don't do plumbing (I know a plumber, but don't put his name on the site), I don't do roofing.").asides,
    ).toEqual(["I know a plumber, but don't put his name on the site"]);
    const brief = extractBrief({
      prompt: 'Pousada em Lavras, casal R$ 250 a diária. WhatsApp (35) 99812-3344. (pra quem faz o site: não quero formulário)',
    });
    expect(brief.facts.noForm).toBe(true);
    expect(JSON.stringify(brief.items)).not.toMatch(/formulário/);
  });
});

describe('an apology for how the prompt is written', () => {
  const read = (prompt: string) => extractBrief({ prompt });
  const onPage = (prompt: string) =>
    (read(prompt).items ?? []).map((item) => item.text.toLowerCase()).join(' | ') + ` | ${read(prompt).what?.toLowerCase()}`;

  it('is said to us, never a line of the site nor what the business is', () => {
    const cakes = 'Faço bolos de pote em Recife, R$ 12 cada. Desculpem se escrevo mal, sou melhor na cozinha do que no celular.';
    expect(onPage(cakes)).not.toContain('desculpem');
    expect(read(cakes).unused).toContainEqual({ words: 'Desculpem se escrevo mal, sou melhor na cozinha do que no celular', why: 'aside' });
    const bikes = 'Sorry for the long message. I run a mobile bike repair van in Bristol, puncture £15, full service £60.';
    expect(onPage(bikes)).not.toContain('sorry');
    expect(read(bikes).what).not.toMatch(/sorry/i);
    expect(onPage('Disculpen por la ortografía. Hago tortas en Salta, torta grande 15.000 pesos.')).not.toContain('disculpen');
  });
});

describe('a relative’s advice on the writing, and a refusal of words on the site', () => {
  it('is said to us, whole — a quote’s stops inside it included', () => {
    expect(
      setAsideSaidToBuilder('My wife says just write it like you would text a mate, so here goes. Mobile dog wash in Perth.').asides,
    ).toEqual(['My wife says just write it like you would text a mate, so here goes']);
    expect(
      setAsideSaidToBuilder('Padaria em Tavira. Nada de "o melhor pão da cidade..." ou "feito com amor" no site. Pão de massa mãe.').asides,
    ).toEqual(['Nada de "o melhor pão da cidade..." ou "feito com amor" no site']);
    // …while a relative's words about the business are the business's.
    expect(setAsideSaidToBuilder('My brother says we bake the best pies in Hobart. Pies and pasties.').asides).toEqual([]);
  });

  it('a lead to us alone in its sentence, or a heading refusing what follows, makes the rest of its paragraph ours', () => {
    const between = setAsideSaidToBuilder(
      'I sharpen knives in Hexham.\n\nJust between ourselves. I do the butcher on Fore Street for half price. My van failed its test too.\n\nOpen Tuesday to Saturday.',
    );
    expect(between.text).not.toMatch(/butcher|van failed/);
    expect(between.text).toContain('Open Tuesday to Saturday.');
    const heading = setAsideSaidToBuilder(
      'Afilo cuchillos en Linares.\n\nCosas que no quiero que aparezcan: el bar de la plaza me debe dinero. Y mi primo vende cuchillos chinos.\n\nAbro de lunes a viernes.',
    );
    expect(heading.text).not.toMatch(/bar de la plaza|primo/);
    expect(heading.text).toContain('Abro de lunes a viernes.');
    // (A lead that goes on in its sentence is that sentence alone.)
    const alone = setAsideSaidToBuilder('Just so you know, the shop was my dad’s. Knives from £5.\nOpen Mondays.');
    expect(alone.text).toContain('Knives from £5.');
  });

  it('"don\'t put that on, or…" opening its sentence takes the sentence before it along', () => {
    const said = setAsideSaidToBuilder(
      'I sharpen the school kitchen’s knives for nothing. Don’t put that on or every school will ask. Knives from £5.',
    );
    expect(said.text).not.toMatch(/school kitchen|every school/);
    expect(said.text).toContain('Knives from £5.');
    // "…don't put it in the dryer" is about the dryer.
    expect(setAsideSaidToBuilder('Wash cold. Don’t put it in the dryer. Quilts from £40.').asides).toEqual([]);
  });

  it('a clause that only lets us put something on the site is said to us; what it lets us say stays', () => {
    const said = setAsideSaidToBuilder(
      'Faço cestos em Gonçalo com o meu neto Rui, pode pôr o nome dele também. O meu avô, Zé Cesteiro, ainda cá vem todos os dias e pode aparecer no site. A cestaria está na lista do património. Isso pode dizer-se.',
    );
    expect(said.text).not.toMatch(/pode pôr o nome|pode aparecer|pode dizer-se/);
    expect(said.text).toContain('ainda cá vem todos os dias');
    expect(said.text).toContain('A cestaria está na lista do património.');
    // "Pode pôr que…", "You can say we've…": only the lead is ours.
    expect(setAsideSaidToBuilder('Pode pôr que abrimos ao domingo.').text).toContain('abrimos ao domingo');
    expect(setAsideSaidToBuilder("You can say we've been here since 1984.").text).toContain("we've been here since 1984");
  });

  it('a short sentence with chat in it ("uai", "jaja") is said to us; a long one keeps what it tells', () => {
    const said = setAsideSaidToBuilder(
      'Faço doce de leite em Itajubá. Fica bom demais, uai. Oxente, faço cocada todo dia de manhã cedo com coco da feira. Pote R$ 20.',
    );
    expect(said.asides).toEqual(['Fica bom demais, uai']);
    expect(said.text).toContain('faço cocada todo dia');
  });

  it('reads the vosotros forms and "no hace falta ponerlo" as said to us', () => {
    const said = setAsideSaidToBuilder(
      'En el pueblo me llaman "el de las rejas", eso no hace falta ponerlo. Poned solo que el presupuesto es gratis.',
    );
    expect(said.asides).toEqual(['En el pueblo me llaman "el de las rejas", eso no hace falta ponerlo', 'Poned solo que']);
    expect(said.text).toContain('el presupuesto es gratis');
  });
});

describe('a refusal that points back at what was just said', () => {
  const aside = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text).join(' | ');
  it('keeps the sentence before "Nem … nem …", "Leave that well alone" and "disso nada" off the site', () => {
    const pt = aside(
      'Sou a Lúcia, faço cestos de vime em Ponte de Lima. Faço cestos de vindima e de pão. Já fiz um cesto para a filha de um ministro. Nem o nome dela nem a terra, por favor. Telemóvel 912 345 678.',
    );
    expect(pt).not.toMatch(/ministro|Nem o nome/);
    expect(pt).toMatch(/vindima/);
    const en = aside(
      "I'm Rob, I shoe horses round Dungog. There's a trainer at the track who still owes me for a season. Leave that well alone. Hot shoeing and trims. Call 0412 345 678.",
    );
    expect(en).not.toMatch(/owes|Leave that/);
    const es = aside(
      'Soy Lucho, tapicero en Tunja. Un cliente me dejó un sofá sin pagar, de eso nada en la página. Tapizo sillas y sofás. Celular 310 555 1234.',
    );
    expect(es).not.toMatch(/sin pagar|de eso nada/);
    expect(es).toMatch(/sillas/);
  });
  it('takes a paragraph opened by a short sentence meant only for us, its number with it', () => {
    const brief = extractBrief({
      prompt:
        "I'm Sam, I make saddles in Gisborne. Mobile 021 555 0101.\n\nOk, this bit is just for you. My brother's number is 06 867 0202, he helps on weekends but doesn't want calls. Our old landlord still owes us rent.\n\nSaddles from $2,400.",
    });
    const told = (brief.items ?? []).map((item) => item.text).join(' | ');
    expect(told).not.toMatch(/landlord|brother/);
    expect(brief.facts.phones).toEqual(['021 555 0101']);
  });
});

describe('a word asking for attention before a colon', () => {
  it('is said to us, and what follows it is told', () => {
    const told = (
      extractBrief({
        prompt:
          'Soy Nora, reparo bicicletas antiguas en Salto. Ojo con esto: no somos distribuidores de ninguna marca. Celular 099 123 456.',
      }).items ?? []
    ).map((item) => item.text);
    expect(told.join(' | ')).toMatch(/no somos distribuidores de ninguna marca/);
    expect(told.join(' | ')).not.toMatch(/Ojo/);
  });
});

describe('a line after which everything is said to us', () => {
  it('takes what follows to the end, or to a paragraph about the site again', () => {
    const brief = extractBrief({
      prompt:
        'Sou o Dimas, faço redes de pesca em Camocim. Redes de arrasto e tarrafas. WhatsApp (88) 99711-2233.\n\nDaqui para baixo é só pra você, isso não vai pro site. O Tonho me deve duas redes.\n\nUm vizinho vive reclamando do barulho.\n\nPara o site, azul e branco.',
    });
    const told = (brief.items ?? []).map((item) => item.text).join(' | ');
    expect(told).not.toMatch(/Tonho|vizinho/);
    expect(told).toMatch(/tarrafas/i);
  });
});

describe('who is typing the prompt', () => {
  it('is said to us; a trade of writing is not', () => {
    const told = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text).join(' | ');
    expect(
      told('Quem está digitando é minha neta Bia. Sou o Lauro, faço selas em Bagé. Sela crioula R$ 3.000. WhatsApp (53) 99812-3456.'),
    ).not.toMatch(/digitando|Bia/);
    expect(told('My grandson is typing this for me. I mend nets in Mallaig. Call 07700 900555.')).not.toMatch(/typing/);
    expect(told('Faço convites de casamento em Olinda. Minha filha escreve os convites à mão. WhatsApp (81) 99812-3456.')).toMatch(
      /escreve os convites/,
    );
  });
});

describe('a name refused on the site at the end of a sentence', () => {
  it('keeps the whole sentence off the site, whose name it is said before', () => {
    const told = (
      extractBrief({
        prompt:
          'Faço selas em Bagé. Já fiz sela pra um senador, mas nome de político no meu site eu não quero. Sela crioula R$ 3.000. WhatsApp (53) 99812-3456.',
      }).items ?? []
    )
      .map((item) => item.text)
      .join(' | ');
    expect(told).not.toMatch(/senador/);
  });
});

describe('a person pointed back at with "nothing"', () => {
  it('keeps the sentence before, where that person was said, off the site too', () => {
    for (const prompt of [
      'Faço cadeira de palha em Itu. O Zeca trabalhou comigo dez anos e saiu brigado. Não coloca nada dele, por favor. Entrego na região.',
      'Hago empanadas en Salta. Mi ex socio se quedó con la receta. Nada de él en la página. Delivery por WhatsApp.',
      'I fix clocks in Ely. My old partner Bill took the tools. Nothing about him, please. Open Saturdays.',
    ]) {
      const told = JSON.stringify(extractBrief({ prompt }).items);
      expect(told, prompt).not.toMatch(/Zeca|socio|Bill/);
      expect(told, prompt).toMatch(/cadeira|empanadas|clocks/);
    }
  });
});
