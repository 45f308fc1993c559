import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const offerings = (prompt: string) =>
  (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);

describe('a relative or a helper named', () => {
  it('is never a card, with the name after who they are or alone after a comma', () => {
    expect(
      offerings('Faço cercas em Irati com meu genro Anderson: cerca de arame, porteira e mourão. Cerca R$ 40 o metro.'),
    ).not.toContainEqual(expect.stringMatching(/anderson|genro/i));
    expect(offerings('Hacemos quesos en Turrialba con mi hermana, Yendry: queso tierno, natilla y cuajada.')).not.toContainEqual(
      expect.stringMatching(/yendry|hermana/i),
    );
  });

  it('leaves the things sold as cards', () => {
    expect(offerings('Faço cercas em Irati com meu genro Anderson: cerca de arame, porteira e mourão.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/porteira/i)]),
    );
  });
});
