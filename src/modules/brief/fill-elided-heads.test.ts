import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { fillElidedHeads } from './fill-elided-heads';
import type { BriefPrice } from './site-brief-schema';

const price = (label: string, amount: number): BriefPrice => ({ text: `R$ ${amount}`, amount, currency: 'BRL', label });
const labels = (prices: readonly BriefPrice[]) => prices.map((entry) => entry.label);

describe('fillElidedHeads', () => {
  it('writes a counted entry whole with the words the entry before shares around its count', () => {
    const filled = fillElidedHeads([price('poltrona 1 lugar', 80), price('2 lugares', 140), price('4 lugares', 220)], [], 'pt-BR');
    expect(labels(filled.prices)).toEqual(['poltrona 1 lugar', 'poltrona 2 lugares', 'poltrona 4 lugares']);
    // English puts the shared words after the count.
    expect(labels(fillElidedHeads([price('1 hour sports massage', 70), price('2 hours', 120)], [], 'en').prices)).toEqual([
      '1 hour sports massage',
      '2 hours sports massage',
    ]);
  });

  it('gives a lone adjective the noun of the entry before, in Portuguese and Spanish only', () => {
    expect(labels(fillElidedHeads([price('corte feminino', 60), price('infantil', 30)], [], 'pt-BR').prices)).toEqual([
      'corte feminino',
      'corte infantil',
    ]);
    expect(labels(fillElidedHeads([price('mesa plegable', 900), price('extensible', 1400)], [], 'es').prices)).toEqual([
      'mesa plegable',
      'mesa extensible',
    ]);
    // A noun of its own, a verb, English and a first entry stay as said.
    expect(labels(fillElidedHeads([price('corte feminino', 60), price('barba', 25)], [], 'pt-BR').prices)).toEqual([
      'corte feminino',
      'barba',
    ]);
    expect(labels(fillElidedHeads([price('almoço executivo', 30), price('jantar', 45)], [], 'pt-BR').prices)).toEqual([
      'almoço executivo',
      'jantar',
    ]);
    expect(labels(fillElidedHeads([price('haircut adults', 30), price('kids', 20)], [], 'en').prices)).toEqual(['haircut adults', 'kids']);
    expect(labels(fillElidedHeads([price('3 lugares', 150)], [], 'pt-BR').prices)).toEqual(['3 lugares']);
  });

  it('renames the offering that was the label, so its card and its price stay one', () => {
    const brief = extractBrief({ prompt: 'Lavo poltronas em Londrina: poltrona 1 lugar R$ 80, 2 lugares R$ 140, reclinável R$ 160.' });
    const texts = (brief.items ?? []).map((item) => item.text.toLowerCase());
    expect(texts).toEqual(expect.arrayContaining(['poltrona 2 lugares', 'poltrona reclinável']));
    expect(texts).not.toContain('2 lugares');
    expect(texts).not.toContain('reclinável');
    expect(labels(brief.facts.prices).map((label) => label?.toLowerCase())).toContain('poltrona 2 lugares');
  });
});
