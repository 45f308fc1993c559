import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const told = (prompt: string) => (extractBrief({ prompt }).items ?? []).map((item) => item.text).join(' | ');

describe('what the person asks of the looks, after their colours', () => {
  it('reads a sentence opening on two colours as the look, and a refusal right after it as the look too', () => {
    const pt = told(
      'Sou a Irene, faço colchas de retalhos em Tiradentes. Colchas, almofadas e toalhas. WhatsApp (32) 99812-3456.\n\nVerde-musgo e creme, como as janelas da rua. Peço que não usem igrejas nem bandeirinhas.',
    );
    expect(pt).not.toMatch(/Verde-musgo|igrejas|bandeirinhas/);
    expect(pt).toMatch(/almofadas/i);
    const es = told(
      'hago sombreros de paja en montecristi. sombreros finos y superfinos. celular 099 555 1234. colores: beige y cafe. que no salgan playas ni palmeras.',
    );
    expect(es).not.toMatch(/playas|palmeras/);
  });
});

describe('what the business has not, said', () => {
  it('is no picture refused', () => {
    const brief = extractBrief({
      prompt: 'Faço sabonetes em Paraty. O sabonete não tem selo orgânico, mas cada lote é testado. WhatsApp (24) 99876-5432.',
    });
    expect((brief.unused ?? []).filter((entry) => entry.why === 'style').map((entry) => entry.words)).toEqual([]);
    expect((brief.items ?? []).map((item) => item.text).join(' | ')).toMatch(/selo orgânico/);
  });
});
