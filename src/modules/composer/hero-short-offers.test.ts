import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { composeOfflineSite } from './compose-offline-site';

const heroSubtitle = (prompt: string) => {
  const brief = extractBrief({ prompt });
  const site = composeOfflineSite({ prompt, locales: brief.languages, brief });
  const hero = site.pages[0]!.sections.find((section) => section.type === 'hero') as { subtitleKey?: string } | undefined;
  return hero?.subtitleKey ? (site.i18n.strings[site.i18n.defaultLocale]?.[hero.subtitleKey] ?? '') : '';
};

describe('the line under the headline', () => {
  it('names the offerings short: no asides in parentheses', () => {
    const subtitle = heroSubtitle(
      'Afino pianos em Braga. Afinação (verificação dos martelos e das cordas): 60 €. Restauro completo, teclas novas, feltros novos: 900 €. Transporte de piano (só na cidade): 80 €.',
    );
    expect(subtitle).toMatch(/afinação/i);
    expect(subtitle).not.toMatch(/martelos|cidade/);
  });
});

describe('a lead-in to the prices', () => {
  it('is no title of the price list', () => {
    const prompt =
      'Faço panelas de barro em Vitória. Os preços são estes: a panela pequena custa 60 reais, a média 100 reais, e a tampa avulsa, 15 reais.';
    const brief = extractBrief({ prompt });
    const site = composeOfflineSite({ prompt, locales: brief.languages, brief });
    expect(Object.values(site.i18n.strings['pt-BR'] ?? {}).join(' | ')).not.toMatch(/são estes/i);
  });
});

describe('a decimal comma in an offering', () => {
  it('is the amount’s, never where the short name ends', () => {
    const subtitle = heroSubtitle('Loja de tintas em Joinville. Vendemos tinta acrílica 3,6 L, massa corrida 25 kg e rolos de lã.');
    expect(subtitle).not.toMatch(/acrílica 3(?!,6)/);
  });
});
