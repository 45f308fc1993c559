import { sanitizeText } from '@/lib/ai/sanitize-text';
import { fold } from '@/modules/brief/text';

/**
 * What a rewrite instruction asks for, when every word of it is understood offline (en, pt, es):
 *   shorter    "shorter", "more concise", "mais curto", "resuma", "más corto"
 *   tone       "more formal", "less formal", "mais descontraído", "más cercano"
 *   headline   change the headline to "…" / mude o título para "…" / cambia el título a "…"
 *   remove     remove this section / remova esta seção / elimina esta sección
 *   keepOnly   keep only the first 3 / only questions about dog grooming / só perguntas sobre …
 *   mention    mention free parking / mencione que temos estacionamento / menciona …
 * Anything else — a word left over that none of these explains — makes the whole instruction
 * not understood (null): the caller says it needs the AI rather than doing half of it, or a
 * wrong thing. `language` is the language the instruction is written in, for the sentences we
 * write around a mentioned topic.
 */
export type EditPlan = {
  language: 'en' | 'pt' | 'es';
  isShorter: boolean;
  tone?: 'formal' | 'casual';
  headline?: string;
  isRemove: boolean;
  keepOnly?: { count: number } | { topic: string };
  mention?: string;
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  uno: 1,
  una: 1,
  dos: 2,
  cuatro: 4,
};

// Quoted text keeps its case and accents; everything else is matched on folded text.
const QUOTED = /["“”«»„'‘’]([^"“”«»„]{1,160}?)["“”«»„'‘’](?=\s|$|[.,;!?])/u;

const HEADLINE =
  /(?<![a-z])(?:(?:change|set|make|replace|rename|update)\s+(?:the\s+)?(?:main\s+)?(?:headline|title|heading)\s*(?:to|with|as|:|=)|(?:new\s+)?(?:headline|title|heading)\s*:|(?:mude|muda|mudar|troque|troca|trocar|altere|altera|alterar|coloque|coloca|ponha|poe)\s+(?:o\s+)?(?:titulo|cabecalho|chamada)\s*(?:para|por|como|:)|(?:novo\s+)?titulo\s*:|(?:cambia|cambiar|cambie|pon|ponga|reemplaza)\s+(?:el\s+)?(?:titulo|titular|encabezado)\s*(?:a|por|como|:)|(?:nuevo\s+)?titular\s*:)\s*/;
const REMOVE =
  /^(?:please\s+|por favor\s+)?(?:remove|delete|drop|hide|get rid of|remova|remover|remove|apague|apagar|apaga|exclua|excluir|exclui|tire|tirar|retire|elimina|eliminar|elimine|borra|borrar|quita|quitar|quite)\s+(?:this|the|that|esta|essa|este|esse|a|o|la|el)?\s*(?:section|part|block|secao|parte|bloco|seccion)?\s*(?:please|por favor)?[.!]?$/;
const KEEP_ONLY =
  /(?<![a-z])(?:keep only|only keep|leave only|just keep|keep just|only|just|mantenha (?:so|apenas|somente)|deixe (?:so|apenas|somente)|mantem (?:so|apenas)|so|apenas|somente|deja (?:solo|solamente)|manten (?:solo|solamente)|solo|solamente|unicamente)\s+/;
const LIST_WORDS =
  /^(?:the\s+|os\s+|as\s+|las\s+|los\s+)?(?:first\s+|primeir[oa]s\s+|primer[oa]s\s+)?(?:(\d{1,2})|(one|two|three|four|five|um|uma|dois|duas|tres|quatro|cinco|uno|una|dos|cuatro))?\s*(?:questions?|items?|entries|services?|dishes|plans?|people|members?|perguntas?|itens|servicos?|pratos?|planos?|pessoas|membros?|preguntas?|elementos?|platos?|personas|miembros?)?\s*(?:about|on|related to|regarding|sobre|de|acerca de|relacionad[oa]s? (?:a|com|con))?\s*/;
const MENTION =
  /(?<![a-z])(?:mention|mentions|include|highlight|talk about|add that|say that|mencione|mencionar|menciona|cite|inclua|incluir|incluya|incluye|destaque|destacar|destaca|fale sobre|falar sobre|fala sobre|diga que|habla de|hable de|di que|diga)\s+/;
// A mentioned topic ends where another request begins: "mention X and make it shorter".
const TOPIC_END =
  /\s+(?:and|e|y)\s+(?:make|keep|be|change|remove|deixe|deixa|faca|faz|torne|mude|haz|hazlo|hazla|sea|cambia|make it)(?![a-z])|[.;\n]/;
const SHORTER =
  /(?<![a-z])(?:shorter|shorten|short|more concise|concise|briefer|brief|less text|fewer words|mais curt[oa]|curt[oa]|resum\w*|encurt\w*|menos texto|mais enxut[oa]|enxut[oa]|mas cort[oa]|cort[oa]|acort\w*|mas breve|breve)(?![a-z])/g;
const CASUAL =
  /(?<![a-z])(?:less formal|more casual|casual|informal|friendlier|more friendly|friendly|relaxed|more relaxed|menos formal|mais descontraid[oa]|descontraid[oa]|mais informal|mais leve|mais proxim[oa]|mas informal|mas cercan[oa]|cercan[oa]|mas relajad[oa]|relajad[oa])(?![a-z])/g;
const FORMAL =
  /(?<![a-z])(?:more formal|formal|more professional|professional|more serious|mais formal|mais profissional|profissional|mais seri[oa]|mas formal|mas profesional|profesional|mas seri[oa])(?![a-z])/g;
// Words that carry no request of their own ("please make it a bit …").
const FILLER = new Set(
  (
    'please make it this the section text copy a bit little more less be and also then too keep write sound ' +
    'por favor deixe deixa deixar faca faz fazer torne tornar isso isto esta essa este esse seção secao texto um pouco mais menos ele ela e tambem depois fique ficar o a ' +
    'haz hazlo hazla hacer que sea este esta seccion texto un poco mas y tambien luego lo la el'
  ).split(' '),
);

function detectLanguage(folded: string): EditPlan['language'] {
  const pt = (
    folded.match(
      /(?<![a-z])(deixe|mais|mencione|seção|secao|titulo para|torne|apenas|perguntas|sobre o|estacionamento|gratis|nao|voce|com|para)(?![a-z])/g,
    ) ?? []
  ).length;
  const es = (
    folded.match(/(?<![a-z])(hazlo|haz|mas|menciona|seccion|preguntas|solo|el|los|las|estacionamiento|gratuito|con|para)(?![a-z])/g) ?? []
  ).length;
  const en = (folded.match(/(?<![a-z])(make|it|the|more|mention|only|about|free|and|this|with|to)(?![a-z])/g) ?? []).length;
  if (en >= pt && en >= es) return 'en';
  return pt >= es ? 'pt' : 'es';
}

/** Blanks a span without moving what follows, so folded and raw positions stay aligned. */
function cut(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);
}

