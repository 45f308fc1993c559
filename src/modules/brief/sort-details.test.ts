import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { extractBrief } from './extract-brief';
import type { BriefItem } from './site-brief-schema';
import { sortDetails, withoutPermissionTail } from './sort-details';

const detail = (text: string): BriefItem => ({ text, role: 'detail' });
const offering = (text: string): BriefItem => ({ text, role: 'offering' });

describe('sortDetails: what each clause tells a visitor', () => {
  it('what was said to us leaves the page, listed as an aside', () => {
    const { items, unused } = sortDetails(
      [
        detail('my nephew said a website would help'),
        detail('adoro azul-petróleo com areia'),
        detail('no logos or badges please'),
        detail('pode pôr o meu nome mesmo'),
        detail('everyone thinks we sell furniture too'),
        offering('nada de amarelo'),
        offering('would love a proper page at last'),
        // Left over from "quero o site com …, letra grande, fundo azul": nothing but the looks.
        offering('letra grande'),
        offering('fundo azul'),
      ],
      'en',
    );
    expect(items).toEqual([]);
    expect(unused.map((entry) => entry.why)).toEqual(Array(9).fill('aside'));
  });

  it('what the business does not charge is told to visitors: no exclusion, no aside', () => {
    const { items, unused } = sortDetails(
      [detail('Não cobro a visita de avaliação'), detail("We don't charge a call-out fee"), detail('No cobramos el presupuesto')],
      'pt-BR',
    );
    expect(unused).toEqual([]);
    expect(items.map((item) => item.role)).toEqual(['detail', 'detail', 'detail']);
    expect(sortDetails([detail("We don't charge a call-out fee in town")], 'en').unused).toEqual([]);
  });

  it('what the business says it does not do is an exclusion, in pt, es and en', () => {
    const { items } = sortDetails([detail('não fazemos entregas ao domingo'), detail('e não conserto micro-ondas')], 'pt-BR');
    expect(items).toEqual([
      { text: 'não fazemos entregas ao domingo', role: 'exclusion' },
      { text: 'e não conserto micro-ondas', role: 'exclusion' },
    ]);
    expect(sortDetails([detail('no reparamos celulares')], 'es').items[0]!.role).toBe('exclusion');
    expect(sortDetails([detail("we don't groom cats")], 'en').items[0]!.role).toBe('exclusion');
    expect(sortDetails([detail("I don't sell boats and I don't do engines")], 'en').items.map((item) => item.text)).toEqual([
      "I don't sell boats",
      "I don't do engines",
    ]);
  });

  it('a rule for customers, a term of sale and what it is not stay details', () => {
    const kept = (text: string, lang: string) => sortDetails([detail(text)], lang).items[0]?.role;
    expect(kept('No pets inside the shop', 'en')).toBe('detail');
    expect(kept('não cobramos taxa de visita', 'pt-BR')).toBe('detail');
    expect(kept('no es un restaurante, es una cafetería', 'es')).toBe('detail');
    expect(kept('não pode estacionar na frente', 'pt-BR')).toBe('detail');
    // What it has not is a term, not work it refuses.
    expect(kept('não tenho máquina de cartão', 'pt-BR')).toBe('detail');
  });

  it('a refusal is never a card; a lone lead word is left off; a cut joiner is not published', () => {
    const { items, unused } = sortDetails([offering('nada de corantes'), detail('Pagamento'), detail('A oficina é pequena e')], 'pt-BR');
    expect(items).toEqual([
      { text: 'nada de corantes', role: 'detail' },
      { text: 'A oficina é pequena', role: 'detail' },
    ]);
    expect(unused).toEqual([{ words: 'Pagamento', why: 'filler' }]);
  });

  it("a town of the business's country split off the area's list is more of the area, never a card", () => {
    const { items } = sortDetails(
      [detail('atendo Jundiaí, Itupeva'), offering('Louveira'), offering('e Vinhedo'), offering('pintura de portão')],
      'pt-BR',
      'BR',
    );
    expect(items).toEqual([
      { text: 'atendo Jundiaí, Itupeva, Louveira, Vinhedo', role: 'detail' },
      { text: 'pintura de portão', role: 'offering' },
    ]);
  });

  it('a prompt read whole: the asides are not on the page, the exclusions are a list of their own', () => {
    const prompt =
      'oi, meu sobrinho falou que um site ajuda. sou marceneiro em Ponta Grossa PR, faço móveis sob medida e conserto cadeiras. ' +
      'não faço cozinha planejada e não trabalho com MDF. whats 42 99812-3344. gosto de marrom com bege';
    const brief = extractBrief({ prompt });
    expect(brief.items).toEqual(
      expect.arrayContaining([
        { text: 'não faço cozinha planejada', role: 'exclusion' },
        { text: 'não trabalho com MDF', role: 'exclusion' },
      ]),
    );
    const site = composeOfflineSite({ prompt, locales: brief.languages, brief });
    const strings = site.i18n.strings[site.i18n.defaultLocale]!;
    const exclusions = site.pages[0]!.sections.find((section) => section.id === 'exclusions') as
      { titleKey: string; items: { titleKey: string }[] } | undefined;
    expect(strings[exclusions!.titleKey]).toBe(brief.isSolo ? 'O que não faço' : 'O que não fazemos');
    expect(exclusions!.items.map((item) => strings[item.titleKey])).toEqual(['Não faço cozinha planejada', 'Não trabalho com MDF']);
    const page = Object.values(strings).join(' ');
    expect(page).not.toMatch(/sobrinho|marrom com bege/);
  });
});

