import { describe, expect, it } from 'vitest';
import { capitalisePlaces } from './capitalise-places';

const said = (text: string, country: string) => capitalisePlaces([{ text, role: 'detail' }], country)[0]!.text;

describe('capitalisePlaces', () => {
  it('writes a lowercase town with its capital after a place preposition or beside another town', () => {
    expect(said('atendo araras e leme', 'BR')).toBe('atendo Araras e Leme');
    expect(said('conchal e rio claro não vou', 'BR')).toBe('Conchal e Rio Claro não vou');
    expect(said('trabalho em Olhão, moncarapacho', 'PT')).toBe('trabalho em Olhão, Moncarapacho');
  });

  it('leaves a common word that is also a town, a town of another country and offerings alone', () => {
    expect(said('o leme do barco', 'BR')).toBe('o leme do barco');
    expect(said('de março a dezembro', 'BR')).toBe('de março a dezembro');
    expect(said('atendo araras e leme', 'PT')).toBe('atendo araras e leme');
    expect(capitalisePlaces([{ text: 'em leme', role: 'offering' }], 'BR')[0]!.text).toBe('em leme');
  });
});
