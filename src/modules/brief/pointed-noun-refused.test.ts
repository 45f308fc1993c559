import { describe, expect, it } from 'vitest';
import { composeOfflineSite } from '@/modules/composer/compose-offline-site';
import { extractBrief } from './extract-brief';

const siteOf = (prompt: string) => {
  const brief = extractBrief({ prompt });
  return JSON.stringify(composeOfflineSite({ prompt, locales: brief.languages, brief }));
};

// 'Um jornal me chamou de "o último relojoeiro…". Não é verdade… Não quero essa frase no site, nem
// parecida.': the refused title was published, and the denial beside it.
describe('a thing pointed at with its noun and refused', () => {
  it('keeps the quotation it points at, and what was said of it, off the site', () => {
    const portuguese = siteOf(
      'Faço cadeiras de palha em Tietê. Uma revista me chamou de "o maior cadeireiro do interior". Exagero deles, tem muita gente boa. Não quero essa frase no site.\n\nCadeira de palha: R$ 300. WhatsApp (15) 99555-0123.',
    );
    expect(portuguese).not.toMatch(/maior cadeireiro|revista|Exagero/);
    expect(portuguese).toMatch(/300/);
    const english = siteOf(
      'I thatch roofs around Crediton. A local paper called me "the last thatcher in Devon". That is not true at all. I don\'t want that line on the website. Ridge repair from £900. Call 01632 960 418.',
    );
    expect(english).not.toMatch(/last thatcher|local paper|not true/);
    expect(english).toMatch(/900/);
  });

  it('is only a thing said in words: "não quero esse trabalho" refuses no quotation', () => {
    const brief = extractBrief({
      prompt:
        'A padaria se chama "Pão da Vó", em Itu. Bolo de fubá R$ 25. Pedem entrega, mas não quero esse trabalho. WhatsApp (11) 99555-0101.',
    });
    expect(brief.name).toBe('Pão da Vó');
    expect(brief.facts.prices).toHaveLength(1);
  });

  it('is not a thing wanted: "quero essa cor no site" refuses nothing', () => {
    const site = siteOf(
      'Faço cadeiras de palha em Tietê. Uso palha de taboa, que dura mais. Cadeira de palha: R$ 300. WhatsApp (15) 99555-0123.',
    );
    expect(site).toMatch(/taboa/);
  });
});
