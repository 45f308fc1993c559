import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { standardFieldNames, type StandardFieldName } from '@/modules/document/lead-forms';
import raw from './content/form-fields.json';
import { askFormQuestions, type RequestedFormField } from './ask-form-questions';
import { alternationOf, escapeRegExp, fold } from './text';

/**
 * What the person asked their form to ask, in their own words: "um formulário de orçamento com
 * nome, WhatsApp, data do evento e número de convidados", "a booking form asking for the boat's
 * length and the date". The words around a form (`content/form-fields.json`) are language, never
 * a list of trades, so any business's fields are read the same way.
 */
const words = z.array(z.string().min(1).max(40)).min(1);
const formFieldsSchema = z.object({
  $comment: z.string().optional(),
  formWords: words,
  /** "mais ou menos", "more or less": "about" — its "or" joins no answers of a choice. */
  approximately: words,
  /**
   * "book through the site, with…", "agendamento pelo site com…": a booking or a quote asked of
   * the site is its form — with a word for the site within three words, never alone ("orçamento
   * grátis com visita" lists no fields).
   */
  siteRequestWords: words,
  siteWords: words,
  introducers: words,
  leadWords: words,
  /** Words that start another request ("… e uma galeria", "and a map"): the list of fields ended before them. */
  newRequestWords: words,
  // The standard fields only: the person's own questions have no synonyms, they are whatever is left.
  standardFields: z.object(Object.fromEntries(standardFieldNames.map((name) => [name, words])) as Record<StandardFieldName, typeof words>),
  /** What opens a question answered yes or no, by the language its answers are written in. */
  yesNoLeads: z.strictObject({ pt: words, es: words, en: words }),
  /** What opens a direct question, by language: the field is shown as a question. */
  questionWords: z.strictObject({ pt: words, es: words, en: words }),
  /** What opens a field that asks the visitor to pick ("tipo de serviço", "qué quiere"): its listed answers are a choice. */
  choiceHeads: words,
  choiceOthers: words,
  choiceHeadPrepositions: words,
  /** "comunidade ou localidade", "colours or pattern": nouns naming what to write — two of them joined by "or" are one field, never its answers. */
  infoNouns: words,
  /** "sim", "não", "yes", "no": a parenthesis listing them is the question's answers ("sim, não, não sei"). */
  yesNoWords: words,
  /** "Se sim", "If yes": how a yes's follow-up is asked. */
  ifYes: z.strictObject({ pt: z.string().min(1), es: z.string().min(1), en: z.string().min(1) }),
});
const content = parseContent('src/modules/brief/content/form-fields.json', formFieldsSchema, raw);

/** The words for a form (folded): what follows one in its sentence is what it asks. */
export const formWords: ReadonlySet<string> = new Set(content.formWords);

export type { RequestedFormField } from './ask-form-questions';

// "(branca, crua ou colorida)", "(sim/não)", "(pickup or delivery)": the answers to choose from.
const OPTION_SPLIT = /\s*(?:,|\/|\s(?:ou|or|o|y)\s)\s*/u;
const MAX_OPTIONS = 8;
// "se prefere manhã ou tarde", "si prefiere mañana o tarde", "whether weekdays or weekends".
// Spanish "o"/"u" join answers only in Spanish: in Portuguese "o" is an article ("se já tem o tecido").
const WHETHER_IN = {
  es: /^(?:se|si|whether|if)\s(?:.*\s)?([\p{L}\p{N}]+)\s(?:ou|or|o|u)\s([\p{L}\p{N}]+)$/iu,
  other: /^(?:se|si|whether|if)\s(?:.*\s)?([\p{L}\p{N}]+)\s(?:ou|or)\s([\p{L}\p{N}]+)$/iu,
};
// ", or other", ", ou outro", ", u otro": the last of answers listed with commas.
// A question asked after the form's list is one of its fields when it is this short.
const MAX_ASKED_WORDS = 14;
const LAST_COMMA_OR = /,\s*(?:ou|or|o|u)\s+[^,]+$/iu;
const OPEN_ENDED = /\s(ou|or|o|u)\s(?=(?:above|over|more|older|higher|mais|acima|superior|más|mas|arriba)(?![\p{L}]))/giu;
const OR_LEAD = /^\s*(?:ou|or|o|u)\s+/iu;

