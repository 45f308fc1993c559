import { describe, expect, it } from 'vitest';
import { fold } from './text';
import { isClauseWord, isClosedWord, isDeterminer, isFormOfVerb } from './word-classes';

const clause = (word: string, language: 'pt' | 'es' | 'en', isFirst = false) => isClauseWord(word, fold(word), language, isFirst);

describe('word classes from the dictionaries', () => {
  it('finds person-marked verbs of regular verbs by their ending, and irregular ones by the table', () => {
    for (const word of ['contratam', 'perguntem', 'liguem', 'mandem', 'devolvo', 'aceitamos', 'cabem', 'vou', 'tem', 'é', 'faz', 'vier'])
      expect(clause(word, 'pt'), word).toBe(true);
    for (const word of ['ocupa', 'escriba', 'valoramos', 'cerramos', 'pierde', 'es', 'son', 'hay', 'tiene'])
      expect(clause(word, 'es'), word).toBe(true);
  });

  it('leaves infinitives, gerunds, participles and nouns that look like verbs as they are', () => {
    for (const word of [
      'buscar',
      'levar',
      'cancelando',
      'lavado',
      'casa',
      'marca',
      'conserto',
      'remendo',
      'entrega',
      'troca',
      'corte',
      'pedido',
      'frete',
    ])
      expect(clause(word, 'pt'), word).toBe(false);
    for (const word of ['lavado', 'pulido', 'tatuaje', 'sesión', 'iglesia', 'presupuesto']) expect(clause(word, 'es'), word).toBe(false);
    // "é" is; "e" (and) is not — the irregular forms keep their accents.
    expect(clause('e', 'pt')).toBe(false);
    expect(clause('esta', 'pt')).toBe(false);
  });

  it('takes a Spanish noun made from a verb ("cambio", "retoque") as the thing when it opens the phrase', () => {
    expect(clause('retoque', 'es', true)).toBe(false);
    expect(clause('cambio', 'es', true)).toBe(false);
    expect(clause('instalo', 'es', false)).toBe(true);
  });

  it('marks English clauses by their subjects and auxiliaries, since English verbs are nouns as often', () => {
    for (const word of ['has', 'I', "don't", 'we', 'goes']) expect(clause(word, 'en'), word).toBe(true);
    for (const word of ['hinges', 'trimming', 'repairs', 'quote']) expect(clause(word, 'en'), word).toBe(false);
  });

  it('knows the closed classes and the determiners', () => {
    for (const word of ['acima', 'depois', 'quem', 'nem', 'com', 'para', 'desculpa'])
      expect(isClosedWord(fold(word), 'pt'), word).toBe(true);
    for (const word of ['socorro', 'casa', 'remendo']) expect(isClosedWord(fold(word), 'pt'), word).toBe(false);
    for (const word of ['siempre', 'hasta', 'mejor']) expect(isClosedWord(fold(word), 'es'), word).toBe(true);
    for (const word of ['whenever', 'basically', 'from']) expect(isClosedWord(word, 'en'), word).toBe(true);
    expect(isDeterminer('nosso', 'pt')).toBe(true);
    expect(isDeterminer('the', 'en')).toBe(true);
  });
});

describe('isFormOfVerb', () => {
  it('finds every regular form of a class of verbs kept as infinitives', () => {
    expect(isFormOfVerb('llamen', new Set(['llamar']), 'es')).toBe(true);
    expect(isFormOfVerb('chamem', new Set(['chamar']), 'pt')).toBe(true);
    expect(isFormOfVerb('described', new Set(['describe']), 'en')).toBe(true);
    expect(isFormOfVerb('calling', new Set(['call']), 'en')).toBe(true);
    expect(isFormOfVerb('llamas', new Set(['decir']), 'es')).toBe(false);
    expect(isFormOfVerb('callous', new Set(['call']), 'en')).toBe(false);
  });
});
