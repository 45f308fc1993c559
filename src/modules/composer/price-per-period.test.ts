import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

// "deslocação 5 € por dia": the card read "5,00 €", its "per day" dropped, while the price list
// beside it said "28,00 €/hora" — and that price was labelled with the business's own sentence.
describe('a price said per a period', () => {
  it('shows its period on the card, and the phrase that opens its sentence names it', () => {
    const prompt = 'Sou carpinteiro naval em Aveiro. Reparação de barcos de madeira, 28 € por hora, mais deslocação 5 € por dia.';
    const brief = extractBrief({ prompt });
    expect(brief.facts.prices.map((price) => price.label)).toEqual(['Reparação de barcos de madeira', 'deslocação']);
    const page = JSON.stringify(composeOfflineSite({ prompt, locales: brief.languages, brief }));
    expect(page).toMatch(/5,00\s€\/dia/u);
    expect(page).toMatch(/28,00\s€\/hora/u);
  });
});
