import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const offerings = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text.toLowerCase());

describe('a few words making a sentence of their own amid prose are said, never sold', () => {
  it('leaves a reaction, a greeting and a thanks off the cards, and keeps what is sold', () => {
    const prompt =
      'Olá. Um cliente escreveu no Google que cobrei caro pela desentupidora. Que absurdo. E o rapaz mal-educado. ' +
      'Respondi que desentupir pia custa R$ 90 e esgoto R$ 150. Obrigado. ' +
      'O nome é Desentupidora Ralo Livre, em Caruaru. Também faço limpeza de caixa d’água.';
    const cards = offerings(prompt);
    expect(cards.join(' | ')).not.toMatch(/absurdo|rapaz|obrigado/);
    expect(cards.some((card) => card.includes('limpeza de caixa'))).toBe(true);
  });

  it('keeps short sentences that are a list written with full stops, and a line of an ad among lines without verbs', () => {
    expect(
      offerings('Padaria do Bairro em Braga. Pão de centeio. Broas. Bolos de aniversário. Encomendas por telefone 253 000 111.'),
    ).toEqual(expect.arrayContaining(['broas']));
    const ad = offerings(
      'Cortinas e persianas sob medida em Londrina, PR. Persianas rolô, double vision e romanas. Instalação grátis. Fone (43) 3322-1100.',
    );
    expect(ad.some((card) => card.includes('instalação grátis'))).toBe(true);
  });

  it('never sets aside a short sentence that sells with a verb or carries its price', () => {
    const cards = offerings(
      'Sou sapateiro em Setúbal e faço meias-solas desde 1990, o trabalho é todo à mão. Também arranjo malas. Capas de tacão 6 €.',
    );
    expect(cards.some((card) => card.includes('malas'))).toBe(true);
  });
});
