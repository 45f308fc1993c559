import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/questionnaire.json';
import { escapeRegExp, fold } from './text';

const content = parseContent(
  'src/modules/brief/content/questionnaire.json',
  z.strictObject({
    $comment: z.string(),
    nameWords: z.record(z.string().min(1).max(20), z.string().min(1).max(20)),
    businessWords: z.array(z.string().min(1).max(30)).min(1),
    calledPhrases: z.record(z.string().min(1).max(60), z.string().min(1).max(20)),
    affirmatives: z.array(z.string().min(1).max(20)).min(1),
    personWords: z.array(z.string().min(1).max(30)).min(1),
    answerLeads: z.array(z.string().min(1).max(10)).min(1),
  }),
  raw,
);

// "3. Quais são os preços?", "Q2) What do you sell?", "- ¿Dónde está?": a question on its own line,
// a number or mark before it.
// (Numbered: an FAQ's questions, unnumbered, are the person's own, read by extract-faq.ts.)
const QUESTION = /^[ \t]*(?:[PQ]\.?[ \t]*)?\d{1,2}[.)º°-]?[ \t]+(¿?[^\n?]{2,120}\?)[ \t]*$/u;
const word = (words: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const BUSINESS = word(content.businessWords);
const PERSON = word(content.personWords);
// "Blue Door Bakery", "Canoas Silveira. Só isso.": an answer that is a name — a few words, no
// "não"/"not" ("Ainda não sei, pensei em Doce Lar" is no name yet).
const MAX_NAME_ANSWER_WORDS = 6;
const UNSURE = /(?<![\p{L}])(?:nao|not|no|ainda|still|todavia|aun)(?![\p{L}])/u;
// "Quero. Nome, telefone…", "Yes, with name and date": a yes opening the answer, and what follows it.
const YES = content.affirmatives.map(escapeRegExp).join('|');
const YES_THEN = new RegExp(
  `^[ \\t]*(?:${YES})(?:[ \\t]*[,!]?[ \\t]+(?:${YES}))*[ \\t]*[.,!:;–-]+[ \\t]*(?:(?:${content.answerLeads.map(escapeRegExp).join('|')})[ \\t]+)?(?=\\S)`,
  'u',
);
// Fewer than this many answered questions is a person asking us something, not a questionnaire.
const MIN_ANSWERED = 3;

/** The label a question about the business's name gives its answer ("Nome"), if it is one. */
function nameLabelOf(question: string): string | undefined {
  const folded = fold(question);
  for (const [phrase, label] of Object.entries(content.calledPhrases)) if (word([phrase]).test(folded)) return label;
  if (!BUSINESS.test(folded) || PERSON.test(folded)) return undefined;
  return Object.entries(content.nameWords).find(([name]) => word([name]).test(folded))?.[1];
}

/**
 * A prompt written as answers to numbered questions ("1. Qual é o nome do seu negócio?\nCanoas
 * Silveira."), read as the person's answers: each question is a heading of its answer (its number
 * gone, its mark a colon), so its words are never a sentence of the business — and the question
 * about the name labels the answer ("Nome: Canoas Silveira."), as people write a name given.
 * Three answered questions at least make the form; fewer are questions the person asks.
 */
export function withoutQuestionnaire(text: string): string {
  const lines = text.split('\n');
  const answered = lines.flatMap((line, index) => {
    const question = QUESTION.exec(line)?.[1];
    if (!question) return [];
    let next = index + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    return next < lines.length && !QUESTION.test(lines[next]!) ? [{ index, question, answer: next }] : [];
  });
  if (answered.length < MIN_ANSWERED) return text;
  const out = [...lines];
  for (const { index, question, answer } of answered) {
    const label = nameLabelOf(question);
    const given = fold(lines[answer]!)
      .split(/[.,;!]/u)[0]!
      .trim();
    if (label && given.split(/\s+/u).length <= MAX_NAME_ANSWER_WORDS && !UNSURE.test(given)) {
      out[index] = '';
      // (Its stop closes the name: the next line is no more of it.)
      out[answer] = `${label}: ${lines[answer]!.trim().replace(/(?<![.!?])$/u, '.')}`;
      continue;
    }
    const heading = `${question.replace(/^¿/u, '').replace(/\?$/u, '')}:`;
    // "Quer formulário?\nQuero. Nome, telefone…": the yes answers it, and what the person goes on
    // with is under the question's own words ("Quer formulário: Nome, telefone…").
    const yes = YES_THEN.exec(fold(lines[answer]!));
    if (yes) {
      out[index] = '';
      out[answer] = `${heading} ${lines[answer]!.slice(yes[0].length)}`;
    } else out[index] = heading;
  }
  return out.join('\n');
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as questionnaireWords };
