import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { keepListedCatalogue } from './keep-listed-catalogue';

const offeringsOf = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);

describe('a list of one thing per line is the catalogue', () => {
  it('keeps a line whole: a pack or a detail after a comma is the same thing, and its price is the line’s', () => {
    const brief = extractBrief({
      prompt:
        'Apicultor em Montalegre. O que vendo:\n- Mel de urze, frasco de 500 g: 9 €\n- Mel de castanheiro, frasco de 1 kg: 15 €\n- Pólen, saqueta de 250 g: 7 €\nTelemóvel 936 111 222',
    });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).toEqual(['Mel de urze, frasco de 500 g', 'Mel de castanheiro, frasco de 1 kg', 'Pólen, saqueta de 250 g']);
    expect(brief.facts.prices.map((price) => price.label)).toEqual(offerings);
  });

  it('reads a priced line as sold, even when its words say "não"', () => {
    const brief = extractBrief({
      prompt:
        'Relojoeiro em Campinas.\n- Troca de bateria: R$ 25\n- Relógio que não dá corda: R$ 80\n- Troca de pulseira: R$ 30\nWhatsApp (19) 99876-5432',
    });
    expect((brief.items ?? []).filter((item) => item.role === 'exclusion')).toEqual([]);
    expect((brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text)).toContain('Relógio que não dá corda');
  });

  it('tells the story around the list by its sentences, never cut into cards', () => {
    const prompt =
      'Padaria em Arouca. Hoje somos eu e o meu cunhado, o Rui Tavares. Temos 3 fornos a lenha, como antigamente.\nPreços:\n- Broa de milho: 3 €\n- Pão de centeio: 2,50 €\n- Bolo de mel: 8 €\nTelefone 256 000 111';
    const brief = extractBrief({ prompt });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).toEqual(['Broa de milho', 'Pão de centeio', 'Bolo de mel']);
    expect((brief.items ?? []).filter((item) => item.role === 'detail').map((item) => item.text)).toContain(
      'Temos 3 fornos a lenha, como antigamente',
    );
  });

  it('keeps what the prose sells beside the list', () => {
    const offerings = offeringsOf(
      'Queijaria em Seia.\n- Queijo amanteigado: 14 €/kg\n- Requeijão: 3 €\n- Queijo curado: 18 €/kg\nVendemos também compotas e broas.',
    );
    expect(offerings).toEqual(expect.arrayContaining(['compotas', 'broas']));
  });

  it('says an unpriced line’s short note with it', () => {
    const offerings = offeringsOf(
      'Electrician in Hamilton.\n- Call-out: free within 10 km\n- Rewiring: $95 per hour\n- Safety inspection: $180\nCall 021 555 0188',
    );
    expect(offerings[0]).toBe('Call-out: free within 10 km');
  });

  it('reads bolivianos as money, and where they are paid as the country', () => {
    const brief = extractBrief({ prompt: 'Alquiler de trajes en El Alto.\n- Traje de tobas: Bs 250\n- Traje de llamerada: Bs 200' });
    expect(brief.facts.prices.map((price) => [price.label, price.currency, price.amount])).toEqual([
      ['Traje de tobas', 'BOB', 250],
      ['Traje de llamerada', 'BOB', 200],
    ]);
    expect(brief.location?.country).toBe('BO');
  });
  it('tells what follows a price about that thing, never as an audience or a card', () => {
    const brief = extractBrief({
      prompt:
        'Quinta pedagógica em Mafra.\n- Visita guiada: 4 € por pessoa; crianças até aos 10 anos não pagam\n- Ovos caseiros: 3 €\n- Mel: 8 €',
    });
    const items = brief.items ?? [];
    expect(items.filter((item) => item.role === 'audience')).toEqual([]);
    expect(items).toContainEqual({ text: 'crianças até aos 10 anos não pagam', role: 'detail' });
  });
  it('keeps what a sentence sells by the verb it opens with, and parts a service line names; tells no sentence said to us', () => {
    const brief = extractBrief({
      prompt:
        'boa tarde, quero um site pra minha relojoaria. conserto relogio de parede aqui em Braganca Paulista. meu nome e Sebastiao mas todo mundo me chama de Tiao, pode colocar Relojoaria do Tiao\nprecos:\n- limpeza de relogio de parede R$ 150\n- troca de corda R$ 80\n- troca de pendulo R$ 60\nvendo peca tambem: corda, pendulo, ponteiro\nwhats (11) 99123-4567',
    });
    const items = brief.items ?? [];
    const offerings = items.filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).toEqual(expect.arrayContaining(['conserto relógio de parede', 'corda', 'pêndulo', 'ponteiro']));
    expect(items.map((item) => item.text).join(' | ')).not.toMatch(/Sebastiao|pode colocar/);
  });
  it('never tells a sentence that holds what was said to us', () => {
    const text = 'meu nome e Raimundo, pode colocar Oficina do Mundico.\n- revisão completa\n- troca de hélice\n- solda de casco';
    const out = keepListedCatalogue({
      items: [
        { text: 'oficina', role: 'offering' },
        { text: 'revisão completa', role: 'offering' },
        { text: 'troca de hélice', role: 'offering' },
        { text: 'solda de casco', role: 'offering' },
      ],
      prices: [],
      text,
      setAside: [{ words: 'pode colocar', why: 'aside' }],
    });
    expect(out.items.map((item) => item.text)).toEqual(['revisão completa', 'troca de hélice', 'solda de casco']);
  });
});

describe('facts written as a list', () => {
  it('never makes a line that goes on into sentences, or speaks of the writer, a thing sold', () => {
    const brief = extractBrief({
      prompt: [
        'Hello. A list, quicker for me.',
        '- Name: Tarbert Knives.',
        '- Me: Callum Ross. I forge kitchen knives in the shed behind our croft, near Tarbert.',
        '- My father, Alasdair, taught me and still does some of the grinding. He is happy to be named.',
        '- I make chef knives, paring knives and small axes, and I sharpen.',
        '- Ring the workshop, 01632 960111, the mobile is hopeless. Texts to 07700 900222.',
      ].join('\n'),
    });
    const offered = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offered.join(' | ')).not.toMatch(/^Me$|My father|I make|01632/m);
    expect(offered).toEqual(expect.arrayContaining(['chef knives', 'paring knives']));
  });
});
