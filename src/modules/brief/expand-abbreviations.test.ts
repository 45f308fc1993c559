import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { expandAbbreviations } from './expand-abbreviations';

describe('what a phone keyboard shortens, written out', () => {
  it('"pros meus fogão" is "para os meus": never what the business is', () => {
    expect(expandAbbreviations('um site pros meus fogao', 'pt')).toBe('um site para os meus fogao');
    expect(extractBrief({ prompt: 'to precisando de um site pros meus bordado. faço em lavras' }).what).not.toMatch(/pros/);
  });

  it('the spoken short forms of "estar" and "você" are written out ("tô", "tá", "cê")', () => {
    expect(expandAbbreviations('eu tô na oficina e cê me acha lá, tá bom', 'pt')).toBe('eu estou na oficina e você me acha lá, está bom');
  });

  it('expands lowercase whole words only: names, handles, units and emails stay as typed', () => {
    expect(expandAbbreviations('faço pra festa, vc escolhe, tb entrego q nem pizza', 'pt')).toBe(
      'faço para festa, você escolhe, também entrego que nem pizza',
    );
    expect(expandAbbreviations('Doces Pra Você, @pra.doces, pra@doces.com, R$ 3/kg, c/u', 'pt')).toBe(
      'Doces Pra Você, @pra.doces, pra@doces.com, R$ 3/kg, c/u',
    );
    expect(expandAbbreviations('pan casero, tb facturas, q rico', 'es')).toBe('pan casero, también facturas, que rico');
  });

  it('one letter is a word only before a word: "n quero", never a house number, an initial or a size', () => {
    expect(expandAbbreviations('n quero formulário, passo roupa p fora. N faço costura', 'pt')).toBe(
      'não quero formulário, passo roupa para fora. Não faço costura',
    );
    expect(expandAbbreviations('Rua do Sol n 45, P. Silva, tamanhos p, m e g', 'pt')).toBe('Rua do Sol n 45, P. Silva, tamanhos p, m e g');
    expect(expandAbbreviations('fish n chips van, open 7 days', 'en')).toBe('fish and chips van, open 7 days');
    expect(expandAbbreviations('queria um site p a minha loja', 'pt')).toBe('queria um site para a minha loja');
  });

  it('one letter is a word before a one-letter word too ("n é cobrada"), and "qd" is "quando"', () => {
    expect(expandAbbreviations('a visita n é cobrada qd fecha', 'pt')).toBe('a visita não é cobrada quando fecha');
    expect(expandAbbreviations('tamanhos p, m e g', 'pt')).toBe('tamanhos p, m e g');
    // "n" closes a clause too ("por isso n."), never before a number ("rua n. 45").
    expect(expandAbbreviations('por isso n. rua n. 45', 'pt')).toBe('por isso não. rua n. 45');
  });

  it('the site and the brief say "para" and "você", never "pra" and "vc"', () => {
    const brief = extractBrief({
      prompt: 'marmita fitness pra entrega em Londrina, vc monta o cardápio da semana. chama no zap 43 99812-3344',
    });
    const said = JSON.stringify(brief.items);
    expect(said).not.toMatch(/\bpra\b|\bvc\b/);
    expect(brief.what ?? '').toMatch(/para/);
  });

  it('English texting is written out, and a laugh is never read nor published, in any language', () => {
    expect(expandAbbreviations('small site pls, u can text me, im in Hobart thx', 'en')).toBe(
      'small site please, you can text me, I’m in Hobart thanks'.replace('’', "'"),
    );
    expect(expandAbbreviations('entrego no bairro todo kkkk, rsrs', 'pt')).toBe('entrego no bairro todo,');
    expect(expandAbbreviations('hacemos tortas jajaja', 'es')).toBe('hacemos tortas');
    // A laugh in mixed case is a name’s word, and stays: "Haha Kids".
    expect(expandAbbreviations('Haha Kids party hire, lol', 'en')).toBe('Haha Kids party hire,');
    expect(expandAbbreviations('n sou assim ahah, eheh', 'pt')).toBe('não sou assim,');
    const brief = extractBrief({ prompt: 'Lavo tapete em Bauru kkkk, whats 14 99701-2233 rsrs' });
    expect(JSON.stringify(brief)).not.toMatch(/kkk|rsrs/i);
  });
});

describe('a greeting asked as a question', () => {
  it('"como vai?", "¿qué tal?", "¿cómo andás?" are never what the business is', () => {
    expect(extractBrief({ prompt: 'Oi, como vai? Sou a Lena e faço crochê em Itabira.' }).what).toBe('crochê');
    expect(extractBrief({ prompt: 'Buenas, ¿qué tal? Hago alfajores en Minas, Lavalleja.' }).what).toBe('alfajores');
  });
});

describe("a saint's name shortened in a place", () => {
  it('is written out before a capitalised word, so its period ends no sentence', () => {
    expect(expandAbbreviations('Entrego em Vouzela e S. Pedro do Sul. Feira de Sta. Luzia.', 'pt')).toBe(
      'Entrego em Vouzela e São Pedro do Sul. Feira de Santa Luzia.',
    );
    // A lone "S." closing a sentence, or before a lowercase word, is no saint ("tamanhos P, M e G. S. e depois").
    expect(expandAbbreviations('Tamanhos P, M e S. depois vemos.', 'pt')).toBe('Tamanhos P, M e S. depois vemos.');
  });
});

describe("an initial or a size written like a saint's shortening", () => {
  it('stays as typed', () => {
    expect(expandAbbreviations('Advocacia Maria S. Ferreira, em Braga.', 'pt')).toBe('Advocacia Maria S. Ferreira, em Braga.');
    expect(expandAbbreviations('Tamanhos P, M, G e S. Também faço sob medida.', 'pt')).toBe(
      'Tamanhos P, M, G e S. Também faço sob medida.',
    );
    expect(expandAbbreviations('Fica na Rua S. João. Em S. Miguel também.', 'pt')).toBe('Fica na Rua São João. Em São Miguel também.');
    expect(expandAbbreviations('Banca 12 do Mercado S. Sebastião.', 'pt')).toBe('Banca 12 do Mercado São Sebastião.');
  });
});
