import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

// Set 25's gardener ("trabalho em vagos, calvao…", tlm 9xx) got no place at all: a town typed in
// lowercase counted only above 20 000 people. The phone number says whose towns the writer means.
describe('a small town typed in lowercase', () => {
  it('is the place after "em" when every phone number of the prompt is of its country', () => {
    const brief = extractBrief({ prompt: 'faço limpezas de casas. trabalho em mealhada, tondela e penacova. tlm 912 345 678' });
    expect(brief.location?.text).toBe('Mealhada');
    expect(brief.location?.country).toBe('PT');
  });

  it('is no place with a phone of another country, nor a month typed without its cedilla', () => {
    expect(
      extractBrief({ prompt: 'faço limpezas de casas. trabalho em mealhada e arredores. whats 11 98877-6655' }).location?.text,
    ).not.toBe('Mealhada');
    expect(
      extractBrief({ prompt: 'faço bolos de festa, as encomendas para a páscoa abrem em marco. whats 34 99812-4076' }).location?.text,
    ).not.toBe('Marco');
  });
});
