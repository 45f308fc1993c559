import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { expandAbbreviations } from './expand-abbreviations';

describe('what a phone keyboard shortens, written out', () => {
  it('expands lowercase whole words only: names, handles, units and emails stay as typed', () => {
    expect(expandAbbreviations('faço pra festa, vc escolhe, tb entrego q nem pizza', 'pt')).toBe(
      'faço para festa, você escolhe, também entrego que nem pizza',
    );
    expect(expandAbbreviations('Doces Pra Você, @pra.doces, pra@doces.com, R$ 3/kg, c/u', 'pt')).toBe(
      'Doces Pra Você, @pra.doces, pra@doces.com, R$ 3/kg, c/u',
    );
    expect(expandAbbreviations('pan casero, tb facturas, q rico', 'es')).toBe('pan casero, también facturas, que rico');
  });

  it('the site and the brief say "para" and "você", never "pra" and "vc"', () => {
    const brief = extractBrief({
      prompt: 'marmita fitness pra entrega em Londrina, vc monta o cardápio da semana. chama no zap 43 99812-3344',
    });
    const said = JSON.stringify(brief.items);
    expect(said).not.toMatch(/\bpra\b|\bvc\b/);
    expect(brief.what ?? '').toMatch(/para/);
  });
});
