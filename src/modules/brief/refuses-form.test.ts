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
    ])
      expect(refusesForm(fold(said)), said).toBe(true);
    for (const said of [
      'formulário não precisa ter email',
      'quero formulário com nome, não precisa email',
      'formulário com nome. não precisa de mapa',
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
