import { describe, expect, it } from 'vitest';
import { extractContact, extractOpeningHours } from './extract-contact';
import { extractBrief } from './extract-brief';

// Set 22 showed four misreadings: "2ª a 6ª" read as every day, days said after the times lost,
// breakfast time "(das 7h30 às 10h)" taken for the opening hours, and "aviso de 24 horas" for
// "open 24 hours".
describe('opening hours as people write them', () => {
  it('"2ª a 6ª" are Monday to Friday, and a second range after "/" is the same days', () => {
    expect(extractOpeningHours('Atendimento 2ª a 6ª das 9h às 12h / 14h às 18h, sábado das 9h às 12h', false)).toEqual([
      'Mo-Fr 09:00-12:00',
      'Mo-Fr 14:00-18:00',
      'Sa 09:00-12:00',
    ]);
  });

  it('days led in after the times are those times’ days; a day after a comma is the next clause’s', () => {
    expect(extractOpeningHours('entrego das 11h às 14h de seg a sex', false)).toEqual(['Mo-Fr 11:00-14:00']);
    expect(extractOpeningHours('Open 8 am to 6 pm, Sunday 10 am to 2 pm', false)).toEqual(['Mo-Su 08:00-18:00', 'Su 10:00-14:00']);
  });

  it('a time in parentheses after "das" is when an item happens; notice of 24 hours is no 24-hour opening', () => {
    expect(extractOpeningHours('servimos almoço (das 12h às 14h) e jantar', false)).toBeUndefined();
    const brief = extractBrief({
      prompt:
        'Aulas de piano em Sorocaba, segunda a quinta das 14h às 19h. Falta sem aviso de 24 horas é cobrada. Cancel with 24 hours notice.',
    });
    expect(brief.facts.openingHours).toEqual(['Mo-Th 14:00-19:00']);
  });
});

describe('a range of a size is no opening hours', () => {
  it('reads neither a decimal nor a range with its unit as a clock', () => {
    expect(extractOpeningHours('mexo com motor de 5,5 até 15 hp. seg a sáb das 7 às 17h', false)).toEqual(['Mo-Sa 07:00-17:00']);
    expect(extractOpeningHours('Consertamos motores de popa de 15 a 40 hp', false)).toBeUndefined();
  });
});

describe('an address written whole', () => {
  it('keeps its number mark, floor and postcode with the town', () => {
    const streetOf = (text: string) => extractContact(text, false).street;
    expect(streetOf('Consultório: Rua Dr. Alfredo Magalhães, n.º 14, 2.º Dto., 4700-120 Braga. Marcações por telefone.')).toBe(
      'Rua Dr. Alfredo Magalhães, n.º 14, 2.º Dto., 4700-120 Braga',
    );
    expect(streetOf('Morada: Caminho do Pico, n.º 3, 9500-100 Ponta Delgada.')).toBe('Caminho do Pico, n.º 3, 9500-100 Ponta Delgada');
    expect(streetOf('na rua das Acácias, 120, no centro')).toBe('rua das Acácias, 120');
  });

  it('reads a Brasília address', () => {
    expect(extractContact('Atendo em casa, com hora marcada: SQS 308 Bloco C, Asa Sul.', false).street).toBe('SQS 308 Bloco C');
  });
});

describe('hours written with a comma after the days, or with dotted marks', () => {
  it('are read: "de lunes a viernes, de 8 a 17", "Monday to Friday, 9 to 5", "8 a. m. a 3 p. m."', () => {
    expect(extractOpeningHours('Trabajo de lunes a viernes, de 8 a 17. Sábados no.', false)).toEqual(['Mo-Fr 08:00-17:00']);
    expect(extractOpeningHours('Abro de segunda a sexta, das 8 às 17.', false)).toEqual(['Mo-Fr 08:00-17:00']);
    expect(extractOpeningHours('Open Monday to Friday, 9 to 5.', false)).toEqual(['Mo-Fr 09:00-17:00']);
    expect(extractOpeningHours('Visitas de martes a viernes de 8 a. m. a 3 p. m., y domingos de 8 a 12.', false)).toEqual([
      'Tu-Fr 08:00-15:00',
      'Su 08:00-12:00',
    ]);
    // …never a count after days: "de segunda a sexta, 2 a 5 dias".
    expect(extractOpeningHours('Entrego de segunda a sexta, 2 a 5 dias depois do pedido.', false)).toBeUndefined();
  });
});

describe('hours whose days come after them, or that close at noon', () => {
  it('gives the times the days said after a comma when those days end the clause', () => {
    expect(extractOpeningHours('Call me 8am to 6pm, Tuesday to Sunday.', false)).toEqual(['Tu-Su 08:00-18:00']);
    expect(extractOpeningHours('Atendo das 9h às 18h, de terça a sábado.', false)).toEqual(['Tu-Sa 09:00-18:00']);
    // …but days with times of their own are the next clause's.
    expect(extractOpeningHours('Open 10 am to 8 pm, Saturday 10 am to 2 pm.', false)).toEqual(['Mo-Su 10:00-20:00', 'Sa 10:00-14:00']);
  });
  it('reads noon as the end of a range', () => {
    expect(extractOpeningHours('Segunda a sexta, das 6h ao meio-dia.', false)).toEqual(['Mo-Fr 06:00-12:00']);
    expect(extractOpeningHours('Monday to Friday, 7am till noon.', false)).toEqual(['Mo-Fr 07:00-12:00']);
    expect(extractOpeningHours('Lunes a viernes de 8 al mediodía.', false)).toEqual(['Mo-Fr 08:00-12:00']);
  });
});

// How long something takes is no opening hours: "a secagem leva de 6 a 8 horas".
describe('a range after a verb of lasting', () => {
  it('is a duration, never the hours the business opens', () => {
    const hours = (prompt: string) => extractBrief({ prompt }).facts.openingHours;
    expect(hours('Lavo tapetes em Belém. Atendo de segunda a sábado das 8h às 18h. A secagem leva em média de 6 a 8 horas.')).toEqual([
      'Mo-Sa 08:00-18:00',
    ]);
    expect(hours('Carpet cleaning in Leeds, Monday to Saturday 8am to 6pm. Drying takes 6 to 8 hours.')).toEqual(['Mo-Sa 08:00-18:00']);
    // (Hours said with "horas" are still hours.)
    expect(hours('Padaria em Itu. Funcionamos das 6 às 20 horas.')).toEqual(['Mo-Su 06:00-20:00']);
  });
});
