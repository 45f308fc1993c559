import { describe, expect, it } from 'vitest';
import { opensWithClosedWord, shapeOfPhrase, withoutLooseEnd } from './shape-of-phrase';
import { fold } from './text';
import type { WordLanguage } from './word-classes';

const words = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((word) => ({ word, folded: fold(word) }));
const shape = (text: string, language: WordLanguage) => shapeOfPhrase(words(text), language);

describe('the shape of a phrase: only a thing may be a card', () => {
  it('an accented verb is no determiner: "está escrito…" is told, "esta porta…" a thing', () => {
    expect(shape('está escrito na lateral do caminhão', 'pt')).toBe('clause');
    expect(shape('esta porta de madeira maciça', 'pt')).toBe('thing');
    expect(shape('a porta de madeira', 'pt')).toBe('thing');
  });

  it('names things with noun phrases, gerunds, infinitives and a trade’s first-person verbs', () => {
    for (const text of [
      'revisão completa com lavagem',
      'troca de óleo',
      'afinar travões de disco',
      'troco espuma e tecido',
      'busco e levo seu carro',
      'o nosso pão de fermentação natural',
    ])
      expect(shape(text, 'pt'), text).toBe('thing');
    for (const text of ['lavado de chasis', 'cambio de aceite', 'retoque gratis', 'arreglo sillas'])
      expect(shape(text, 'es'), text).toBe('thing');
    for (const text of ['hanging internal doors', 'hedge trimming', 'a loose stair tread', 'hinges included'])
      expect(shape(text, 'en'), text).toBe('thing');
  });

  it('tells clauses: a person-marked verb, a subject, or a head that names nothing', () => {
    for (const text of [
      'passeios vocês contratam direto com o guia',
      'depois disso vira crédito para outra data',
      'quem mora no centro',
      'a gente busca na rodoviária',
    ])
      expect(shape(text, 'pt'), text).toBe('clause');
    for (const text of ['la seña se pierde', 'los tapados los valoramos en persona', 'hasta unos 10 cm'])
      expect(shape(text, 'es'), text).toBe('clause');
    for (const text of ['invoice comes by text', 'trailer just has my number', 'I do weekends'])
      expect(shape(text, 'en'), text).toBe('clause');
  });

  it('calls one or two words that name nothing a fragment', () => {
    for (const text of ['nem', 'acima disso', 'desculpa', 'perguntem', 'mesmo']) expect(shape(text, 'pt'), text).toBe('fragment');
    for (const text of ['siempre', 'mejor antes']) expect(shape(text, 'es'), text).toBe('fragment');
    for (const text of ['goes', 'basically']) expect(shape(text, 'en'), text).toBe('fragment');
  });

  it('sees a head that names nothing past the articles', () => {
    expect(opensWithClosedWord(words('acima de 3 km'), 'pt')).toBe(true);
    expect(opensWithClosedWord(words('o remendo'), 'pt')).toBe(false);
  });
});

describe('a word that is a verb by what stands beside it', () => {
  it('tells a verb after a pronoun only a verb takes, with a pronoun written onto it, before an article or an infinitive', () => {
    for (const text of ['o forno se apaga sozinho às seis', 'deixa descansar uma noite', 'manda buscar na rodoviária'])
      expect(shape(text, 'pt'), text).toBe('clause');
    for (const text of ['el horno se prende a las cinco', 'avísenme con un día', 'pregúntenle al encargado', 'atiende el local de tarde'])
      expect(shape(text, 'es'), text).toBe('clause');
  });

  it('leaves the things such words also name', () => {
    for (const text of ['queima de estoque', 'máquina de lavar', 'afinar travões']) expect(shape(text, 'pt'), text).toBe('thing');
    for (const text of ['corto el pasto', 'corte de pelo', 'accesorios para móviles', 'películas en DVD', 'ángeles de yeso'])
      expect(shape(text, 'es'), text).toBe('thing');
  });
});

describe('a negation names nothing offered', () => {
  it('makes a refusal of the phrase, and a word or two with it a fragment', () => {
    expect(shape('bateria não', 'pt')).toBe('fragment');
    expect(shape('motor e bateria não, isso é com a marca', 'pt')).toBe('clause');
    expect(shape('no weekends or holidays', 'en')).toBe('clause');
    expect(shape('numa garagem ao lado de casa', 'pt')).toBe('clause');
  });
});

describe('a thing said without the word that led to its fact', () => {
  it('drops a trailing preposition and a parenthesis of words that name nothing', () => {
    expect(withoutLooseEnd('Check-out até', 'pt')).toBe('Check-out');
    expect(withoutLooseEnd('café da manhã (das)', 'pt')).toBe('café da manhã');
    expect(withoutLooseEnd('Collection only', 'en')).toBe('Collection only');
    expect(withoutLooseEnd('corte (cabelo curto)', 'pt')).toBe('corte (cabelo curto)');
  });
});

describe('the review’s cases of a word beside a verb’s neighbours', () => {
  it('Portuguese "nos" is "em os" as often: the word after it names a thing', () => {
    for (const text of ['atendimento nos finais de semana', 'reforma nos móveis antigos']) expect(shape(text, 'pt'), text).toBe('thing');
  });

  it('an accented Spanish noun before "de", or alone, is no verb with a pronoun on it', () => {
    for (const text of ['pétalos de rosa para bodas', 'pétalos']) expect(shape(text, 'es'), text).not.toBe('clause');
  });
});
