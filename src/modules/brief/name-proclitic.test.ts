import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// "o site se pode chamar …" (the pronoun before the verb, as Brazilians and many Portuguese say it)
// was not read as naming: the site took the owner's name instead.
describe('a name given with the pronoun before the verb', () => {
  it('is the name, as "chama-se" is', () => {
    for (const [prompt, name] of [
      [
        'Sou o Tiago Moura e faço ferragens em Pombal. A loja se pode chamar Ferragens do Largo. Telemóvel 912 555 118.',
        'Ferragens do Largo',
      ],
      ['Me llamo Inés Ruiz, tapizo sillas en Cuenca. El taller puede llamarse Tapices La Hoz. Cel 0991 555 321.', 'Tapices La Hoz'],
      ['Sou a Clara Reis, faço doces em Itu. O site vai se chamar Doces da Clara. WhatsApp (11) 99555-0142.', 'Doces da Clara'],
    ] as const)
      expect(extractBrief({ prompt }).name, prompt).toBe(name);
  });
});
