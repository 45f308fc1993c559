import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { joinToldClauses } from './join-told-clauses';

describe('what is told is told as it was said', () => {
  it('joins told parts of one sentence with only commas and joining words between them', () => {
    const text = 'A padaria era do meu avô, que a abriu em 1961; hoje cuido eu. Pão R$ 2. Não faço bolo, nunca fiz.';
    expect(
      joinToldClauses(
        [
          { text: 'A padaria era do meu avô', role: 'detail' },
          { text: 'a abriu em 1961', role: 'detail' },
          { text: 'hoje cuido eu', role: 'detail' },
          { text: 'Pão', role: 'offering' },
          { text: 'nunca fiz', role: 'detail' },
        ],
        text,
      ),
    ).toEqual([
      { text: 'A padaria era do meu avô, que a abriu em 1961; hoje cuido eu', role: 'detail' },
      { text: 'Pão', role: 'offering' },
      { text: 'nunca fiz', role: 'detail' },
    ]);
  });

  it('never across a sentence, another item, or words that are no joiners (an aside set apart stays apart)', () => {
    const text = 'Minha mãe me ensinou, se quiser pode colocar isso, ela ia gostar. Atendo em casa.';
    const items = [
      { text: 'Minha mãe me ensinou', role: 'detail' as const },
      { text: 'ela ia gostar', role: 'detail' as const },
      { text: 'Atendo em casa', role: 'detail' as const },
    ];
    expect(joinToldClauses(items, text)).toEqual(items);
  });

  it('the About says the sentence whole', () => {
    const brief = extractBrief({
      prompt: 'Somos a Vidraçaria Sol, em Lavras. A loja era do meu avô, que a abriu em 1970. Box de vidro a partir de R$ 900.',
    });
    expect((brief.items ?? []).map((item) => item.text)).toContain('A loja era do meu avô, que a abriu em 1970');
  });
});
