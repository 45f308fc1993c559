import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { setAsideSaidToBuilder } from './said-to-builder';

describe('prices said only to us', () => {
  it('a sentence with a thousands point in it is still one sentence said to us', () => {
    expect(
      setAsideSaidToBuilder('Hago hórreos en Llanes. Solo para vosotros: un tejado me sale por unos 3.500 euros. Presupuesto gratis.')
        .asides,
    ).toEqual(['Solo para vosotros: un tejado me sale por unos 3.500 euros']);
  });

  it('are no prices of the site, and "X no quiero en la web" refuses the price list', () => {
    const brief = extractBrief({
      prompt:
        'Restauro hórreos en Llanes. Tejados y carcoma.\n\nPrecios no quiero en la web. Para que lo sepáis vosotros: cobro 35 euros la hora y un tejado sale por unos 3.200 euros. Poned que el presupuesto es gratis.',
    });
    expect(brief.facts.prices).toEqual([]);
    expect(brief.features).not.toContain('pricing');
  });
});
