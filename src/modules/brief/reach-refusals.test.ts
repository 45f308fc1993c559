import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// How people say a way of reaching them is not to be offered: each in wording of our own.
describe('calls refused by a negation that answers the word for calls', () => {
  it.each([
    'Faço cestas de vime em Itu. WhatsApp (11) 98765-4321, só texto. Chamada também não.',
    'Hago cestos en Rosario. WhatsApp 341 555 1234. Llamadas no, que en el taller no se oye.',
    'Arranjo bicicletas em Braga. WhatsApp 912 345 678. Chamadas não.',
  ])('%s', (prompt) => {
    const brief = extractBrief({ prompt });
    expect(brief.facts.reachOnly).toBe('whatsapp');
    expect(brief.features).not.toContain('phone');
  });

  it('a negation that is not the last word of its clause refuses nothing', () => {
    const brief = extractBrief({ prompt: 'Faço cestas de vime em Itu. WhatsApp (11) 98765-4321. Telefone fixo não tenho, só o celular.' });
    expect(brief.facts.reachOnly).toBeUndefined();
  });
});
