import { describe, expect, it } from 'vitest';
import { continueSaidToUs } from './continue-said-to-us';
import type { BriefItem, UnusedReason } from './site-brief-schema';

const run = (text: string, items: BriefItem[], unused: { words: string; why: UnusedReason }[], lang = 'pt-BR') =>
  continueSaidToUs({ items, unused, text, lang });

describe('continueSaidToUs', () => {
  it('sets aside a verbless refusal that goes on from a wish about the looks', () => {
    const text = 'bolos de pote R$ 12. cor lilás e branco. e pelo amor de deus nada de unicórnio nem glitter kkk';
    const out = run(
      text,
      [
        { text: 'bolos de pote', role: 'offering' },
        { text: 'pelo amor de deus nada de unicórnio nem glitter', role: 'detail' },
      ],
      [{ words: 'cor lilás e branco', why: 'style' }],
    );
    expect(out.items.map((item) => item.text)).toEqual(['bolos de pote']);
    expect(out.unused).toContainEqual({ words: 'pelo amor de deus nada de unicórnio nem glitter', why: 'style' });
  });

  it('keeps a refusal that goes on from the business ("sem glúten, sem lactose" after the cakes)', () => {
    const text = 'cor lilás e branco. bolos de pote R$ 12. sem glúten, sem lactose';
    const items: BriefItem[] = [
      { text: 'bolos de pote', role: 'offering' },
      { text: 'sem glúten, sem lactose', role: 'detail' },
    ];
    expect(run(text, items, [{ words: 'cor lilás e branco', why: 'style' }]).items).toHaveLength(2);
  });

  it('never moves a refusal with a verb of its own: the business speaking', () => {
    const text = 'cores azul e branco. não faço vestido de noiva';
    const items: BriefItem[] = [{ text: 'não faço vestido de noiva', role: 'detail' }];
    expect(run(text, items, [{ words: 'cores azul e branco', why: 'style' }]).items).toHaveLength(1);
  });

  it('follows a chain of refusals, and only when they are close', () => {
    const text = 'navy and cream please. no tartan, no bagpipes. nothing with thistles';
    const out = run(
      text,
      [
        { text: 'no tartan, no bagpipes', role: 'detail' },
        { text: 'nothing with thistles', role: 'detail' },
      ],
      [{ words: 'navy and cream please', why: 'style' }],
      'en',
    );
    expect(out.items).toEqual([]);
    const far = `navy and cream please. ${'we sharpen knives and scissors and garden tools for the whole town. '.repeat(1)}no tartan`;
    expect(run(far, [{ text: 'no tartan', role: 'detail' }], [{ words: 'navy and cream please', why: 'style' }], 'en').items).toHaveLength(
      1,
    );
  });
});

describe('the reason for refusing part of the site', () => {
  it('is said to us, with the refusal it follows', () => {
    const text = 'Sapateiro em Braga. Formulário não quero, ninguém vai olhar. Liguem 253 000 111.';
    const out = run(text, [{ text: 'ninguém vai olhar', role: 'detail' }], [{ words: 'Formulário não quero', why: 'site' }], 'pt-PT');
    expect(out.items).toEqual([]);
    expect(out.unused).toContainEqual({ words: 'ninguém vai olhar', why: 'site' });
    // …never what follows a wish for the site that refuses nothing.
    const wish = 'Quero um site simples, faço sapatos por medida há 20 anos.';
    expect(
      run(wish, [{ text: 'faço sapatos por medida há 20 anos', role: 'detail' }], [{ words: 'Quero um site simples', why: 'site' }]).items,
    ).toHaveLength(1);
  });
});

describe('an instruction not to mention someone', () => {
  it('is said to us, whole', async () => {
    const { extractBrief } = await import('./extract-brief');
    const brief = extractBrief({
      prompt:
        'Oficina de bicicletas em Aveiro. Reparações e revisões. O meu ex-sócio abriu loja em Ílhavo e cortámos relações, por isso não falem dele nem de Ílhavo. Telefone 234 000 111.',
    });
    expect((brief.items ?? []).map((item) => item.text).join(' | ')).not.toMatch(/falem|Ílhavo/);
  });
});
