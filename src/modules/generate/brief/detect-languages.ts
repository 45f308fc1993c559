import { fold } from '../offline/text';

/**
 * The prompt's language and the site's languages. Written here rather than taken from a
 * language-identification library because prompts are often three words long ("barbearia em
 * Braga"), where statistical detectors guess, and because what matters most — Brazilian or
 * European Portuguese, "bilingual" — is not something they answer.
 */
export type PromptLanguage = 'en' | 'es' | 'pt';

// Function words and endings distinctive enough to vote (folded: no accents, lowercase).
const VOTES: Record<PromptLanguage, RegExp> = {
  pt: /\b(em|com|nao|para|pra|uma|um|do|da|dos|das|no|na|nos|nas|que|sao|ou|ao|pelo|pela|seu|sua|nosso|nossa|quero|preciso|gostaria|site|loja|aulas|horario|precos|agendamento|atendimento|tambem|voce|ate|sob|pelos|onde|aberto|aberta|todos|dias|quer|dizer|venda|sobre)\b|\w(cao|coes|oes|nh\w|lh\w)\b/g,
  es: /\b(en|con|para|una|un|del|el|los|las|que|es|son|y|al|por|su|sus|nuestro|nuestra|quiero|necesito|tienda|pagina|sitio|clases|horario|precios|cita|citas|somos|tenemos|desde|hasta|todos|dias|lunes|abierto|barrio|tambien|sin|muy)\b|\w(cion|ciones|dad|dades)\b/g,
  en: /\b(in|with|for|a|an|the|and|or|of|our|my|is|are|we|want|need|website|site|page|shop|from|to|by|on|at|every|open|near|your|that|this|who|free|online)\b/g,
};
// Characters only one of the three uses.
const MARKS: Record<PromptLanguage, RegExp> = { pt: /[ãõç]|ê|ô/gi, es: /[ñ¿¡]|ción\b/gi, en: /\b(?:ing|ed)\b|'s\b/g };

/** Which of pt / es / en the prompt is written in (English when nothing tells). */
export function detectPromptLanguage(prompt: string): PromptLanguage {
  const folded = fold(prompt);
  const score = (lang: PromptLanguage) => (folded.match(VOTES[lang]) ?? []).length + 2 * (prompt.match(MARKS[lang]) ?? []).length;
  const scores = (['pt', 'es', 'en'] as const).map((lang) => ({ lang, score: score(lang) }));
  scores.sort((a, b) => b.score - a.score);
  if (scores[0].score === 0) return kindWordLanguage(folded) ?? 'en';
  // A tie between pt and es (the short prompts that share "para", "de", "que") goes to the words.
  if (scores[0].score === scores[1].score) return kindWordLanguage(folded) ?? scores[0].lang;
  return scores[0].lang;
}

// Business words that give a one-word prompt away ("cafeteria" is both; "padaria" is not).
const PT_WORDS =
  /\b(padaria|barbearia|academia|loja|oficina|pousada|floricultura|sorveteria|lanchonete|clinica|escola|salao|imobiliaria|advocacia|contabilidade|encanador|eletricista|cafeteria|acaiteria|creche|ginasio)\b/;
const ES_WORDS =
  /\b(panaderia|barberia|tienda|taller|gimnasio|floristeria|heladeria|peluqueria|inmobiliaria|abogados|fontanero|electricista|escuela|optica|bicicletas|cafeteria de)\b/;

function kindWordLanguage(folded: string): PromptLanguage | undefined {
  if (PT_WORDS.test(folded)) return 'pt';
  if (ES_WORDS.test(folded)) return 'es';
  return undefined;
}

// Words that only European Portuguese uses; Brazil writes "celular", "café da manhã", "equipe"…
const EUROPEAN_PT =
  /\b(telemovel|pequenos?-almocos?|equipa|contacto|marcacao|marcacoes|ementa|ginasio|explicacoes|alojamento local|mb ?way|donativos?|autocarro|casa de banho|aluguer|secundario|fisico-quimica|trabalhadores independentes|gabinete|rapariga|pastelaria)\b|\d\s?€|€\s?\d/;

/** pt-PT when the place is in Portugal or the prompt writes like Portugal; pt-BR otherwise. */
export function portugueseVariant(prompt: string, country: string | undefined): 'pt-PT' | 'pt-BR' {
  if (country === 'PT') return 'pt-PT';
  if (country === 'BR') return 'pt-BR';
  return EUROPEAN_PT.test(fold(prompt)) ? 'pt-PT' : 'pt-BR';
}

const LANGUAGE_NAMES: Array<{ lang: PromptLanguage | 'fr' | 'de' | 'it'; pattern: string }> = [
  { lang: 'pt', pattern: 'portugues|portuguese|portuges' },
  { lang: 'en', pattern: 'ingles|english' },
  { lang: 'es', pattern: 'espanhol|spanish|espanol|castelhano|castellano' },
  { lang: 'fr', pattern: 'frances|french' },
  { lang: 'de', pattern: 'alemao|german|aleman' },
  { lang: 'it', pattern: 'italiano|italian' },
];
const NAME = LANGUAGE_NAMES.map((entry) => entry.pattern).join('|');
const LIST = new RegExp(`\\b(${NAME})\\b((?:\\s*(?:,|\\be\\b|\\band\\b|\\by\\b|\\bet\\b|&|/)\\s*\\b(?:${NAME})\\b)+)`, 'g');
// One language named as the site's ("site em inglês", "website in Spanish", "sitio en inglés").
const SINGLE = new RegExp(
  `\\b(?:site|website|pagina|sitio|web|landing page|textos?)\\s+(?:todo\\s+|all\\s+|only\\s+|so\\s+|solo\\s+)?(?:em|in|en)\\s+(${NAME})\\b`,
  'g',
);

function languageOf(name: string): PromptLanguage | 'fr' | 'de' | 'it' | undefined {
  return LANGUAGE_NAMES.find((entry) => new RegExp(`^(?:${entry.pattern})$`).test(name))?.lang;
}

/**
 * Languages the prompt asks the site to be in: a list of two or more language names ("bilíngue
 * português e inglês", "in English and Spanish") or one named as the site's ("site em inglês").
 * A single language name alone ("escola de inglês") is a subject, not a site language.
 */
export function requestedLanguages(prompt: string): Array<PromptLanguage | 'fr' | 'de' | 'it'> {
  const folded = fold(prompt);
  const found: Array<PromptLanguage | 'fr' | 'de' | 'it'> = [];
  const add = (name: string) => {
    const lang = languageOf(name);
    if (lang && !found.includes(lang)) found.push(lang);
  };
  for (const match of folded.matchAll(LIST)) {
    add(match[1]);
    for (const name of match[2].match(new RegExp(`\\b(?:${NAME})\\b`, 'g')) ?? []) add(name);
  }
  if (found.length === 0) for (const match of folded.matchAll(SINGLE)) add(match[1]);
  return found;
}

/** "bilingual"/"bilíngue" without naming the second language. */
export function asksForBilingual(prompt: string): boolean {
  return /\bbiling(u|ü)\w*|\bbil[ií]ngu\w*/i.test(prompt);
}
