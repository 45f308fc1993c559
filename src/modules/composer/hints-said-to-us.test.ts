import { describe, expect, it } from 'vitest';
import { extractBrief } from '@/modules/brief/extract-brief';
import { briefToComposer } from './brief-to-composer';
import { createRng } from './random';

describe('a hint in what was said to us', () => {
  it('shapes no copy: "nada de negocio familiar" said to us makes no family business', () => {
    const prompt =
      'Carpintería en Llanes: restauro hórreos, tejados y carcoma.\n\nCosas que no quiero que salgan: mi hijo no quiere saber nada del oficio, así que nada de "negocio familiar".';
    const site = extractBrief({ prompt });
    expect(site.kind.confidence).toBe('certain');
    expect(briefToComposer(site, prompt, 'es', createRng(1)).hints).not.toContain('family');
    // …while said about the business, it does.
    const family = 'Carpintería familiar en Llanes: restauro hórreos, tejados y carcoma.';
    expect(briefToComposer(extractBrief({ prompt: family }), family, 'es', createRng(1)).hints).toContain('family');
  });
});

describe('a hint refused as it was typed, without accents and with shortenings', () => {
  it('shapes no copy: "nao fala q e organico" makes no organic business', () => {
    const prompt =
      'Padaria em Itu, pão de fermentação natural e bolo caseiro. e nao fala q o pao e organico pq nao tenho certificado nenhum.';
    const site = extractBrief({ prompt });
    expect(briefToComposer(site, prompt, 'pt-BR', createRng(1)).hints).not.toContain('organic');
    const organic = 'Padaria orgânica em Itu, pão de fermentação natural e bolo caseiro.';
    expect(briefToComposer(extractBrief({ prompt: organic }), organic, 'pt-BR', createRng(1)).hints).toContain('organic');
  });
});
