import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { writeSpokenMarks } from './write-spoken-marks';

// A line as read inside a dictated prompt: one that says its marks again and again.
const dictated = (line: string) => writeSpokenMarks(`${line}\nentão vírgula daí vírgula pronto vírgula fim`).split('\nentão')[0];

describe('a dictated prompt’s punctuation', () => {
  it('writes a comma said between words, and a stop or question said at a line’s end, as marks', () => {
    expect(dictated('estou dirigindo vírgula depois eu arrumo')).toBe('estou dirigindo, depois eu arrumo');
    expect(dictated('Nada de cartoon ponto final\nAtendo todo dia')).toBe('Nada de cartoon.\nAtendo todo dia');
    expect(dictated('We fix boats full stop\nCall us')).toBe('We fix boats.\nCall us');
    expect(dictated('Hacemos envíos signo de interrogación')).toBe('Hacemos envíos?');
    expect(dictated('quero bem claro vírgula\nNão sou vet')).toBe('quero bem claro\nNão sou vet');
    expect(dictated('em Itabira vírgula Minas Gerais')).toBe('em Itabira, Minas Gerais');
    expect(dictated('Bolo de pote R$ 12 vírgula 50 ponto final')).toBe('Bolo de pote R$ 12,50.');
    expect(dictated('tamanhos 2 vírgula 4 vírgula 6')).toBe('tamanhos 2, 4, 6');
  });

  it('leaves the words where they are the sentence’s own', () => {
    for (const text of [
      'abrimos às 8 em ponto',
      'Carne al punto',
      'tire a vírgula do preço',
      'ponto cruz e ponto atrás',
      'Bordamos en punto de cruz',
      'Vírgula Bar, Lisboa',
      // (What a review found: a bare "ponto" is a stitch, a spot, a time clock as often as a stop.)
      'correntinha, ponto baixo, ponto alto e meio ponto',
      'manutenção de relógio ponto\nAtendo empresas',
      'Lanchonete no centro, excelente ponto\nPastel',
      'não mudo nenhuma vírgula do seu estilo',
      'ponto e vírgula',
      'the comma',
    ])
      expect(dictated(text), text).toBe(text);
  });

  it('is read only in a prompt that says such words again and again, as dictation does', () => {
    // (What a second review found: one "vírgula" or "comma" is a proofreader's word.)
    for (const text of [
      'Escrevo textos para sites, sem vírgula fora do lugar. Redatora freelancer em Curitiba.',
      'Corrijo vírgula errada e frase truncada',
      'I fix typos, missing comma errors and awkward sentences',
      'I care about the Oxford comma\nEditing from $40',
      'meu bar se chama ponto final\nfica em Olinda',
    ])
      expect(writeSpokenMarks(text), text).toBe(text);
  });

  it('never reaches the brief’s items', () => {
    const brief = extractBrief({
      prompt:
        'Oi aqui é a Cida vírgula estou falando no microfone ponto final\nFaço bolo de pote e brigadeiro em Itabira vírgula Minas Gerais ponto final\nBolo de pote R$ 12 ponto final\nWhatsApp 31 98877 6655',
    });
    const said = JSON.stringify(brief.items);
    expect(said).not.toMatch(/vírgula|ponto final/);
    expect(said).toMatch(/bolo de pote/i);
    expect(brief.location?.text).toMatch(/^Itabira/);
  });
});
