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

  it('drops the label of a subject opening the text, and keeps one "Para:" line of the business', () => {
    expect(withoutTranscriptMarks('Subject: MY NEW WEBSITE\n\nI mend nets in Oban.')).toBe('MY NEW WEBSITE.\n\nI mend nets in Oban.');
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

describe('what only looks like a questionnaire or an envelope', () => {
  it('leaves an FAQ, a person-name question and an answer not yet sure to be read as they are', () => {
    const faq =
      'FAQ:\nDo you walk big dogs?\nYes, any size.\nAre you insured?\nYes, fully.\nDo you walk at weekends?\nNo.\nDog walking in Leeds.';
    expect(withoutQuestionnaire(faq)).toBe(faq);
    const person = extractBrief({
      prompt:
        '1. Qual o nome do responsável pela empresa?\nMaria Souza\n2. Qual o nome da empresa?\nFlores da Maria\n3. O que faz?\nVendo flores em Lages, SC.',
    });
    expect(person.name).toBe('Flores da Maria');
    const unsure = withoutQuestionnaire(
      '1. Qual o nome da loja?\nAinda não sei, pensei em Doce Lar\n2. O que vende?\nDoces.\n3. Onde?\nLages.',
    );
    expect(unsure).not.toContain('Nome:');
    const called = extractBrief({
      prompt:
        '1. What is your business called?\nBlue Door Bakery\n2. Where are you?\nBristol, we bake sourdough.\n3. Do you want a form?\nYes, please. Name, email and date.',
    });
    expect(called.name).toBe('Blue Door Bakery');
    expect(called.formFields?.map((field) => field.text.toLowerCase())).toEqual(['name', 'email', 'date']);
  });

  it('keeps header-like lines with no address or subject, and the words of a subject', () => {
    const workshop = 'Workshop de cerâmica em Lages.\nData: 12 de outubro\nPara: iniciantes';
    expect(withoutTranscriptMarks(workshop)).toBe(workshop);
    const subject = extractBrief({ prompt: 'Subject: Website for Blue Door Bakery in Bristol\n\nHi, we bake sourdough.' });
    expect(subject.name).toBe('Blue Door Bakery');
  });
});

describe('a note in square brackets signed by whoever typed the message', () => {
  it('is said to us, never words of the business', () => {
    const brief = extractBrief({
      prompt:
        'Hago sombreros pintaos en Penonomé, Panamá. [Luis: en Ecuador también hacen sombreros, ya preguntaron 😂]. Sombrero fino B/. 300.',
    });
    expect(texts(brief)).not.toMatch(/Luis|Ecuador/u);
    // A bracket with no name and colon is the person's own aside.
    const own = extractBrief({ prompt: 'Hago sombreros pintaos en Penonomé, Panamá [de paja toquilla]. Sombrero fino B/. 300.' });
    expect(JSON.stringify(own.unused ?? [])).not.toMatch(/paja toquilla/u);
  });
});

describe("a bracket titled as the business's list, and a handle", () => {
  it("is read as the business's, and a handle is never split into cards", () => {
    const prices = extractBrief({ prompt: 'Barbearia em Lages, SC. [Preços: corte R$ 40, barba R$ 30]' }).facts.prices.map(
      (price) => price.amount,
    );
    expect(prices).toEqual([40, 30]);
    const handle = extractBrief({ prompt: 'Faço bolos em Lages, SC. Meu insta pessoal @ana.paula.s não é pra pôr no site. Bolo R$ 40.' });
    expect(texts(handle)).not.toMatch(/@ana|insta/u);
  });
});

describe('a note in brackets, and a bracket before a price', () => {
  it('keeps "[Nota: …]" said to us, and prices what follows a bracket', () => {
    const note = extractBrief({ prompt: 'Faço bolos em Lages, SC. [Nota: a Ana digitou isso pra mãe dela] Bolo de cenoura R$ 40.' });
    expect(texts(note)).not.toMatch(/digitou/u);
    const hours = extractBrief({ prompt: 'Barbearia em Lages, SC. [Horário: seg a sex das 9h às 19h] Corte R$ 40.' });
    expect(hours.facts.prices.map((price) => price.label)).toEqual(['Corte']);
  });
});

// Typing a correction by striking the old words through (Markdown's "~~") leaves only what stands:
// the struck price, name or language is no fact.
describe('words struck through as the person types', () => {
  it('takes back a struck name, price and language', () => {
    const brief = extractBrief({
      prompt: [
        'Nome: ~~Bolos da Tita~~ Confeitaria Tita.',
        'Faço bolos de aniversário em Jundiaí.',
        '- bolo de pote: ~~R$ 12~~ R$ 15',
        '- torta de limão: ~~R$ 70~~ R$ 85',
        'Site em português e ~~inglês~~ espanhol.',
      ].join('\n'),
    });
    expect(brief.name).toBe('Confeitaria Tita');
    expect(brief.facts.prices.map((price) => price.amount).sort()).toEqual([15, 85]);
    expect(brief.languages).toEqual(['pt-BR', 'es']);
  });

  it('a tilde of "about" is no strike', () => {
    expect(withoutTranscriptMarks('Entrega em ~30 min, ~2h no máximo.')).toBe('Entrega em ~30 min, ~2h no máximo.');
    expect(withoutTranscriptMarks('Casa ~ 200 m² ~ perto do mar')).toBe('Casa ~ 200 m² ~ perto do mar');
    expect(withoutTranscriptMarks('Abro ~~sábado~~ domingo.')).toBe('Abro domingo.');
    // (A single tilde is a decoration as often: "~Doces da Ju~", "~*~ Ateliê ~*~", "~$20~".)
    expect(extractBrief({ prompt: '~Bolos da Tina~ Sou a Cristina, faço bolos em Olinda.' }).name).toBe('Bolos da Tina');
    expect(withoutTranscriptMarks('~*~ Ateliê Rosa ~*~ Arranjos')).toBe('~*~ Ateliê Rosa ~*~ Arranjos');
    expect(withoutTranscriptMarks('~~~Bolos da Lia~~~ em Olinda')).toBe('~~~Bolos da Lia~~~ em Olinda');
    expect(withoutTranscriptMarks('Aula avulsa ~R$ 20~, pacote R$ 180')).toBe('Aula avulsa ~R$ 20~, pacote R$ 180');
  });
});

describe('a chat poll pasted whole', () => {
  const prompt = [
    'Boa noite! Minha filha fez uma enquete no grupo da família pro nome, olha:',
    '',
    'ENQUETE: Nome da borracharia do pai',
    '○ Borracharia Roda Viva – 5 votos (Tânia, Júlio, Vó Cida, Rafa, Bia)',
    '○ Pneu Bom – 2 votos (Pai, Mãe)',
    '',
    'Mas o nome é Pneu Bom, a borracharia é minha. Fica em Uberaba, MG. Conserto de pneu R$ 30, troca de câmara R$ 45. WhatsApp (34) 99123-4567.',
  ].join('\n');

  it('leaves the votes, the voters and the losing option out; what the writer then says stays', () => {
    const brief = extractBrief({ prompt });
    const said = texts(brief);
    expect(said).not.toMatch(/votos|Tânia|Vó Cida|Roda Viva|ENQUETE/u);
    expect(said).toMatch(/Conserto de pneu/u);
    expect(withoutTranscriptMarks(prompt)).toHaveLength(prompt.length);
  });

  it('leaves a line that counts votes alone when no poll is pasted', () => {
    const text = 'Pacote família – 4 pessoas\nPacote casal – 2 votos de confiança';
    expect(withoutTranscriptMarks(text)).toBe(text);
  });
});

describe('a review pasted from its page', () => {
  const prompt = [
    'Les pego la reseña de Google y mi respuesta.',
    '',
    '★★☆☆☆ Marcos V. · hace 2 semanas',
    'Tardaron con la torta.',
    '',
    'Respuesta del propietario',
    'Marcos, el pedido era para el sábado y llegó el sábado.',
    '',
    'El nombre es Dulces Neide, en Rosario. Torta de cumpleaños $9.000, lemon pie $7.000. WhatsApp +54 9 341 555-0101.',
  ].join('\n');

  it("leaves the page's stars, the review's age and the label over the reply out", () => {
    const said = texts(extractBrief({ prompt }));
    expect(said).not.toMatch(/★|hace 2 semanas|Respuesta del propietario/u);
    // …nor the name it is signed with, as a card.
    expect(said).not.toMatch(/Marcos V/u);
    expect(said).toMatch(/Torta de cumpleaños/u);
    expect(withoutTranscriptMarks(prompt)).not.toMatch(/★|hace 2 semanas|Respuesta del propietario/u);
    expect(withoutTranscriptMarks(prompt)).toHaveLength(prompt.length);
  });

  it("keeps an age or a reply said without a review's page", () => {
    const text = 'Hago tortas hace 2 semanas que abrí. Respuesta del propietario en 1 día.';
    expect(withoutTranscriptMarks(text)).toBe(text);
  });
});
