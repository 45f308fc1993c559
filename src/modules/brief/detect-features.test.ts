import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const featuresOf = (prompt: string) => extractBrief({ prompt }).features;

describe('a feature refused or denied is not asked for', () => {
  it('a refusal to put it on the site beats any other mention of it', () => {
    const prompt =
      'Empresa de jardinagem em Viseu. Por favor, não ponham preços no site: cada jardim é diferente e os preços da internet enganam. Telefone 232 000 111.';
    expect(featuresOf(prompt)).not.toContain('pricing');
    expect(featuresOf('Jardinería en Toledo. No pongan precios en la página, los precios cambian mucho. Tel 925 000 111')).not.toContain(
      'pricing',
    );
    // …and a mention alone still asks.
    expect(featuresOf('Empresa de jardinagem em Viseu. Quero uma tabela de preços. Telefone 232 000 111.')).toContain('pricing');
  });

  it('what the business says it does not do, a word or two before, is no request', () => {
    expect(featuresOf('Costureira em Londrina. Não busco nem entrego, a cliente traz a peça. WhatsApp (43) 99111-2233')).not.toContain(
      'delivery',
    );
    expect(featuresOf('Vivero en Salta. No hacemos envíos, solo retiro en el vivero. WhatsApp 387 411 2233')).not.toContain('delivery');
    // …while three words away it is about something else: this business delivers.
    expect(featuresOf('Marmitaria em Londrina. Não cobramos taxa de entrega no centro. WhatsApp (43) 99111-2233')).toContain('delivery');
  });
});

describe('a form only where it is asked for or needed', () => {
  it('adds none beside the phone, WhatsApp or email the person gave, unless they name one', () => {
    const noFormOf = (prompt: string) => extractBrief({ prompt }).facts.noForm === true;
    expect(noFormOf('Amolador em Pelotas, facas e tesouras. WhatsApp (53) 99123-4567')).toBe(true);
    expect(noFormOf('Knife sharpening in Leeds. Ring 0113 496 0000 or email edge@example.co.uk')).toBe(true);
    expect(noFormOf('Amolador em Pelotas, facas e tesouras. Quero um formulário de contato. WhatsApp (53) 99123-4567')).toBe(false);
    // With no other way to reach the business, the form is the way.
    expect(noFormOf('Amolador em Pelotas, facas e tesouras.')).toBe(false);
  });
});
