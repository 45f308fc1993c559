import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

describe('a form asked for with its fields', () => {
  it('with no day or time to ask is no booking form, though visits elsewhere are by appointment', () => {
    const brief = extractBrief({
      prompt:
        'Faço cestos de vime em Gonçalo. Visitas à oficina só com marcação. Quero um formulário de encomenda com: nome, telefone, tamanho (pequeno, médio, grande) e quantidade.',
    });
    expect(brief.features).not.toContain('booking');
  });

  it('with a day to ask stays a booking form', () => {
    const brief = extractBrief({
      prompt: 'Faço cestos de vime em Gonçalo. Visitas só com marcação. Quero um formulário com: nome, telefone e data da visita.',
    });
    expect(brief.features).toContain('booking');
  });
});
