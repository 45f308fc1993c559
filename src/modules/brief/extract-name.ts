import { keywordSpans } from './detect-kind';
import { hintDefs } from './hints';
import { fold } from './text';
import type { KindDef } from './kind-types';

export type NameMatch = { name: string; source: 'quoted' | 'called' | 'leading' | 'capitalised' };
type Span = { start: number; end: number };

// Words that open a request rather than name a business ("Create a site…", "Site para…").
const STOPWORDS = new Set(
  (
    'create make build design generate crie criar cria faca fazer faz quero queria preciso gostaria gostaríamos site sites website websites ' +
    'landing page pagina paginas homepage home web online a an the my our your for um uma o os as meu minha nosso nossa seu sua para pra el la ' +
    'los las un una mi mis nuestro nuestra sitio hola hello hi ola please por favor i we eu nos yo need want with com con and e y de do da in em ' +
    'no na en is es it this that este esta isso new novo nova nuevo nueva modern moderno moderna simple simples bonito beautiful elegant ' +
    'elegante professional profissional html css seo cta faq pt en es br usa uk'
  ).split(' '),
);
const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'of', 'the', '&', 'e', 'and', 'y', "n'", 'du']);
const CALLED =
  /(?<![a-z])(?:called|named|name is|chamad[oa]s?|de nome|com o nome(?: de)?|cujo nome e|o nome e|llamad[oa]s?|se llama|con el nombre(?: de)?|nome:|name:|nombre:)\s+/g;
// A dot stays inside a token only between letters ("Av.Paulista", "Co.uk"), never at its end.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*|&/gu;
const hintWords = new RegExp(`^(?:${hintDefs.map((hint) => hint.keywords).join('|')})$`);

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** Keeps letters, digits and the punctuation names use; strips what tags or scripts need. */
export function cleanName(raw: string): string | undefined {
  const name = raw
    .replace(/[^\p{L}\p{N} &'’.!-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s&'’.!-]+|[\s&'’-]+$/g, '')
    .replace(/\.+$/, '')
    .trim();
  if (name.length < 2 || !/\p{L}/u.test(name)) return undefined;
  if (name.length <= 60) return name;
  const cut = name.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60).trim();
}

/** "barbearia navalha de ouro" → "Barbearia Navalha de Ouro". */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .map((word, index) =>
      index > 0 && CONNECTORS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toLocaleUpperCase() + word.slice(1),
    )
    .join(' ');
}