export function parseEditInstruction(instruction: string): EditPlan | null {
  const raw = sanitizeText(instruction, { maxLength: 500 }).trim();
  if (!raw) return null;
  const folded = fold(raw);
  const plan: EditPlan = { language: detectLanguage(folded), isShorter: false, isRemove: false };
  // `rest` (folded) and `rawRest` keep the same positions: each understood part is blanked in both.
  let rest = folded;
  let rawRest = raw;
  const take = (start: number, end: number) => {
    rest = cut(rest, start, end);
    rawRest = cut(rawRest, start, end);
  };

  if (REMOVE.test(folded)) return { ...plan, isRemove: true };

  const headline = HEADLINE.exec(rest);
  if (headline) {
    const from = headline.index + headline[0].length;
    const quoted = QUOTED.exec(rawRest.slice(from));
    const value = quoted && quoted.index === 0 ? quoted[1] : rawRest.slice(from).replace(/^["“”«»„]|["“”«»„]$/g, '');
    const text = value.trim().replace(/\s+/g, ' ');
    if (!text) return null;
    plan.headline = text.slice(0, 160);
    take(headline.index, quoted && quoted.index === 0 ? from + quoted[0].length : rest.length);
  }

  const mention = MENTION.exec(rest);
  if (mention) {
    const from = mention.index + mention[0].length;
    const end = TOPIC_END.exec(rest.slice(from));
    const to = end ? from + end.index : rest.length;
    const topic = rawRest
      .slice(from, to)
      .replace(/[^\p{L}\p{N} %&'’,:/+€$-]/gu, '')
      .trim();
    if (!topic) return null;
    plan.mention = topic.slice(0, 160);
    take(mention.index, to);
  }

  const keep = KEEP_ONLY.exec(rest);
  if (keep) {
    const from = keep.index + keep[0].length;
    const end = TOPIC_END.exec(rest.slice(from));
    const to = end ? from + end.index : rest.length;
    const phrase = rest.slice(from, to);
    const list = LIST_WORDS.exec(phrase);
    const digits = list?.[1] ?? list?.[2];
    const count = digits ? (/^\d+$/.test(digits) ? Number(digits) : NUMBER_WORDS[digits]) : undefined;
    const topic = rawRest
      .slice(from + (list?.[0].length ?? 0), to)
      .replace(/[^\p{L}\p{N} &'’-]/gu, '')
      .trim();
    if (count !== undefined && !topic) plan.keepOnly = { count };
    else if (topic && count === undefined) plan.keepOnly = { topic: topic.slice(0, 80) };
    else return null;
    take(keep.index, to);
  }

  for (const [pattern, apply] of [
    [SHORTER, () => (plan.isShorter = true)],
    [CASUAL, () => (plan.tone = 'casual')],
    [FORMAL, () => (plan.tone ??= 'formal')],
  ] as const) {
    for (const match of [...rest.matchAll(pattern)]) {
      apply();
      take(match.index, match.index + match[0].length);
    }
  }

  const leftover = (rest.match(/\p{L}+/gu) ?? []).filter((word) => !FILLER.has(word));
  if (leftover.length > 0) return null;
  const isSomething = plan.isShorter || plan.tone || plan.headline || plan.keepOnly || plan.mention;
  return isSomething ? plan : null;
}
