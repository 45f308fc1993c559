import { describe, expect, it } from 'vitest';
import { extractTestimonials } from './extract-testimonials';

describe('extractTestimonials: customers’ words the person quotes', () => {
  it('reads the quotation after a cue, with its author in parentheses or after a dash', () => {
    expect(
      extractTestimonials(
        'Conserto de sofás em Recife. Uma cliente disse: "O sofá voltou novinho e no prazo combinado" (Dona Rita, Boa Viagem).',
      )?.testimonials,
    ).toEqual([{ quote: 'O sofá voltou novinho e no prazo combinado', author: 'Dona Rita, Boa Viagem' }]);
    expect(extractTestimonials('A customer wrote: “Fixed my gate in an hour, fair price.” — Tom R.')?.testimonials).toEqual([
      { quote: 'Fixed my gate in an hour, fair price.', author: 'Tom R' },
    ]);
    expect(extractTestimonials('Testimonio: «Las mejores clases de guitarra de Valencia»')?.testimonials).toEqual([
      { quote: 'Las mejores clases de guitarra de Valencia', author: null },
    ]);
  });

  it('gives the cue, the quotation and the author as written, so none of them is read as an offering', () => {
    expect(extractTestimonials('Uma cliente disse: "Voltou novinho e no prazo" (Dona Rita).')?.spans).toEqual([
      'Uma cliente disse:',
      '"Voltou novinho e no prazo"',
      '(Dona Rita)',
    ]);
  });

  it('a quotation signed by a person is one without a cue', () => {
    expect(
      extractTestimonials('Entrega em 24h. "A cama chegou montada no mesmo dia, obrigada" - Sandra, bairro São Pedro')?.testimonials,
    ).toEqual([{ quote: 'A cama chegou montada no mesmo dia, obrigada', author: 'Sandra, bairro São Pedro' }]);
  });

  it('a quotation without a cue is not a testimonial (a slogan, a name in quotes)', () => {
    expect(extractTestimonials('Padaria "Pão da Vó" em Lisboa, com o lema "feito com calma, todos os dias"')).toBeNull();
  });

  it('a quotation after a cue is no testimonial when it is a name or said of the site or its name', () => {
    // A relative's idea for the name was published as a customer's words, "Um cliente".
    expect(extractTestimonials('A minha filha diz que a loja podia ser "Ferragens do Largo". Gosto.')).toBeNull();
    expect(extractTestimonials('My son says "Call Dale For Chimneys" would look good on the sign.')).toBeNull();
    expect(extractTestimonials('Mi hija dijo que el nombre podría ser "la casita de las telas, desde siempre".')).toBeNull();
    // A customer's words still count, on a page or in one word.
    expect(extractTestimonials('Uma cliente disse: "Amolou as facas todas num instante, recomendo."')?.testimonials).toHaveLength(1);
    expect(
      extractTestimonials('A customer wrote on our Facebook page: "Quick, tidy and honest about the price."')?.testimonials,
    ).toHaveLength(1);
  });
});
