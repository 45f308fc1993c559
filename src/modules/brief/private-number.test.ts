import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';

describe('a number the person keeps off the site', () => {
  it('is no phone of the business, in its own sentence; the others stay', () => {
    const english = extractBrief({
      prompt:
        "Piano tuning in Cobourg. Shop phone (905) 555-0121. Please don't put my home number on the website, it's (905) 555-0177, that's for the kids.",
    });
    expect(english.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['9055550121']);
    const portuguese = extractBrief({
      prompt: 'Afino pianos em Tomar. Oficina 249 312 118. O telemóvel 912 004 377 é da família, não o ponham no site, por favor.',
    });
    expect(portuguese.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['249312118']);
    // The site pointed at rather than named: "on there", "aí".
    const pointed = extractBrief({
      prompt:
        "Chimney sweeping in Macon. Call me on (478) 555-0148. My son keeps the diary, his number is (478) 555-0163, but don't put his on there.",
    });
    expect(pointed.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['4785550148']);
  });

  it('keeps a number whose sentence refuses something else', () => {
    const brief = extractBrief({ prompt: 'Afino pianos em Tomar. Não atendo ao domingo. Ligue 912 004 377, não uso WhatsApp.' });
    expect(brief.facts.phones.map((phone) => phone.replace(/\D/g, ''))).toEqual(['912004377']);
  });
});
