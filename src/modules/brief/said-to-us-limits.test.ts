import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { sortDetails, withoutPermissionTail } from './sort-details';

const detail = (text: string) => ({ text, role: 'detail' as const });

// What this session's readers of things said to us must leave told: each case was a false positive
// found by reading the change as a new user would write.
describe('what is told, however it sounds like talk to us', () => {
  it('praise people repeat is told; only a rumour is hearsay', () => {
    expect(sortDetails([detail('Dizem que nosso pastel é o melhor da cidade')], 'pt-BR').unused).toEqual([]);
    expect(sortDetails([detail('Mis clientes dicen que nuestro helado es el más cremoso')], 'es').unused).toEqual([]);
  });

  it('a verb of saying refused opening its clause is said to us; one with a subject before it is told', () => {
    for (const text of ['Dizer que é orgânico não pode', 'Chamar de sem glúten nem pensar'])
      expect(sortDetails([detail(text)], 'pt-BR').unused, text).toEqual([{ words: text, why: 'aside' }]);
    expect(sortDetails([detail('we call it a day at five, no exceptions')], 'en').unused).toEqual([]);
  });

  it('"nada" before an article or a comparison points at no one', () => {
    const spinning = extractBrief({ prompt: 'Tenemos clases de spinning en Rosario. La inscripción no cuesta nada el primer mes.' });
    expect(JSON.stringify(spinning.items)).toMatch(/spinning/);
    const bakery = extractBrief({ prompt: 'Panadería en Rosario. Mi abuela amasaba, nada como ella para la masa.' });
    expect(JSON.stringify(bakery.items)).toMatch(/abuela/);
  });

  it('"entre nós" meaning among us keeps its paragraph', () => {
    const brief = extractBrief({ prompt: 'Entre nós são quatro irmãos. Fazemos sonho e bolo de fubá em Itu.' });
    expect(JSON.stringify(brief.items)).toMatch(/bolo de fubá/);
  });

  it('a house number after a phone is no refusal of it', () => {
    expect(extractBrief({ prompt: 'Cafe in Galway. Phone 091 123 456, No. 12 Shop Street.' }).facts.phones).toHaveLength(1);
  });

  it('a name cue of what the name may be takes no description; a lowercase name after "se chama" stands', () => {
    for (const prompt of [
      'Faço doces em Itu. O nome vai ser definido depois.',
      'Faço doces em Itu. O nome deve ser fácil de lembrar.',
      'We bake in Leeds. The name should be short and catchy.',
      'Hago pan en Rosario. El nombre puede ser corto.',
    ])
      expect(extractBrief({ prompt }).name, prompt).toBeNull();
    expect(extractBrief({ prompt: 'minha padaria se chama sempre fresco, fica em itu' }).name).toBe('Sempre Fresco');
  });

  it('two letters are a thing sold in a list ("tv", "pé")', () => {
    const offered = extractBrief({ prompt: 'Conserto tablet, tv e notebook em Itu.' }).items?.map((item) => item.text);
    expect(offered).toEqual(expect.arrayContaining(['tv']));
  });

  it('leave given to the visitor is told', () => {
    const text = 'Alquilamos kayaks por hora y ustedes pueden salir con nosotros';
    expect(withoutPermissionTail(text)).toBe(text);
  });
});