describe('an irregular first person refuses work too', () => {
  it('"não dou aula de inglês", "no doy factura" are exclusions; "não tenho loja" is no work refused', () => {
    expect(sortDetails([detail('não dou aula de inglês')], 'pt-BR', 'BR').items).toEqual([
      { text: 'não dou aula de inglês', role: 'exclusion' },
    ]);
    expect(sortDetails([detail('no doy factura')], 'es', 'AR').items).toEqual([{ text: 'no doy factura', role: 'exclusion' }]);
    expect(sortDetails([detail('não tenho loja')], 'pt-BR', 'BR').items[0]!.role).not.toBe('exclusion');
  });
});

describe('how we may write about them, and hearsay, are said to us', () => {
  it('any form of a verb of saying after a refusal, with what is said beside it, is an aside', () => {
    for (const [text, lang] of [
      ['e não fala q o pão é integral', 'pt-BR'],
      ['não chamem de artesanal', 'pt-BR'],
      ['no lo llamen orgánico', 'es'],
      ['we should never be described as experts', 'en'],
      ["don't advertise it as waterproof", 'en'],
    ] as const)
      expect(sortDetails([detail(text)], lang).unused, text).toEqual([{ words: text, why: 'aside' }]);
  });

  it('speaking a language, or a verb of saying before the refusal, stays told', () => {
    for (const [text, lang] of [
      ['a gente não fala espanhol', 'pt-BR'],
      ['el cliente dice que no hay otro igual', 'es'],
      ['we call it a day at five, no exceptions', 'en'],
    ] as const)
      expect(sortDetails([detail(text)], lang).unused, text).toEqual([]);
  });

  it('hearsay about the business never reaches the page, even as a denial', () => {
    for (const [text, lang] of [
      ['andam dizendo que eu vendi a oficina', 'pt-BR'],
      ['corre el rumor de que cerramos en enero', 'es'],
      ['rumoured at the market that we import the honey', 'en'],
    ] as const)
      expect(sortDetails([detail(text)], lang).unused, text).toEqual([{ words: text, why: 'aside' }]);
  });
});

describe('leave given at a told sentence’s end', () => {
  it('is said to us; what comes before it is told', () => {
    const brief = extractBrief({ prompt: 'Tejo canastas en Pile. Mi esposo, Fausto, hace las asas y él sí puede aparecer.' });
    expect(brief.items).toEqual(expect.arrayContaining([{ text: 'Mi esposo, Fausto, hace las asas', role: 'detail' }]));
    expect(JSON.stringify(brief.items)).not.toMatch(/aparecer/);
    // …never a clause that tells visitors something.
    expect(withoutPermissionTail('I bake and sell bread and you can find it at the market')).toBe(
      'I bake and sell bread and you can find it at the market',
    );
  });
});
