import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

const offerings = (prompt: string) =>
  extractBrief({ prompt })
    .items!.filter((item) => item.role === 'offering')
    .map((item) => item.text);

describe('where the business works is not what it offers', () => {
  it('more towns listed after the place join the location', () => {
    const brief = extractBrief({ prompt: 'Canalizador em Braga, Guimarães e Barcelos. Desentupimentos, esquentadores e roturas.' });
    expect(brief.location?.text).toBe('Braga, Guimarães e Barcelos');
    expect(brief.items!.map((item) => item.text)).not.toEqual(expect.arrayContaining(['Guimarães', 'Barcelos']));
  });

  it('a town joined by "e"/"y" and a state code after the town are where, too', () => {
    expect(extractBrief({ prompt: 'dedetização em Campinas e Sumaré. cupim, barata e rato' }).location?.text).toBe('Campinas e Sumaré');
    const brief = extractBrief({ prompt: 'conserto geladeira e freezer. uberlandia mg' });
    expect(brief.location).toMatchObject({ text: 'Uberlândia', country: 'BR' });
    expect(offerings('conserto geladeira e freezer. uberlandia mg').join(' ').toLowerCase()).not.toContain('mg');
  });
});

describe('the brands a business works with', () => {
  it('are one sentence in the person’s words, not a card per brand, and never the name', () => {
    const prompt = 'HVAC repair in Tulsa. We service Trane, Carrier and Lennox. AC tune-ups and furnace repair.';
    const brief = extractBrief({ prompt });
    expect(brief.name).toBeNull();
    expect(brief.items).toContainEqual({ text: 'We service Trane, Carrier and Lennox', role: 'detail' });
    expect(offerings(prompt)).toEqual(['AC tune-ups', 'furnace repair']);
  });

  it('a list of ordinary words after "trabalho com" stays what they offer', () => {
    expect(offerings('fotógrafa em Recife, trabalho com casamentos, ensaios e festas infantis')).toEqual([
      'casamentos',
      'ensaios',
      'festas infantis',
    ]);
  });
});
