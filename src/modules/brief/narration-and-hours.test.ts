import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { setAsideSaidToBuilder } from './said-to-builder';

// Classes the set 38 review named, each in wording of our own: the steps of one's own work told as
// a list of verbs, an afternoon written with "h" after a morning, the other town refused by name.

describe('the steps of one’s own work, told in the first person', () => {
  it('go on with the told part: "lixo" is "I sand", never an offering', () => {
    const brief = extractBrief({
      prompt:
        'Faço colheres de pau em Cunha. A madeira eu pego caída no sítio. Depois eu corto, desbasto a faca, lixo e passo óleo de linhaça.',
    });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).not.toContain('lixo');
    expect(offerings.join(' | ')).not.toMatch(/passo óleo/);
    expect((brief.items ?? []).map((item) => item.text).join(' | ')).toMatch(/lixo e passo óleo de linhaça/);
  });

  it('a list of things after a first-person verb stays a list of things', () => {
    const brief = extractBrief({ prompt: 'Doceria em Itu. Eu faço bolo de pote, tortas e brigadeiros.' });
    const offerings = (brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text);
    expect(offerings).toEqual(expect.arrayContaining(['tortas', 'brigadeiros']));
  });

  it('Spanish too', () => {
    const brief = extractBrief({ prompt: 'Hago canastos en Chimbarongo. Yo corto el mimbre, lo remojo, tejo y barnizo.' });
    expect((brief.items ?? []).filter((item) => item.role === 'offering').map((item) => item.text)).not.toContain('tejo');
  });
});

describe('an afternoon range written with "h" after a morning one', () => {
  it.each([
    ['Atendo de segunda a sexta, das 8 às 12 e das 2h às 6h.', ['Mo-Fr 08:00-12:00', 'Mo-Fr 14:00-18:00']],
    ['Atendo de segunda a sexta, das 8 ao meio-dia e das duas às seis.', ['Mo-Fr 08:00-12:00', 'Mo-Fr 14:00-18:00']],
    // Alone, an "h" range is a 24-hour clock: through the night.
    ['Bar aberto de quinta a sábado, das 10h às 2h.', ['Th-Sa 10:00-02:00']],
  ])('%s', (said, hours) => {
    expect(extractBrief({ prompt: `Conserto rádios em Itu. ${said}` }).facts.openingHours).toEqual(hours);
  });
});

describe('the other town of the same name, refused by its own name', () => {
  it.each([
    'Faço queijo em Serro, MG. Não a Serro de Portugal, que nem sei onde fica.',
    'We make rope in Portland, Maine, not the Portland in Oregon.',
    'Tejo hamacas en Valencia, Venezuela, y no la Valencia de España.',
  ])('%s', (prompt) => {
    expect(setAsideSaidToBuilder(prompt).text).not.toMatch(/Portugal|Oregon|España/);
  });

  it('a thing refused with a name-like word before "of" is not a place refused', () => {
    expect(setAsideSaidToBuilder('Vendo cestos, não os de plástico da China.').text).toMatch(/plástico/);
  });
});
