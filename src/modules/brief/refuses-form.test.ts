import { describe, expect, it } from 'vitest';
import { refusesForm } from './detect-features';
import { extractBrief } from './extract-brief';
import { fold } from './text';

describe('a form refused, however it is said', () => {
  it('before or after the word for a form, in each language; never a form whose field is refused', () => {
    for (const said of [
      'não quero formulário',
      'ele não quer formulário nenhum',
      'formulário acho que não precisa, o pessoal manda foto',
      'formulario no hace falta',
      'no need for a form',
      "a form won't be needed",
      // The word for a form first, its refusal after it: "formulário não quero", "formulario tampoco".
      'e formulário não quero, prefiro que liguem',
      'formulário também não, ninguém o ia ver',
      'formulario tampoco, que no lo miro',
      'o formulário que a minha sobrinha fez não é para pôr',
      // A negation and a verb of wanting or putting with the form as its object, in either order.
      'formulario nao precisa nao viu',
      'no deseamos formulario de contacto ni correo',
      'não precisa de formulário, todo mundo liga',
      'o formulário eu não quero',
      'please do not include a contact form',
    ])
      expect(refusesForm(fold(said)), said).toBe(true);
    for (const said of [
      'formulário não precisa ter email',
      'quero formulário com nome, não precisa email',
      'formulário com nome. não precisa de mapa',
      'quero um formulário no site',
      'formulário no final da página, com nome e telefone',
      'formulário pra quem não quer ligar',
      'no rodapé coloca o formulário de contato',
      "we don't use a contact form yet, please add one",
    ])
      expect(refusesForm(fold(said)), said).toBe(false);
  });

  it('leaves the site without a form', () => {
    expect(
      extractBrief({
        prompt: 'Costureira em Lages, faço barra e ajuste. Formulário acho que não precisa, me chamam no whats 49 99123-4567.',
      }).facts.noForm,
    ).toBe(true);
  });
});

describe('WhatsApp refused by the sentence that names it', () => {
  it('keeps the number a phone when the sentence says WhatsApp is not to be put on the site, or refuses it after "também"', () => {
    const grandson = extractBrief({
      prompt: 'Conserto relógios em Viseu. Telemóvel 912 345 678. O WhatsApp e o email que lá estão são do meu neto e não são para pôr.',
    });
    expect(grandson.facts.whatsapp).toBeUndefined();
    expect(grandson.features).not.toContain('whatsapp');
    const also = extractBrief({ prompt: 'Afino pianos em Évora. Liguem para 912 345 678. Formulário não. WhatsApp também não.' });
    expect(also.features).not.toContain('whatsapp');
    expect(also.facts.noForm).toBe(true);
    // A WhatsApp given to be used stays.
    const used = extractBrief({ prompt: 'Afino pianos em Évora. WhatsApp 912 345 678, é o melhor para marcar.' });
    expect(used.facts.whatsapp).toBe('351912345678');
  });
});
