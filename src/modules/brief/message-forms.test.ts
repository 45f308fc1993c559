import { describe, expect, it } from 'vitest';
import { extractBrief } from './extract-brief';
import { withoutQuestionnaire } from './without-questionnaire';
import { withoutTranscriptMarks } from './without-transcript-marks';

const texts = (brief: ReturnType<typeof extractBrief>) => (brief.items ?? []).map((item) => item.text).join(' | ');

describe('a prompt written as answers to numbered questions', () => {
  const answers = [
    'Oi, respondi as perguntas.',
    '',
    '1. Qual o nome da sua empresa?',
    'Doces Mariquinha. Pode pôr assim.',
    '',
    '2. O que você faz?',
    'Faço cocada e pé de moleque em Itabuna, Bahia.',
    '',
    '3. Quais são os preços?',
    '- Cocada: R$ 6',
    '- Pé de moleque: R$ 5',
    '',
    '4. Quer formulário?',
    'Quero. Nome, telefone e bairro.',
  ].join('\n');

  it('takes the answer to the question about the name as the name, and never publishes a question', () => {
    const brief = extractBrief({ prompt: answers });
    expect(brief.name).toBe('Doces Mariquinha');
    expect(texts(brief)).not.toMatch(/O que você faz|Quais são os preços|nome da sua empresa/u);
    // "Quero." answers the question: the fields after it are the form's.
    expect(brief.formFields?.map((field) => field.text.toLowerCase())).toEqual(['nome', 'telefone', 'bairro']);
  });

  it('turns each question into the heading of its answer, and leaves two questions asked of us alone', () => {
    expect(withoutQuestionnaire(answers)).toContain('O que você faz:\nFaço cocada');
    const asking = 'Faço cocada em Itabuna.\nDá para pôr fotos?\nE o preço, quanto fica?\nObrigada.';
    expect(withoutQuestionnaire(asking)).toBe(asking);
  });
});

describe("a pasted or forwarded e-mail's envelope", () => {
  it('is no part of what the business is', () => {
    const forwarded = [
      'Segue o texto da minha tia.',
      '',
      '-------- Mensagem encaminhada --------',
      'De: Marta Reis <marta.reis@example.com>',
      'Data: ter., 9 de jul. às 11:20',
      'Assunto: bordados',
      'Para: Lia <lia@example.com>',
      '',
      'Faço bordado de Castelo Branco em Castelo Branco, Portugal. Colchas desde 400 €.',
    ].join('\n');
    const cleaned = withoutTranscriptMarks(forwarded);
    expect(cleaned).not.toMatch(/Mensagem encaminhada|Assunto|9 de jul|marta\.reis/u);
    expect(cleaned).toContain('Faço bordado de Castelo Branco');
    const brief = extractBrief({ prompt: forwarded });
    expect(texts(brief)).not.toMatch(/encaminhada|Marta|jul/u);
  });

  it('drops a subject line opening the text, and keeps one "Para:" line of the business', () => {
    expect(withoutTranscriptMarks('Subject: MY NEW WEBSITE\n\nI mend nets in Oban.')).toBe('\n\nI mend nets in Oban.');
    const kept = 'Faço bolos em Lages.\nPara: casamentos e batizados.';
    expect(withoutTranscriptMarks(kept)).toBe(kept);
  });
});

describe("a letter's greeting on a line of its own", () => {
  it('names nothing, in English and in Portuguese', () => {
    const english = extractBrief({ prompt: 'Good morning Sir/Madam,\n\nI repair sewing machines in Eldoret, Kenya. Service KES 800.' });
    expect(english.name).toBeNull();
    expect(`${english.what} ${texts(english)}`).not.toMatch(/Madam/u);
    const portuguese = extractBrief({ prompt: 'Boa tarde,\n\nConserto máquina de costura em Lages, SC.' });
    expect(texts(portuguese)).not.toMatch(/tarde/u);
  });
});
