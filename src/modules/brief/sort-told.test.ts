import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { screenTold, toldFragmentReason, toldPartOf } from './sort-told';

describe('what a told part is for a visitor', () => {
  it('a story tells who, since when and how it started; terms are what a visitor checks before asking', () => {
    expect(toldPartOf('Sou a Lúcia e faço doces há 12 anos', 'pt-BR')).toBe('story');
    expect(toldPartOf('Started four years ago in my garage', 'en')).toBe('story');
    expect(toldPartOf('Empecé en 2015 con una sola máquina', 'es')).toBe('story');
    expect(toldPartOf('Entrego em Jundiaí às quintas', 'pt-BR')).toBe('terms');
    expect(toldPartOf('Mínimo de 3 caixas por pedido', 'pt-PT')).toBe('terms');
    expect(toldPartOf('Pay on collection, cash only', 'en')).toBe('terms');
    expect(toldPartOf('Si llueve cambiamos la fecha sin costo', 'es')).toBe('terms');
    expect(toldPartOf('Não trabalho aos domingos', 'pt-BR')).toBe('terms');
    expect(toldPartOf('A carrinha leva até 6 bicicletas', 'pt-PT')).toBe('story');
  });

  it('what is left of a cut sentence is no sentence: one word, two that act on nothing, a lone condition, a hanging end', () => {
    for (const [text, lang] of [
      ['Estamos', 'es'],
      ['Pode dizer', 'pt-BR'],
      ['Você saber', 'pt-BR'],
      ['Whichever you', 'en'],
      ['Se o cliente quiser', 'pt-BR'],
      ['Si traéis vuestro envase', 'es'],
      ['As long as I can park', 'en'],
      ['Porque aqui todo mundo faz', 'pt-BR'],
      ['Entrego em casa e', 'pt-BR'],
      ['Em minha casa', 'pt-PT'],
    ] as const)
      expect(toldFragmentReason(text, lang, 'BR'), text).toBe('filler');
    expect(toldFragmentReason('Quer pacote mensal (s/n)', 'pt-BR')).toBe('site');
    expect(toldFragmentReason('No tenemos nombre y no queremos que nos inventen uno', 'es')).toBe('aside');
  });

  it('whole sentences, terms said in two words and a verb with its thing stay', () => {
    for (const [text, lang] of [
      ['Aceito encomendas', 'pt-BR'],
      ['Pagamento antecipado', 'pt-BR'],
      ['Minimum charge', 'en'],
      ['Si se hace el trabajo no se cobra', 'es'],
      ['Se chover, remarco sem custo', 'pt-BR'],
      ['Faço bolos há 20 anos', 'pt-BR'],
      ['Entrega grátis acima de R$ 100', 'pt-BR'],
    ] as const)
      expect(toldFragmentReason(text, lang, 'BR'), text).toBeUndefined();
  });

  // A told part of two words naming things ("Bolos decorados") was dropped as a fragment.
  it('two words naming a thing and its kind are offered, never dropped', () => {
    expect(toldFragmentReason('Bolos decorados', 'pt-BR', 'BR')).toBe('thing');
    expect(toldFragmentReason('Trabalho sozinho', 'pt-BR', 'BR')).not.toBe('thing');
    expect(screenTold({ items: [{ text: 'clases grupales', role: 'detail' }], lang: 'es', country: 'AR' }).items).toEqual([
      { text: 'clases grupales', role: 'offering' },
    ]);
  });

  it('a fragment is listed as not used, never lost; other items pass as they were', () => {
    const screened = screenTold({
      items: [
        { text: 'Pode dizer', role: 'detail' },
        { text: 'Pode dizer', role: 'offering' },
        { text: 'Faço bolos há 20 anos', role: 'detail' },
      ],
      lang: 'pt-BR',
    });
    expect(screened.items.map((item) => `${item.role}:${item.text}`)).toEqual(['offering:Pode dizer', 'detail:Faço bolos há 20 anos']);
    expect(screened.unused).toEqual([{ words: 'Pode dizer', why: 'filler' }]);
  });

  it('in a brief, the fragments of a cut sentence are set aside', () => {
    const brief = extractBrief({
      prompt:
        'Faço marmitas em Jundiaí. Comecei há 6 anos na cozinha de casa. Se o cliente quiser. Entrego às quintas. Whats 11 98877-6655',
    });
    const told = (brief.items ?? []).filter((item) => item.role === 'detail').map((item) => item.text);
    expect(told.join(' | ')).not.toMatch(/Se o cliente quiser/);
    expect((brief.unused ?? []).map((entry) => entry.words)).toContain('Se o cliente quiser');
  });
});

describe('a told part cut before its noun or its price', () => {
  it('is told to no one', () => {
    expect(toldFragmentReason('Na feira todo mundo me conhece por esse', 'pt-BR')).toBe('filler');
    expect(toldFragmentReason('O conserto sai por volta', 'pt-BR')).toBe('filler');
    expect(toldFragmentReason('Na feira todo mundo me conhece', 'pt-BR')).toBeUndefined();
  });
});
