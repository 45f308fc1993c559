import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { restoreAccents } from './restore-accents';

// "Please no WhatsApp, ring the landline", "WhatsApp não, só telefone fixo": the sites got WhatsApp
// buttons on the refused channel.
describe('WhatsApp refused', () => {
  it('leaves the number a phone, with no WhatsApp', () => {
    for (const prompt of [
      'Saddler in Kildare. Please no WhatsApp, ring the landline 045 123 456.',
      'Seleiro em Braga. WhatsApp não, só telefone fixo 253 123 456.',
      'Hago tortas en Rosario. No tengo WhatsApp, llamame al 341 555 1234.',
    ]) {
      const brief = extractBrief({ prompt });
      expect(brief.facts.whatsapp, prompt).toBeUndefined();
      expect(brief.features, prompt).not.toContain('whatsapp');
      expect(brief.facts.phones.length, prompt).toBe(1);
    }
  });

  it('is kept when asked for, "no WhatsApp" being "on WhatsApp" in Portuguese', () => {
    expect(extractBrief({ prompt: 'Bolos em Recife. Me chama no WhatsApp (81) 99812-4076.' }).facts.whatsapp).toBe('5581998124076');
    expect(extractBrief({ prompt: 'Não tenho site, só WhatsApp (81) 99812-4076. Faço bolos.' }).facts.whatsapp).toBe('5581998124076');
  });
});

// "sou a cida" (typed in lower case) became the business "cidã": accented, and read as what it is.
describe('a first name typed in lower case', () => {
  it('gets no accents and is never what the business is', () => {
    expect(restoreAccents('oi, sou a cida, orcamento gratis', 'pt-BR')).toBe('oi, sou a cida, orçamento grátis');
    expect(extractBrief({ prompt: 'sou a cida, faço uniformes escolares em salto sp, whats 11 99812 4076' }).what).toBe(
      'uniformes escolares',
    );
    // A trade after "sou o" is still what the person is.
    expect(extractBrief({ prompt: 'sou o padeiro, faço pão' }).what).toBe('padeiro');
  });
});

// "estudio de tatuajes en Medellín, El Poblado" was titled "Poblado".
describe('a part of where the business is', () => {
  it('is never its name', () => {
    expect(
      extractBrief({ prompt: 'Necesito una web para mi estudio de tatuajes en Medellín, El Poblado. Hacemos fineline y realismo.' }).name,
    ).toBeNull();
    expect(extractBrief({ prompt: 'Somos a Tasca da Graça, na Graça, em Lisboa.' }).name).toBe('Tasca da Graça');
  });
});

// "na Rua Halfeld (ele faleceu em 2015, não precisa colocar isso)" gave the address "Rua Halfeld ele faleceu em 2015".
describe('a street before a parenthesis', () => {
  it('never runs into it', () => {
    expect(
      extractBrief({
        prompt: 'Sou relojoeiro em Juiz de Fora. Meu pai tinha a loja na Rua Halfeld (ele faleceu em 2015, não precisa colocar isso).',
      }).facts.address,
    ).toBe('Rua Halfeld');
    expect(extractBrief({ prompt: 'Loja na Rua Augusta 45 (2º andar), Lisboa.' }).facts.address).toBe('Rua Augusta 45');
  });
});

describe('leftovers of where and of the site', () => {
  const cards = (prompt: string) =>
    (extractBrief({ prompt }).items ?? []).filter((item) => item.role === 'offering' || item.role === 'topic').map((item) => item.text);

  it('are never cards: a kind of place, the premises, what a site does, keeping it simple', () => {
    expect(cards('Hi, I run a small mobile bike repair service in Galway city. Puncture repair €15.')).not.toContain('city');
    expect(cards('Relojoeiro em Juiz de Fora. Trabalho na Galeria Pio X, loja 12. Conserto relógios.')).not.toContain('loja 12');
    expect(cards('Relojoeiro em Juiz de Fora. Meu neto disse que um site ajuda a aparecer no Google.')).toEqual([]);
    expect(
      extractBrief({ prompt: 'Bike repair in Galway. Puncture repair €15. Keep it simple please!' }).items?.map((item) => item.text),
    ).not.toContain('Keep it simple please');
  });

  it('a booking asked of the site, then a comma, still lists its fields', () => {
    expect(
      extractBrief({
        prompt:
          "Bike repair in Galway. I'd like people to be able to book a slot online, with their address and what's wrong with the bike.",
      }).formFields?.map((field) => field.text),
    ).toEqual(['address', "what's wrong with the bike"]);
  });
});

// "NÃO somos o Inmetro nem o IPEM": the site was titled with the body the owner said they are not.
describe('a name said only in a denial', () => {
  it('is someone else’s, never the business’s', () => {
    expect(extractBrief({ prompt: 'Calibramos balanças em Cascavel. Não somos o Inmetro, somos uma empresa privada.' }).name).toBeNull();
    expect(extractBrief({ prompt: 'Somos a Padaria Estrela, não a Padaria Lua. Pão de fermentação natural em Braga.' }).name).toBe(
      'Padaria Estrela',
    );
  });
});

// 'Un botón que diga "Pedir por WhatsApp"' titled the site "Pedir por WhatsApp".
describe('a quote that labels a part of the site', () => {
  it('is never the business’s name', () => {
    expect(extractBrief({ prompt: 'Panadería en Talca. Un botón que diga "Pedir por WhatsApp".' }).name).toBeNull();
    expect(extractBrief({ prompt: 'Oficina em Braga. No site pode ter uma secção "Os nossos trabalhos".' }).name).toBeNull();
    expect(extractBrief({ prompt: 'Tenho uma padaria chamada "Pão Quente" em Braga.' }).name).toBe('Pão Quente');
  });
});

describe('a number’s short label', () => {
  it('is no card: "Ph", "Mob", "Tlm" lead the number', () => {
    for (const prompt of [
      'Knife sharpening at Mudgee markets, $8 a blade. Ph 0491 570 110',
      'Amolador em Viseu, facas e tesouras a 4 € cada. Tlm 912 345 678',
    ]) {
      const texts = (extractBrief({ prompt }).items ?? []).map((item) => item.text.toLowerCase());
      expect(texts, prompt).not.toContain('ph');
      expect(texts, prompt).not.toContain('tlm');
    }
  });
});
