import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { writeNumberWords } from './write-number-words';

describe('amounts and hours written in words', () => {
  it('writes a half said after the money into the amount, and the first of a range in digits', () => {
    expect(writeNumberWords('Meia sola, nove euros e meio; salto, de seis a dez euros.', 'pt')).toBe(
      'Meia sola, 9,50 euros; salto, de 6 a 10 euros.',
    );
    expect(writeNumberWords('Afilado de tijeras: tres dólares y medio.', 'es')).toBe('Afilado de tijeras: 3,50 dólares.');
    // A half that goes on into a thing is that thing ("meia sola", a half sole).
    expect(writeNumberWords('Salto, seis euros e meia sola nova, dez euros.', 'pt')).toBe('Salto, 6 euros e meia sola nova, 10 euros.');
    expect(writeNumberWords('Rush seating costs twelve dollars and a half, or from eight to ten dollars.', 'en')).toBe(
      'Rush seating costs 12.50 dollars, or from 8 to 10 dollars.',
    );
  });

  it('writes amounts in digits, in the money the paragraph names when one stands alone', () => {
    expect(writeNumberWords('A mesa grande sai por uns três mil e duzentos reais. A cadeira, quatrocentos e oitenta.', 'pt')).toBe(
      'A mesa grande sai por uns 3.200 reais. A cadeira, 480 reais.',
    );
    expect(writeNumberWords('La poda cuesta cuarenta mil pesos y el injerto doscientos cincuenta mil.', 'es')).toBe(
      'La poda cuesta 40.000 pesos y el injerto 250.000 pesos.',
    );
    expect(writeNumberWords('A full reroof is about twelve thousand five hundred dollars.', 'en')).toBe(
      'A full reroof is about 12,500 dollars.',
    );
  });
  it('writes hours as a clock, the part of the day read', () => {
    expect(writeNumberWords('Abro de terça a domingo, das sete da manhã às quatro da tarde.', 'pt')).toBe(
      'Abro de terça a domingo, das 7h às 16h.',
    );
    expect(writeNumberWords('Atendemos de las ocho de la mañana a las seis de la tarde.', 'es')).toBe('Atendemos de las 8:00 a las 18:00.');
    expect(writeNumberWords('Open from eight in the morning till five in the afternoon.', 'en')).toBe('Open from 8am till 5pm.');
  });
  it('writes a count of two numbers joined in digits', () => {
    expect(writeNumberWords('Fui tecelã durante trinta e quatro anos.', 'pt')).toBe('Fui tecelã durante 34 anos.');
    expect(writeNumberWords('Llevo veinte y tantos años, cuarenta y dos clientes fijos.', 'es')).toBe(
      'Llevo veinte y tantos años, 42 clientes fijos.',
    );
  });
  it('leaves small counts and sayings in words', () => {
    const said = 'Trabalho com os dois filhos há trinta anos. Mil desculpas pela demora, one-on-one lessons.';
    expect(writeNumberWords(said, 'pt')).toBe(said);
  });
  it('gives the brief the prices and hours a person wrote in words', () => {
    const brief = extractBrief({
      prompt:
        'Sou o Artur, ferreiro em Pirenópolis, Goiás. Um portão de ferro batido sai por volta de seis mil e quinhentos reais. O corrimão, mil e oitocentos. Trabalho de segunda a sexta, das sete da manhã às cinco da tarde. WhatsApp (62) 99123-4567.',
    });
    expect(brief.facts.prices.map((price) => [price.amount, price.label])).toEqual([
      [6500, 'portão de ferro batido'],
      [1800, 'corrimão'],
    ]);
    expect(brief.facts.openingHours).toEqual(['Mo-Fr 07:00-17:00']);
  });
});
