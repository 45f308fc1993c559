import { describe, expect, it } from 'vitest';
import { extractFormFields } from './extract-form-fields';

const optionsOf = (prompt: string, lang: 'pt' | 'en' | 'es', label: RegExp) =>
  extractFormFields(prompt, lang)?.fields.find((field) => label.test(field.text))?.options;

describe('answers listed with commas only', () => {
  it('are choices when the field asks which (after a preposition too) or names an attribute', () => {
    expect(optionsOf('Quero um formulário com: nome, para que cômodo (sala, cozinha, quarto), telefone.', 'pt', /cômodo/)).toEqual([
      'sala',
      'cozinha',
      'quarto',
    ]);
    expect(optionsOf('Form with: name, size (small, medium, large), phone.', 'en', /size/)).toEqual(['small', 'medium', 'large']);
  });

  it('are choices when one of them is "other" or "don\'t know"', () => {
    expect(optionsOf('Formulario con: nombre, madera (pino, roble, otra), teléfono.', 'es', /madera/)).toEqual(['pino', 'roble', 'otra']);
    expect(optionsOf('Form with: name, engine brand (Yamaha, Mercury, not sure), phone.', 'en', /engine/)).toEqual([
      'Yamaha',
      'Mercury',
      'not sure',
    ]);
  });

  it('stay examples in the label otherwise', () => {
    expect(optionsOf('Formulário com: nome, onde quer o mural (parede, árvore, poste, muro), telefone.', 'pt', /mural/)).toBeUndefined();
  });
});

describe('yes and no, in the language the marker is written in', () => {
  it('answers "sí o no" in Spanish, "s/n" in the prompt\'s language, "y/n" in English', () => {
    const options = (text: string, lang: 'pt' | 'es' | 'en') =>
      extractFormFields(text, lang)?.fields.find((field) => field.options)?.options;
    expect(options('Formulario con: nombre, ¿tiene camioneta? (sí o no)', 'es')).toEqual(['Sí', 'No']);
    expect(options('Formulario con: nombre, tiene camioneta (s/n)', 'es')).toEqual(['Sí', 'No']);
    expect(options('Formulário com: nome, tem carro (s/n)', 'pt')).toEqual(['Sim', 'Não']);
    expect(options('Form with: name, has a van (y/n)', 'en')).toEqual(['Yes', 'No']);
  });
});
