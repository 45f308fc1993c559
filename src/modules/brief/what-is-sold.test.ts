import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// "Vendo portões de alumínio…" put "Vendo portões de alumínio" in the hero and as the kind: the
// first person of "to sell", as a title, reads as a classified ad. A business that sells a thing
// is that thing's business, as one that makes it is.
describe('a business said by what it sells', () => {
  it('is what it sells, never the verb', () => {
    const pt = extractBrief({ prompt: 'Vendo grades e portões de ferro sob medida em Maringá, com instalação. Whats (44) 99812-4076' });
    expect(pt.what).toBe('grades e portões de ferro sob medida');
    const es = extractBrief({ prompt: 'Vendemos semillas nativas y plantines en Paysandú. Envíos a todo el país.' });
    expect(es.what).toBe('semillas nativas y plantines');
    expect(es.items?.map((item) => item.text)).toContain('semillas nativas y plantines');
  });

  it('keeps the verb of work done to a thing ("conserto…"), which is what is offered', () => {
    expect(extractBrief({ prompt: 'Conserto bicicletas em Pelotas. Whats (53) 99812-4076' }).what).toMatch(/^Conserto/);
  });
});

// "Atendo a domicílio", "…, a domicilio.": where the work is done. It became a card titled
// "Domicílio" and the hero's only line.
describe('where the work is done, said after "a"', () => {
  it('is told with its "a", never a card', () => {
    for (const prompt of [
      'Conserto geladeiras e máquinas de lavar em Natal. Atendo a domicílio de segunda a sábado.',
      'Hago reparaciones de persianas en Mérida, a domicilio.',
    ]) {
      const items = extractBrief({ prompt }).items ?? [];
      expect(
        items.filter((item) => item.role === 'offering' || item.role === 'topic').map((item) => item.text.toLowerCase()),
      ).not.toContain('domicilio');
      expect(items.filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase())).not.toContain('domicílio');
      expect(items.some((item) => item.role === 'detail' && /a domic[ií]lio/i.test(item.text))).toBe(true);
    }
  });
});
