import { findGazetteerEntry } from './places';
import { fold } from './text';
import type { Landmark, LandmarkLang, LandmarkRelation } from './landmark-types';

type Relation = { lang: LandmarkLang; relation: LandmarkRelation; words: string };

// Folded (lower case, no accents). "junto a" and "próximo a" are both Portuguese and Spanish: the
// caller's language decides between them.
const RELATIONS: readonly Relation[] = [
  { lang: 'pt', relation: 'next-to', words: 'ao lado (?:dos|das|do|da|de)' },
  { lang: 'pt', relation: 'opposite', words: 'em frente (?:aos|ao|as|a|dos|das|do|da|de)' },
  { lang: 'pt', relation: 'near', words: '(?:bem )?(?:perto|pertinho) (?:dos|das|do|da|de)' },
  { lang: 'pt', relation: 'near', words: '(?:junto|proximo|proxima) (?:aos|ao|as|a|dos|das|do|da|de)' },
  { lang: 'pt', relation: 'near', words: 'ao pe (?:dos|das|do|da|de)' },
  { lang: 'es', relation: 'next-to', words: 'al lado (?:del|de)' },
  { lang: 'es', relation: 'opposite', words: '(?:enfrente|delante) (?:del|de)|frente (?:al|a)' },
  { lang: 'es', relation: 'near', words: '(?:muy )?cerca (?:del|de)|(?:junto|proximo|proxima) (?:al|a)' },
  { lang: 'en', relation: 'next-to', words: 'next (?:door )?to|beside' },
  { lang: 'en', relation: 'opposite', words: 'opposite|across (?:the (?:street|road) )?from|in front of' },
  { lang: 'en', relation: 'near', words: 'near(?: to)?|close to|right by|just off' },
];

const PATTERNS = RELATIONS.map((entry) => ({ ...entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.words}) `, 'gu') }));

// Where the landmark's words end: punctuation, or a word that starts another thought ("… e
// aberta aos sábados", "… in Porto", "… con parking").
const END =
  /[.,;:!?()\n]| [-–—] | (?:e|and|y|com|with|con|para|for|que|that|which|where|onde|donde|em|in|en|no|na|nos|nas|at|aberto|aberta|open|abierto|abierta)(?![\p{L}\p{N}])/u;
const ARTICLE = /^(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma) /u;
// "perto de você", "near you", "cerca de 20 años", "close to home": not a place.
const NOT_A_PLACE =
  /^(?:\d|(?:voce|voces|vc|si|ti|mim|nos|you|me|us|your|yours|usted|ustedes|tu|my|our|meu|minha|nosso|nossa|mi|nuestro|nuestra|casa|home|here|there|aqui|aca|ali|alli|todos|todo|tudo|everyone|everything|nada|nothing|everybody|where|onde|donde|end|top|perfect|perfection|completion|future|futuro|metade|half|medio|meio|mil|cem|cien|hundred|thousand|two|three|four|five|ten|dois|duas|tres|quatro|cinco|dez|cuatro|diez)(?![\p{L}\p{N}]))/u;
const QUANTITY =
  /(?<![\p{L}])(?:anos|years|meses|months|dias|days|horas|hours|minutos|minutes|km|metros|meters|pessoas|personas|people|clientes|customers|alunos|students)(?![\p{L}])/u;

/**
 * The landmark or area the prompt places the business by, when it gives one: pt "perto do metro
 * de Arroios", "ao lado da igreja", "em frente ao mercado", "junto à praia"; en "near the train
 * station", "next to the old market", "opposite the town hall"; es "cerca de la playa", "al lado
 * del mercado". Never a street address (that is `address`), never a whole town ("perto de Viseu"
 * is the location already), never "near you" or "cerca de 20 años". The prompt's `locale` decides
 * the phrases two languages share ("junto a"); without it, Portuguese.
 */
export function extractLandmark(
  text: string,
  locale?: string,
): (Landmark & { relation: LandmarkRelation; start: number; end: number }) | undefined {
  const lang = locale?.split('-')[0];
  const folded = fold(text);
  const found: Array<{ start: number; after: number; entry: Relation }> = [];
  for (const entry of PATTERNS) {
    for (const match of folded.matchAll(entry.pattern)) found.push({ start: match.index, after: match.index + match[0].length, entry });
  }
  // First in the text; at the same place the longer phrase, then the caller's language ("junto a").
  found.sort((a, b) => a.start - b.start || b.after - a.after || Number(b.entry.lang === lang) - Number(a.entry.lang === lang));
  for (const { start, after, entry } of found) {
    const rest = folded.slice(after);
    const end = END.exec(rest)?.index ?? rest.length;
    const subjectFolded = rest.slice(0, end).trim();
    const article = ARTICLE.exec(subjectFolded)?.[0].length ?? 0;
    const bare = subjectFolded.slice(article);
    const words = bare.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 7 || bare.replace(/[^\p{L}]/gu, '').length < 2) continue;
    if (NOT_A_PLACE.test(bare) || QUANTITY.test(bare)) continue;
    const subject = text
      .slice(after + (rest.length - rest.trimStart().length) + article, after + end)
      .trim()
      .replace(/[\s'’-]+$/u, '');
    // A town or a country is the location itself, not a landmark beside it.
    if (findGazetteerEntry(subject)) continue;
    const phrase = text.slice(start, after + end).trim();
    return { text: phrase, subject, relation: entry.relation, lang: entry.lang, start, end: start + phrase.length };
  }
  return undefined;
}
