import { describe, expect, it } from 'vitest';
import { mentionedCountry } from './brief-details';
import { extractBrief } from './extract-brief';

describe('a country the prompt names by itself', () => {
  it('is known beyond the few whose code shaped the site before: English, Spanish and Portuguese-speaking countries', () => {
    expect(mentionedCountry('Bee removal in Zambia, call me')?.code).toBe('ZM');
    expect(mentionedCountry('Tours in Malta and Comino')?.code).toBe('MT');
    expect(mentionedCountry('Taller de costura en Honduras')?.code).toBe('HN');
    expect(mentionedCountry('Restaurante em São Tomé e Príncipe')?.code).toBe('ST');
    expect(extractBrief({ prompt: 'Stone mason in Kampala, Uganda. Call 0772 123456.' }).location?.country).toBe('UG');
  });

  it('is never a word of the language that spells like one', () => {
    // "a malta" is "the folks" in Portugal; "agua de jamaica" a hibiscus drink; an IPA is a beer.
    expect(mentionedCountry('Tasca em Alfama, a malta do bairro vem cá todos os dias')).toBeUndefined();
    expect(mentionedCountry('Aguas frescas de horchata y de jamaica en Oaxaca')?.code).not.toBe('JM');
    expect(mentionedCountry('Taproom with a hazy India pale ale on tap')).toBeUndefined();
  });
});
