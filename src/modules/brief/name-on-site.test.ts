import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

describe('the name the person wants on the site', () => {
  it('wins over the registered name said beside it', () => {
    expect(
      extractBrief({
        prompt:
          'En los papeles soy "Talleres Ibáñez SL", pero en la web quiero que ponga Forja Ibáñez. Hago rejas y barandillas en Teruel.',
      }).name,
    ).toBe('Forja Ibáñez');
    expect(
      extractBrief({ prompt: "Legally we're Smith Holdings Ltd, but on the website put Dee's Mowing. I mow lawns in Ely." }).name,
    ).toBe("Dee's Mowing");
    expect(extractBrief({ prompt: 'Faço bolos em Itu. No site quero que apareça Doces da Lurdes.' }).name).toBe('Doces da Lurdes');
  });
});