function tokensFrom(text: string, from: number): { word: string; start: number; end: number }[] {
  const pattern = new RegExp(TOKEN.source, 'gu');
  pattern.lastIndex = from;
  return [...text.matchAll(pattern)]
    .filter((match) => match.index >= from)
    .map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

function isBoundary(text: string, from: number, to: number): boolean {
  return /^[\s"“”«»]*$/.test(text.slice(from, to));
}

function fromQuotes(text: string): NameMatch | undefined {
  const patterns = [/["“”«»„]([^"“”«»„\n]{2,60})["“”«»„]/gu, /(?<![\p{L}])'([^'\n]{2,40})'(?![\p{L}])/gu];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = cleanName(match[1]);
      if (name && name.split(' ').length <= 6) return { name, source: 'quoted' };
    }
  }
  return undefined;
}

function fromCalled(text: string, place: Span | undefined): NameMatch | undefined {
  for (const match of fold(text).matchAll(CALLED)) {
    const tokens = tokensFrom(text, match.index + match[0].length);
    if (tokens.length === 0) continue;
    const isLowercase = !isCapitalised(tokens[0].word);
    const taken: typeof tokens = [];
    for (let i = 0; i < tokens.length && taken.length < 6; i++) {
      const token = tokens[i];
      if (taken.length > 0 && !isBoundary(text, taken[taken.length - 1].end, token.start)) break;
      if (place && token.start < place.end && token.end > place.start && taken.length > 0) break;
      const lower = fold(token.word);
      const next = tokens[i + 1];
      const isConnector = CONNECTORS.has(lower) && taken.length > 0 && next !== undefined && (isLowercase || isCapitalised(next.word));
      if (isConnector || (isLowercase ? !STOPWORDS.has(lower) : isCapitalised(token.word))) taken.push(token);
      else break;
    }
    while (taken.length > 0 && CONNECTORS.has(fold(taken[taken.length - 1].word))) taken.pop();
    if (taken.length === 0) continue;
    const raw = text.slice(taken[0].start, taken[taken.length - 1].end);
    const name = cleanName(isLowercase ? titleCase(raw) : raw);
    if (name) return { name, source: 'called' };
  }
  return undefined;
}

function fromLeading(text: string): NameMatch | undefined {
  // "Green Crumb, a vegan bakery…", "Navalha de Ouro é uma barbearia…": a name, then an article.
  const match =
    /^\s*([\p{Lu}][^,.:;!?\n–—()]{1,50}?)\s*(?:,|–|—|:|\s-\s|\s(?:is|é|es)\s)\s*(?:a|an|the|um|uma|un|una|o|our|my|nossa|nosso|minha|meu)\s/u.exec(
      text,
    );
  if (!match) return undefined;
  const words = match[1].split(/\s+/);
  if (STOPWORDS.has(fold(words[0])) || words.length > 6) return undefined;
  const name = cleanName(match[1]);
  return name ? { name, source: 'leading' } : undefined;
}

function isNoise(word: string, kind: KindDef): boolean {
  const lower = fold(word);
  if (STOPWORDS.has(lower) || hintWords.test(lower)) return true;
  if (/^\p{Lu}{2,3}$/u.test(word) || /^\d/.test(word)) return true;
  return kind.keywords !== '' && new RegExp(`^(?:${kind.keywords})$`).test(lower);
}

function fromCapitalised(text: string, kind: KindDef, place: Span | undefined): NameMatch | undefined {
  const tokens = tokensFrom(text, 0);
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].word)) {
      i++;
      continue;
    }
    const group = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && isBoundary(text, group[group.length - 1].end, tokens[j].start)) {
      const isConnector = CONNECTORS.has(fold(tokens[j].word)) && j + 1 < tokens.length && isCapitalised(tokens[j + 1].word);
      if (!isCapitalised(tokens[j].word) && !isConnector) break;
      group.push(tokens[j]);
      j++;
    }
    i = j;
    const first = group[0];
    // A lone capital at the start of a sentence is just how sentences start ("Clínica em…").
    const isSentenceStart = /(^|[.!?\n]\s*)$/.test(text.slice(0, first.start));
    while (group.length > 0 && (isNoise(group[0].word, kind) || CONNECTORS.has(fold(group[0].word)))) group.shift();
    while (group.length > 0 && (isNoise(group[group.length - 1].word, kind) || CONNECTORS.has(fold(group[group.length - 1].word))))
      group.pop();
    if (group.length === 0 || (isSentenceStart && group.length === 1 && group[0] === first)) continue;
    const start = group[0].start;
    const end = group[group.length - 1].end;
    if (place && start < place.end && end > place.start) continue;
    // "Clínica odontológica Sorriso" → the kind words right before the name belong to it.
    const prefix = keywordSpans(text, kind).find(
      (span) => span.end <= start && isBoundary(text, span.end, start) && span.end - span.start <= 30,
    );
    const raw = prefix ? `${titleCase(text.slice(prefix.start, prefix.end))} ${text.slice(start, end)}` : text.slice(start, end);
    const name = cleanName(raw);
    if (name) return { name, source: 'capitalised' };
  }
  return undefined;
}

/** The business name the prompt states, if it states one (quoted, "called X", "X, a…", capitals). */
export function extractName(text: string, kind: KindDef, place: Span | undefined): NameMatch | undefined {
  return fromQuotes(text) ?? fromCalled(text, place) ?? fromLeading(text) ?? fromCapitalised(text, kind, place);
}
