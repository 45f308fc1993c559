import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { accentsContent, restoreAccents } from './restore-accents';

describe('restoreAccents', () => {
  it('gives back the accents a phone keyboard left out, in Brazilian Portuguese', () => {
    expect(restoreAccents('manutencao de ar condicionado, orcamento sem compromisso, nao cobramos visita', 'pt-BR')).toBe(
      'manutenção de ar condicionado, orçamento sem compromisso, não cobramos visita',
    );
    expect(restoreAccents('servicos tecnicos e instalacoes, lixo organico, horarios flexiveis', 'pt-BR')).toBe(
      'serviços técnicos e instalações, lixo orgânico, horários flexíveis',
    );
  });

  it('leaves a lower-case word before a hyphen as typed: part of a compound, never a place of that spelling', () => {
    // The table holds places "Sócia" and "Có"; the words here are a partner and a prefix.
    expect(restoreAccents('sou a sócia-gerente', 'pt-PT')).toBe('sou a sócia-gerente');
    expect(restoreAccents('soy la co-propietaria', 'es')).toBe('soy la co-propietaria');
  });

  it('gives back the capitals of abbreviations typed in lower case, never of a word of its own or a name', () => {
    // Other words than any eval set: the dictionaries know these with capitals, and "bike" (borrowed
    // English), "rio" and "natal" are words as typed.
    expect(restoreAccents('pago o ipva e o inss, tiro o cpf no rio, bike no natal', 'pt-BR')).toBe(
      'pago o IPVA e o INSS, tiro o CPF no rio, bike no natal',
    );
    // A name stays as typed: a capital mid-sentence would make the writer look like one who capitalises towns.
    expect(restoreAccents('ayuda con el dni en valladolid', 'es')).toBe('ayuda con el DNI en valladolid');
    // Inside an email or a handle nothing changes.
    expect(restoreAccents('escreva para inss@exemplo.com.br ou @ipva.facil', 'pt-BR')).toBe(
      'escreva para inss@exemplo.com.br ou @ipva.facil',
    );
  });

  it('never turns a word of its own into another: esta, pais, sabia, e, a stay as typed', () => {
    const typed = 'esta loja e dos meus pais, eu sabia que a casa era boa';
    expect(restoreAccents(typed, 'pt-BR')).toBe(typed);
  });

  it('keeps a request’s verb as typed, and still gives a noun that shares a verb’s spelling its accent', () => {
    // Dictionaries shadow "pague" and "digite" with rare headwords ("paguê", "dígite").
    expect(restoreAccents('pesque pague, digite o numero e ligue, participe', 'pt-BR')).toBe(
      'pesque pague, digite o número e ligue, participe',
    );
    expect(restoreAccents('sou fotografo, trabalho numa fabrica, atendimento ao publico', 'pt-BR')).toBe(
      'sou fotógrafo, trabalho numa fábrica, atendimento ao público',
    );
  });

  it('writes Portugal’s spelling for European Portuguese and Brazil’s for Brazilian', () => {
    expect(restoreAccents('precos economicos, Antonio', 'pt-PT')).toBe('preços económicos, António');
    expect(restoreAccents('precos economicos', 'pt-BR')).toBe('preços econômicos');
  });

  it('restores Spanish too, with ñ, and leaves a plural that has no accent alone', () => {
    expect(restoreAccents('instalacion y reparacion, telefono, diagnostico tecnico, instalaciones', 'es')).toBe(
      'instalación y reparación, teléfono, diagnóstico técnico, instalaciones',
    );
  });

  it('keeps the case of what was typed, and leaves addresses, emails, handles and capital abbreviations alone', () => {
    expect(restoreAccents('MANUTENCAO e orcamento. Orcamento gratis', 'pt-BR')).toBe('MANUTENÇÃO e orçamento. Orçamento grátis');
    // A capital inside a sentence is a name or a brand: only a name's accent ("Goiânia"), never "Cônsul" or "Cidã".
    expect(restoreAccents('atendo Brastemp e Consul, salgados da Dona Cida em Goiania', 'pt-BR')).toBe(
      'atendo Brastemp e Consul, salgados da Dona Cida em Goiânia',
    );
    const untouched = 'www.orcamento.com.br, contato@manutencao.com, @pao_de_acucar, certificado SEC';
    expect(restoreAccents(untouched, 'pt-BR')).toBe(untouched);
  });

  it('completes a word typed with some of its accents, never one whose accents disagree', () => {
    expect(restoreAccents('RECARGA E MANUTENÇAO, manutençao, orçamento', 'pt-BR')).toBe('RECARGA E MANUTENÇÃO, manutenção, orçamento');
    expect(restoreAccents('manutèncao', 'pt-BR')).toBe('manutèncao');
  });

  it('never completes a word typed with accents of its own into a place’s name', () => {
    // "Ródão" is a Portuguese town; "Rodão" (a big wheel, or a business's name) is spelled as typed.
    expect(restoreAccents('Borracharia Rodão em Tatuí, o rodão', 'pt-BR')).toBe('Borracharia Rodão em Tatuí, o rodão');
    // A place typed without any accent still gets its own.
    expect(restoreAccents('em goiania', 'pt-BR')).toBe('em Goiânia');
  });

  it('keeps the text’s length, so offsets read from it stay valid', () => {
    const typed = 'orcamento, manutencao, informacoes, tambem, voce';
    expect(restoreAccents(typed, 'pt-BR')).toHaveLength(typed.length);
  });
});

describe('the brief reads the prompt with its accents back', () => {
  it('offerings and the description carry them; English is not touched', () => {
    const brief = extractBrief({
      prompt: 'fazemos manutencao de ar condicionado e instalacao em Goiania. orcamento gratis pelo whats 62 99417-3385',
    });
    const words = JSON.stringify(brief);
    expect(words).toContain('manutenção');
    expect(words).toContain('Goiânia');
    expect(words).not.toMatch(/manutencao|instalacao\b/);
    const english = extractBrief({ prompt: 'We cater cafe events and sofa cleaning in Austin' });
    expect(JSON.stringify(english)).not.toMatch(/café|sofá/);
  });
});

describe('plurals that gain an accent', () => {
  it('"jovenes", "examenes", "papeis" get the accent their singular does not have', () => {
    expect(restoreAccents('clases para niños, jovenes y adultos; examenes', 'es')).toBe('clases para niños, jóvenes y adultos; exámenes');
    expect(restoreAccents('papeis e aneis', 'pt-BR')).toBe('papéis e anéis');
  });
});

// "Je suis pas un dealer" became "Ūn", "tune-up" "tune-ŭp": the world's town names ("Ūn" in India)
// were read into the Portuguese and Spanish tables.
describe('only the language’s own letters', () => {
  it('a word is never given a letter Portuguese or Spanish does not write', () => {
    expect(restoreAccents('Je suis pas un dealer, spring tune-up, winterizing', 'pt-BR')).toBe(
      'Je suis pas un dealer, spring tune-up, winterizing',
    );
    const { pt, es } = accentsContent();
    expect(pt.split(' ').filter((word) => /[āīūŭşğåèë]/u.test(word))).toEqual([]);
    expect(es.split(' ').filter((word) => !/^[\p{L}'-]+$/u.test(word) || /[^a-záéíóúñü'-]/iu.test(word))).toEqual([]);
  });
});