/** "y/n", "s/n", "sim/não", "sí / no", "yes/no" after a question: a yes-or-no choice. */
const YES_NO = /\s+(y\s?\/\s?n|yes\s?(?:\/|\sor\s)\s?no|s\s?\/\s?n|sim\s?(?:\/|\sou\s)\s?n[ãa]o|s[íi]\s?(?:\/|\so\s)\s?no)$/iu;
// "quer prova? sim / não": a question mark before its answers ends no list — the answers are the question's.
const ASKED_YES_NO = /\?(?=\s*\(?\s*(?:sim|s[íi]|yes|y|s)\s?\/\s?(?:n[ãa]o|no|n)(?![\p{L}]))/giu;

const YES_NO_WORDS = new Map(content.yesNoWords.map((said) => [said.split('=')[0]!, said.split('=')[1]!]));
const INFO_NOUNS = new Set(content.infoNouns);

const YES_NO_ANSWERS = { pt: ['Sim', 'Não'], es: ['Sí', 'No'], en: ['Yes', 'No'] } as const;

/**
 * The answers to a yes-or-no question, in the language its marker is written in ("y/n", "sí o
 * no", "sim ou não"); a marker both languages write ("s/n") in the prompt's.
 */
function yesNoAnswers(marker: string, promptLang: 'pt' | 'es' | 'en'): string[] {
  const first = fold(marker)
    .trim()
    .split(/[\s/]+/u)[0];
  if (first === 'y' || first === 'yes') return [...YES_NO_ANSWERS.en];
  if (first === 'si') return [...YES_NO_ANSWERS.es];
  if (first === 'sim') return [...YES_NO_ANSWERS.pt];
  return [...YES_NO_ANSWERS[promptLang]];
}

// "se quer prova", "si puede entrar el camión", "whether the coat is matted", "tem garagem": a
// question opened so is answered yes or no (content yesNoLeads), in the language of its lead.
const YES_NO_LEADS = (['pt', 'es', 'en'] as const).map((lang) => ({
  lang,
  lead: new RegExp(`^(?:${alternationOf(content.yesNoLeads[lang])})\\s+\\p{L}`, 'u'),
}));

// "is it a flat or a house", "tem garagem ou vaga na rua", "é casa ou apartamento": a question opened
// as a yes-or-no one, with two answers joined by "or" — one question, its answers the words around it.
const ASKED_CHOICE = new RegExp(
  `^(?:${alternationOf([...content.yesNoLeads.pt, ...content.yesNoLeads.es, ...content.yesNoLeads.en, 'é', 'es', 'is it', 'are you'])})\\s(?:.*\\s)?([\\p{L}\\p{N}]+)\\s(?:ou|or)\\s(?:(?:a|an|the|um|uma|un|una)\\s)?([\\p{L}\\p{N}]+)\\??$`,
  'iu',
);

// "se tiver", "if any", "si tiene", "if known": a two-word condition, said of the field before it.
const IF_ANY = /^(?:se|si|if)\s\p{L}+$/u;

/** The yes-or-no answers of a field opened by a yes-or-no lead, in the prompt's language when the lead is shared ("se"/"si"). */
function yesNoOf(own: string, promptLang: 'pt' | 'es' | 'en'): string[] | undefined {
  const folded = fold(own);
  const langs = YES_NO_LEADS.filter(({ lead }) => lead.test(folded)).map(({ lang }) => lang);
  if (langs.length === 0 || own.split(/\s+/).length < 2 || IF_ANY.test(folded)) return undefined;
  return [...YES_NO_ANSWERS[langs.includes(promptLang) ? promptLang : langs[0]!]];
}

/** The field's words and its listed answers, when a parenthesis at its end lists two to eight short ones. */
function withOptions(own: string, field: StandardFieldName | null, promptLang: 'pt' | 'es' | 'en'): RequestedFormField {
  const aside = /^(.+?)\s*\(([^()]+)\)$/u.exec(own);
  if (!aside || field !== null) return { text: own.slice(0, 60), field };
  // "dog on the property (y/n)": the answers yes and no, written out in the marker's language.
  const marker = YES_NO.exec(` ${aside[2]!.trim()}`);
  if (marker) return { text: aside[1]!.slice(0, 60), field, options: yesNoAnswers(marker[1]!, promptLang) };
  // "vacunas, corte de uñas, vómito o diarrea, u otro": answers listed with commas and a last
  // ", or" are split on the commas — an "or" inside one is that answer's own.
  const isCommaList = LAST_COMMA_OR.test(aside[2]!);
  // "Grade 3 or above", "60 ou mais": an "or" before a word that only extends the answer joins no
  // two answers — kept apart from the split, given back after it.
  const answers = aside[2]!.replace(OPEN_ENDED, '\u0003$1\u0003');
  // "a length of tweed / a commission / a cushion or bag": with slashes between answers, an "or"
  // inside one is that answer's own.
  const bySlash = answers.includes('/');
  const options = (
    isCommaList
      ? answers.split(/\s*,\s*/).map((option) => option.replace(OR_LEAD, ''))
      : answers.split(bySlash ? /\s*\/\s*/u : OPTION_SPLIT)
  )
    .map((option) => option.replace(/\u0003/g, ' ').trim())
    .filter(Boolean);
  // Answers to choose from are joined by "ou/or/o" or "/" ("branca, crua ou colorida", "sim/não"); a
  // list with commas only gives examples ("parede, árvore, poste, muro") and stays in the label.
  // …and so does an answer only a list of choices holds ("…, other, don't know").
  const isDisjunction =
    /\/|\s(?:ou|or|o|u)\s/u.test(aside[2]!) ||
    opensOnChoiceHead(aside[1]!) ||
    // "serviço (casqueamento, ferrageamento, …)": a field named by one noun, its answers listed;
    // "(sim, não, não sei)": a question's answers, yes and no among them.
    (aside[1]!.trim().split(/\s+/).length === 1 && !/\s(?:e|and|y)\s/u.test(aside[2]!)) ||
    ['yes', 'no'].every((answer) => options.some((option) => YES_NO_WORDS.get(fold(option).trim()) === answer)) ||
    options.some((option) =>
      CHOICE_OTHERS.has(
        fold(option)
          .replace(/[.!?]+$/u, '')
          .trim(),
      ),
    );
  const isChoice =
    isDisjunction &&
    options.length >= 2 &&
    options.length <= MAX_OPTIONS &&
    new Set(options.map(fold)).size === options.length &&
    options.every((option) => option.length <= 40 && option.split(/\s+/).length <= 4 && !/\d{3,}/.test(option));
  // (A label too long for its examples keeps its own words, never cut inside the parenthesis.)
  return isChoice ? { text: aside[1]!.slice(0, 60), field, options } : { text: (own.length > 60 ? aside[1]! : own).slice(0, 60), field };
}

const SHARED_HEAD = /^(?:d[aeo]s?|de|del|of|the)\s/u;
// (Nor a question: "se vem a pé ou de bicicleta" asks which.)
const OPENS_ON_PREPOSITION = /^(?:a|o|à|ao|d[aeo]s?|de|del|em|en|no|na|of|the|by|on|in|at|por|pelo|pela|com|con|with|se|si|if|whether)\s/u;
/**
 * "nome do grupo ou da escola": the second alternative opens on "da"/"of" and the first, a name of
 * two words at least, on none — one field whose head the second shares. "a pé ou de bicicleta"
 * opens both on one: two answers.
 */
function sharesHead(alternatives: readonly string[]): boolean {
  const [first, ...rest] = alternatives.map((alternative) => fold(alternative.trim()));
  return (
    first !== undefined &&
    first.split(/\s+/).length >= 2 &&
    !OPENS_ON_PREPOSITION.test(first) &&
    rest.some((alternative) => SHARED_HEAD.test(alternative))
  );
}
const CHOICE_HEAD = new RegExp(
  `^\\s*[¿¡]?\\s*(?:(?:${content.choiceHeadPrepositions.map(escapeRegExp).join('|')})\\s+)?(?:${content.choiceHeads.map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);
const CHOICE_OTHERS = new Set(content.choiceOthers);
/** "tipo de serviço", "¿Qué quiere", "which size": a field that asks the visitor to pick. */
function opensOnChoiceHead(label: string): boolean {
  return CHOICE_HEAD.test(fold(label));
}

export type FormFieldsReading = {
  fields: RequestedFormField[];
  /** The list as written in the prompt (the fields, not "formulário com"): no offering is read from it. */
  listText: string;
  /** The words that ask for the form, folded, with the few before it ("quote form please:", "formulario de orcamento com"). */
  request: string;
};

// Up to ten words may describe the form between its noun and its fields ("formulário de
// orçamento com", "formulário para quem quer aderir ao plano, com", "form for a school or a club
// to book, with", "formulário para as comissões de festas pedirem a banda, com:"), none of them "and": "formulário e uma galeria com fotos" lists no fields.
const FORM_THEN_FIELDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationOf(content.formWords)}|(?:${alternationOf(content.siteRequestWords)})(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${alternationOf(content.siteWords)}),?)(?![\\p{L}\\p{N}])(?:\\s+(?!(?:e|and|y)\\s)[\\p{L}-]+,?){0,10}?(?:\\s(?:${alternationOf(content.introducers)})(?=\\s|:)\\s*:?|\\s*:|\\s*\\()`,
  'gu',
);
// An article opens another request ("… e uma galeria"); a word for a part of the site does when
// it stands as a noun of its own — at the end, or before a preposition ("mapa do local", "a gallery
// of jobs") — never as a modifier of the field's noun ("section size", "page count").
const ARTICLES = new Set(['um', 'uma', 'an', 'un', 'una']);
const NEW_REQUEST = new RegExp(
  `^\\s*(?:${alternationOf(content.newRequestWords.filter((word) => ARTICLES.has(word)))})(?:\\s|$)|(?:^|\\s)(?:${alternationOf(
    content.newRequestWords.filter((word) => !ARTICLES.has(word)),
  )})(?=\\s*$|\\s+(?:de|do|da|dos|das|del|of|with|com|con|for|para|pra|to|e|and|y|no|na|en|in|on)(?:\\s|$))`,
  'u',
);
const LEAD = new RegExp(`^(?:(?:${alternationOf(content.leadWords)})\\s+)+`, 'u');
// "…, timeline, and whether": the Oxford comma's "and" opens no field of its own.
const CONJUNCTION = /^(?:and|or|e|ou|y)\s+/u;
const SPLIT = /\s*(?:,|;|\s(?:e|and|y|\+|&)\s)\s*/u;
const APPROXIMATELY = new RegExp(`(?<![\\p{L}])(?:${content.approximately.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
// "casa ou empresa", "presencial ou online", "email/telefone": alternatives inside one piece.
const OR_SPLIT = /\s*(?:\/|\s(?:ou|or)\s)\s*/u;
const MAX_OPTION_WORDS = 4;
// A date, a time or an address stays one when the person says of what ("data do evento", "address of the site").
const QUALIFIABLE = new Set<StandardFieldName>(['date', 'time', 'address']);
const QUALIFIER = /^(?:de|do|da|dos|das|del|of|for|para|pra|desejad[oa]s?|preferid[oa]|preferred|prevista?)\b/u;
const MAX_FIELDS = 8;
// "se há refeição para os músicos", "si quiere pollitas": a question is a short clause, not only a noun.
const MAX_FIELD_WORDS = 7;
const MAX_YES_NO_WORDS = 10;

function standardFieldOf(folded: string): StandardFieldName | null {
  for (const name of standardFieldNames) {
    for (const synonym of content.standardFields[name]) {
      if (folded === synonym) return name;
      if (QUALIFIABLE.has(name) && folded.startsWith(`${synonym} `) && QUALIFIER.test(folded.slice(synonym.length + 1))) return name;
    }
  }
  return null;
}

/** The fields listed after the first form request of the prompt that lists any; null when none does. */
export function extractFormFields(typed: string, promptLang: 'pt' | 'es' | 'en' = 'en'): FormFieldsReading | null {
  const prompt = typed.replace(ASKED_YES_NO, ' ');
  const whetherOf = (text: string) => (promptLang === 'es' || /^\s*si\s/iu.test(text) ? WHETHER_IN.es : WHETHER_IN.other);
  const folded = fold(prompt);
  for (const match of folded.matchAll(FORM_THEN_FIELDS)) {
    const start = match.index + match[0].length;
    const isAside = match[0].trimEnd().endsWith('(');
    // The list runs to the end of its sentence (or of its parenthesis).
    const stop = folded.slice(start).search(isAside ? /\)/ : /[.!?;\n]|$/);
    let end = start + (stop < 0 ? folded.length - start : stop);
    // "…, quantos cômodos tem a casa? e quando foi a última dedetização?", "Do you have pets? Is it a
    // flat or a house?": a list that ends on a question goes on with the questions asked right after it.
    while (!isAside && folded.charAt(end) === '?') {
      const next = /^\?[ \t]+([^.!?;\n]+)\?/u.exec(folded.slice(end));
      if (!next || next[1]!.trim().split(/\s+/).length < 3 || next[1]!.trim().split(/\s+/).length > MAX_ASKED_WORDS) break;
      end += next[0].length - 1;
    }
    const fields: RequestedFormField[] = [];
    let listEnd = start;
    let at = start;
    // A parenthesis inside the list belongs to its field ("onde está o enxame (parede, árvore)"):
    // blanked for the split, given back to the field's words below.
    // "se é para casa ou empresa": the verb "é" folds to the "e" that joins fields, and must not split them.
    const list = folded
      .slice(start, end)
      .replace(/\([^()]*\)/g, (aside) => '\u0001'.repeat(aside.length))
      // "quantas pessoas mais ou menos": "about", no choice between "mais" and "menos" (same length, so
      // the field's words are still read from the prompt at the same places).
      .replace(APPROXIMATELY, (idiom) => idiom.replace(/\s/gu, '\u0003'))
      // (One question after another is one field after another.)
      .replace(/\?[ \t]/g, ', ')
      .split('')
      .map((letter, i) => (letter === 'e' && prompt.charAt(start + i) === 'é' ? '\u0002' : letter))
      .join('');
    const blanked = folded.slice(0, start) + list + folded.slice(end);
    // "casa ou empresa" is one question with its answers; "telefone ou e-mail" two fields.
    const pieces: { piece: string; options?: string[] }[] = [];
    for (const joined of list.split(SPLIT)) {
      // "pets y/n", "tem animais s/n": one yes-or-no question, never the answers "Pets y" and "N".
      if (YES_NO.test(joined.trim().replace(/[,:;.]+$/, ''))) {
        pieces.push({ piece: joined });
        continue;
      }
      // "se sente dor ou formigamento (costas, pescoço…)": a question with its answers listed is one
      // question, whatever "ou" it holds.
      const alternatives = /\u0001/.test(joined) ? [joined] : joined.split(OR_SPLIT);
      const own = alternatives.map((alternative) => alternative.trim().replace(/[,:;.]+$/, ''));
      const isChoice =
        alternatives.length >= 2 &&
        alternatives.length <= MAX_OPTIONS &&
        !/\u0001/.test(joined) &&
        // "nome do grupo ou da escola": an alternative opening on "da"/"of" shares the head before it —
        // one field's name, never the answers "nome do grupo" and "da escola".
        !sharesHead(own) &&
        own.every(
          (option) =>
            option.length > 0 &&
            option.split(/\s+/).length <= MAX_OPTION_WORDS &&
            standardFieldOf(option) === null &&
            !LEAD.test(option) &&
            !INFO_NOUNS.has(option) &&
            !/\d/.test(option),
        );
      if (isChoice) pieces.push({ piece: joined, options: own });
      // "se o imóvel é urbano ou rural": a longer question is still one, its answers the words around "ou".
      else if (
        alternatives.length === 2 &&
        (whetherOf(joined).test(joined.trim()) || ASKED_CHOICE.test(joined.trim().replace(/\u0002/g, 'é'))) &&
        joined.trim().split(/\s+/).length <= MAX_FIELD_WORDS
      )
        pieces.push({ piece: joined });
      // "nome do grupo ou da escola": one field whose second alternative shares the first's head;
      // "comunidade ou localidade": two names for what to write, one field.
      else if (sharesHead(own) || (own.length >= 2 && own.every((alternative) => INFO_NOUNS.has(alternative))))
        pieces.push({ piece: joined });
      else for (const alternative of alternatives) pieces.push({ piece: alternative });
    }
    for (const { piece, options } of pieces) {
      const from = blanked.indexOf(piece, at);
      at = from + piece.length;
      const space = piece.length - piece.trimStart().length;
      const lead =
        space +
        (LEAD.exec(piece.trimStart().replace(CONJUNCTION, ''))?.[0].length ?? 0) +
        (CONJUNCTION.exec(piece.trimStart())?.[0].length ?? 0);
      // "¿eres mayor de 18?": the opening mark of a Spanish question is no part of the label.
      const own = prompt
        .slice(from + lead, from + piece.length)
        .trim()
        .replace(/[,:;.]+$/, '')
        .replace(/^[¿¡]\s*/u, '');
      const ownFolded = fold(own);
      if (!own) continue;
      // A long piece is a sentence, not a field: the list ended before it.
      // Digits in its answers ("Grade 3 or above") are no sentence: only the field's own words count.
      const ownWords = own.replace(/\([^()]*\)/g, '').trim();
      const words = ownWords.split(/\s+/);
      // A number of three digits or more (a price, a phone, a year) is a sentence's; "4x4", "mayor de
      // 18", "10 cm" are a field's words.
      // (A question answered yes or no, its answers given, may run longer: "se a jangada já tem registro na Capitania (sim ou não)".)
      const maxWords = /\(\s*(?:sim|s[íi]|yes)\b/iu.test(own) || YES_NO.test(own) ? MAX_YES_NO_WORDS : MAX_FIELD_WORDS;
      if (words.length > maxWords || /\d{3,}|[$€£]/.test(ownWords) || NEW_REQUEST.test(piece.replace(/\u0001+/g, ' '))) break;
      const yesNo = YES_NO.exec(own);
      if (yesNo && !options) {
        const question = own.slice(0, yesNo.index).trim();
        if (question && !fields.some((known) => fold(known.text) === fold(question)))
          fields.push({ text: question.slice(0, 60), field: null, options: yesNoAnswers(yesNo[1]!, promptLang) });
      } else if (options) {
        // The answers as the person wrote them, from the prompt (the list above is folded).
        const whether = whetherOf(own).exec(own) ?? ASKED_CHOICE.exec(own);
        const answers = whether ? [whether[1]!, whether[2]!] : own.split(OR_SPLIT).map((answer) => answer.trim());
        // "tem prova ou não", "pets or not": a yes-or-no question, its "or not" no answer of its own.
        const orNot = answers.length === 2 && ['nao', 'no', 'not'].includes(fold(answers[1]!));
        const question = orNot ? own.replace(/\s+(?:ou|or|o)\s+\S+$/iu, '') : own;
        const shown = orNot ? [...YES_NO_ANSWERS[promptLang]] : answers;
        if (!fields.some((known) => fold(known.text) === fold(question)))
          fields.push({ text: question.slice(0, 60), field: null, options: shown });
      } else if (IF_ANY.test(ownFolded) && fields.length > 0) {
        // "número da matrícula, se tiver", "lot size, if known": a condition of the field before, no field.
        const last = fields.at(-1)!;
        fields[fields.length - 1] = { ...last, text: `${last.text}, ${own}`.slice(0, 60) };
      } else if (!fields.some((known) => fold(known.text) === ownFolded)) {
        const field = withOptions(own, standardFieldOf(ownFolded), promptLang);
        // "se prefere manhã ou tarde", "whether mornings or evenings": a question with its two answers.
        const whether = field.field === null && !field.options ? (whetherOf(own).exec(own) ?? ASKED_CHOICE.exec(own)) : null;
        // "se quer prova", "whether the coat is matted": a question with no answers named is yes or no.
        const yesNo = field.field === null && !field.options && !whether ? yesNoOf(own, promptLang) : undefined;
        fields.push(whether ? { ...field, options: [whether[1]!, whether[2]!] } : yesNo ? { ...field, options: yesNo } : field);
      }
      listEnd = from + piece.length;
      if (fields.length === MAX_FIELDS) break;
    }
    // A list has two fields at least: "um formulário pra falar com a gente" names none.
    if (fields.length >= 2) {
      // A few words before the form's noun, in its own sentence ("quote form", "booking form").
      const before = folded
        .slice(Math.max(0, match.index - 24), match.index)
        .replace(/^\S*\s/, '')
        .replace(/^[^]*[.!?;:\n]/, '');
      return {
        fields: askFormQuestions(fields, promptLang, content),
        listText: typed.slice(start, listEnd).trim(),
        request: `${before}${match[0]}`,
      };
    }
  }
  return null;
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as formFieldWords };
