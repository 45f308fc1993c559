import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { tellWholeSentences } from './tell-whole-sentences';

const details = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'detail').map((item) => item.text);

describe('a told part is told as its whole sentence when that sentence says nothing else the page shows', () => {
  it('gives back the words a cut left out, and makes two parts of one sentence one', () => {
    const items = tellWholeSentences({
      items: [
        { text: 'dia trabalho numa fábrica', role: 'detail' },
        { text: 'liguem depois das seis', role: 'detail' },
        { text: 'revisão completa', role: 'offering' },
      ],
      text: 'Faço revisão completa. De dia trabalho numa fábrica, liguem depois das seis. ',
      shownFacts: [],
      unused: [],
    });
    expect(items).toEqual([
      { text: 'De dia trabalho numa fábrica, liguem depois das seis', role: 'detail' },
      { text: 'revisão completa', role: 'offering' },
    ]);
  });

  it('keeps a part alone when its sentence holds a card, a price, a phone, a way to pay, the hours or words for us', () => {
    const base = { text: 'Limpeza de sofá e eu mesmo faço tudo. Aceito pix, eu mesmo cobro. Quero um site, eu mesmo atendo.', unused: [] };
    const item = (text: string) => ({ text, role: 'detail' as const });
    expect(
      tellWholeSentences({
        ...base,
        items: [item('eu mesmo faço tudo'), { text: 'Limpeza de sofá', role: 'offering' }],
        shownFacts: [],
      })[0]!.text,
    ).toBe('eu mesmo faço tudo');
    expect(tellWholeSentences({ ...base, items: [item('eu mesmo cobro')], shownFacts: ['pix'] })[0]!.text).toBe('eu mesmo cobro');
    expect(
      tellWholeSentences({
        ...base,
        items: [item('eu mesmo atendo')],
        shownFacts: [],
        unused: [{ words: 'Quero um site', why: 'site' }],
      })[0]!.text,
    ).toBe('eu mesmo atendo');
    expect(
      tellWholeSentences({
        text: 'Atendo na loja, das 9h às 18h.',
        items: [item('Atendo na loja')],
        shownFacts: [],
        unused: [],
        hasHours: true,
      })[0]!.text,
    ).toBe('Atendo na loja');
  });

  it('never ends a sentence at a thousands point', () => {
    const items = tellWholeSentences({
      text: 'Lavado ₡25.000, ocupa todo el día.',
      items: [{ text: 'ocupa todo el día', role: 'detail' }],
      shownFacts: ['₡25.000'],
      unused: [],
    });
    expect(items[0]!.text).toBe('ocupa todo el día');
  });

  it('on a whole prompt: the About says what was said, not its pieces', () => {
    expect(details('Conserto bicicletas em Tondela. Se chover muito fecho a oficina, mais vale ligarem antes.')).toContain(
      'Se chover muito fecho a oficina, mais vale ligarem antes',
    );
  });
});

describe('what the customer does is the business’s terms, told whole', () => {
  const offerings = (prompt: string) =>
    (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
  it('never cuts "o cliente escolhe e compra" into a card "compra"', () => {
    const frames = 'Faço molduras em Tatuí. O vidro está incluído, menos o passe-partout, que o cliente escolhe e compra.';
    expect(offerings(frames)).toEqual(['molduras']);
    expect(details(frames).join(' ')).toContain('que o cliente escolhe e compra');
    expect(offerings('Tocamos em casamentos em Cachoeira. O contratante paga o transporte e o lanche.')).toEqual([]);
    expect(offerings('We hire out marquees in Ely. The customer collects the poles and returns them.')).not.toContain('returns them');
    // A part of the site named after customers is no clause about them.
    expect(extractBrief({ prompt: 'Solar panels in Fresno. Add customer reviews please.' }).features).toContain('testimonials');
  });
});
