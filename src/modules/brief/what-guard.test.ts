import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { isNotWhat } from './what-guard';

describe('what the business is', () => {
  it('is never the writer writing for a relative; the trade said with "é" is', () => {
    const brief = extractBrief({
      prompt: 'Boa tarde. Escrevo em nome da minha tia, que não usa computador. Ela é costureira em Viseu há 30 anos. Bainhas a 5€.',
    });
    expect(brief.what).toBe('costureira');
  });

  it('is never words of thanks to us', () => {
    const brief = extractBrief({
      prompt: "G'day, and thanks for having a go at this. I'm Col and I fix lawn mowers in Dubbo. Service $60. Mobile 0491 570 110.",
    });
    expect(brief.what ?? '').not.toMatch(/having a go/);
  });

  it("is never the person's word for their work, nor their plan to explain", () => {
    const brief = extractBrief({
      prompt: 'hola, necesito una pagina pa mi pega. soy gasfiter en temuco hace 10 años. destape de lavaplatos $25.000',
    });
    expect(brief.what).toBe('gasfiter');
    expect(extractBrief({ prompt: 'Oi! Vou tentar explicar: alugo pula-pula e mesas em Bauru. Pula-pula R$ 150.' }).what ?? '').not.toMatch(
      /vou tentar/,
    );
  });
});

// Set 26's pet cremation: "my partner reckons we need a proper website…" gave the hero "partner
// reckons", and "a small pet cremation service just outside orange nsw" kept "just outside".
describe('a relative who talks, and a place just outside a town', () => {
  it('is never what the business is', async () => {
    const { extractBrief } = await import('./extract-brief');
    const brief = extractBrief({
      prompt:
        'my boyfriend reckons we need a proper website instead of just instagram so here goes. we do mobile bike repairs just outside Ballarat, call 0412 345 678',
    });
    expect(brief.what).not.toMatch(/boyfriend|reckons/);
    expect(brief.what).toMatch(/bike repairs/);
    expect(brief.what).not.toMatch(/outside/);
  });
});

describe('a clause about people, or a filler', () => {
  it('is never what the business is', () => {
    expect(isNotWhat('mundo me chama', 'aqui em Caxias todo mundo me chama de Dona Zefa')).toBe(true);
    expect(isNotWhat('everyone calls me', 'everyone calls me Aunt Bea')).toBe(true);
    expect(isNotWhat('OK', 'Hi. OK, here goes.')).toBe(true);
    // …while a trade is.
    expect(isNotWhat('conserto de bonecas', 'conserto de bonecas em Caxias')).toBe(false);
    expect(isNotWhat('goat rental', 'goat rental in Boring')).toBe(false);
  });
});
