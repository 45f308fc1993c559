import { describe, expect, it } from 'vitest';
import { extractFaq } from './extract-faq';

describe('extractFaq: the person’s own questions with their answers', () => {
  it('reads "question? answer." pairs after a FAQ cue, to the first sentence that is no question', () => {
    const faq = extractFaq(
      'Lavanderia em Natal. Perguntas frequentes: lava edredom de casal? sim, em até 48h. tem entrega? nao, só retirada na loja. Aberto de seg a sab.',
    );
    expect(faq?.pairs).toEqual([
      { question: 'lava edredom de casal?', answer: 'sim, em até 48h' },
      { question: 'tem entrega?', answer: 'nao, só retirada na loja' },
    ]);
    expect(faq?.blockText).toBe('lava edredom de casal? sim, em até 48h. tem entrega? nao, só retirada na loja.');
  });

  it('keeps a question without an answer (theirs to write), in English and Spanish too', () => {
    expect(extractFaq('FAQ: Do you take walk-ins? Is there parking? Yes, behind the shop.\nCall us.')?.pairs).toEqual([
      { question: 'Do you take walk-ins?', answer: '' },
      { question: 'Is there parking?', answer: 'Yes, behind the shop' },
    ]);
    expect(extractFaq('Preguntas frecuentes: ¿hacen envíos? Sí, a todo Chile.')?.pairs).toEqual([
      { question: '¿hacen envíos?', answer: 'Sí, a todo Chile' },
    ]);
  });

  it('reads nothing without a cue and its colon, or without a question after it', () => {
    expect(extractFaq('Padaria em Lisboa. Tem pão sem glúten? Sim.')).toBeNull();
    expect(extractFaq('Quero uma seção de perguntas frequentes')).toBeNull();
    expect(extractFaq('Questions: call us any time')).toBeNull();
  });
});

describe('a number inside an answer', () => {
  it('"3.500 kg" does not end the answer', () => {
    const faq = extractFaq(
      'FAQ: ¿Se puede conducir con el carnet B? Sí, todas pesan menos de 3.500 kg. ¿Puedo ir a Francia? Sí, avisando antes.',
    );
    expect(faq?.pairs).toEqual([
      { question: '¿Se puede conducir con el carnet B?', answer: 'Sí, todas pesan menos de 3.500 kg' },
      { question: '¿Puedo ir a Francia?', answer: 'Sí, avisando antes' },
    ]);
  });
});
