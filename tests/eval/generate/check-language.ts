import { detect } from 'tinyld';

/**
 * Is a site string written in its locale?
 *
 * Two kinds of evidence, strongest first:
 *   1. Words only one of the three languages uses: articles, contractions, pronouns and common
 *      verbs ("the", "our"; "do", "uma", "não"; "el", "los", "del", "y") and letters only one of
 *      them writes ("ñ", "¿"; "ã", "õ", "ç"). A string whose words of another language outnumber
 *      its own is in that language, however short ("Our story" on a Portuguese page).
 *   2. Without such words, tinyld's verdict — but only on sentences of eight words or more.
 *      On shorter labels tinyld guesses ("O que nos torna diferentes" → es, "A cosy, sunlit room"
 *      → es, "Cambio de fecha gratuito" → pt were all seen), and a guess is not evidence.
 * Names read the same in every language: the site's own name and the other names the caller
 * passes (places, people) are taken out before judging ("Welcome to Tasca do Zé" is English).
 * Brazilian and European Portuguese share most words, so a pt-PT string is also checked for
 * Brazilian vocabulary and a pt-BR string for European vocabulary.
 */
type Lang = 'pt' | 'es' | 'en';

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  // Not here, because the other languages use them too: de, que, para, por, como, se, nos, a, no
  // (Spanish "not"), e (Spanish before i-/hi-), me, mi, son (English), la (Portuguese "lá"), dos
  // (Spanish "two"), todo, for (Portuguese "se for"), do (English "do I…?").
  pt: new Set(
    'o os do da das na nas ao aos à às um uma uns umas num numa não você vocês é são em com ou seu sua seus suas mais também muito muita muitos muitas pelo pela pelos pelas isso isto nós aqui há já até nosso nossa nossos nossas então sem depois ela ele eles elas lhe lhes tem têm estão foi pode podem seja onde quando cá ainda'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el los las del al y en un unos unas es con su sus más muy también aquí lo le les nuestro nuestra nuestros nuestras nosotros cuando donde dónde sin pero ya hay tu tus te usted ustedes hace puede pueden él ella ellos tienes tiene'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to in with your our is are an we you from at by it this that what how why who be or on us my will can all more get its their they has have was i need not does if there when where which should yes than also just every any some about after before into out up over here'.split(
      ' ',
    ),
  ),
};
const LETTERS: Record<Lang, RegExp> = { pt: /[ãõç]/iu, es: /[ñ¿¡]/iu, en: /$^/ };

// JavaScript's \b only knows ASCII letters ("você" has no \b after the ê): words are bounded by
// any letter instead.
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');
const BRAZILIAN = word(
  'contato|equipe|cardápio|você|vocês|ônibus|celular|café da manhã|registro|banheiro|xícara|sorvete|garçom|academia de ginástica|moça|planejad[oa]s?|econômic[oa]s?|gênero|(?<!toda )a gente|estamos (fazendo|trabalhando|esperando)|ficamos felizes|agendamento|agende|agendar',
);
// "gelado" is Portugal's ice cream but also Brazil's "ice-cold" ("copo gelado"): only the noun counts.
const EUROPEAN = word(
  'contacto|equipa|ementa|telemóvel|autocarro|pequeno-almoço|registo|facto|comboio|casa de banho|chávena|(um|o|os|uns) gelados?|empregado de mesa|rapariga|económic[oa]s?|género|marcação|marcações|receção|estamos a (fazer|trabalhar)',
);

const WORDS = /[\p{L}'’-]+/gu;

export type LanguageVerdict = { ok: true } | { ok: false; detected: string };

function withoutNames(text: string, names: readonly string[]): string {
  let rest = text;
  for (const name of [...names].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest;
}

function markerCounts(words: readonly string[], text: string): Record<Lang, number> {
  const counts: Record<Lang, number> = { pt: 0, es: 0, en: 0 };
  for (const word of words) {
    // All-capital tokens are abbreviations ("US$", "FAQ"), not words.
    if (word.length > 1 && word === word.toUpperCase()) continue;
    for (const lang of ['pt', 'es', 'en'] as const) if (MARKERS[lang].has(word.toLowerCase())) counts[lang] += 1;
  }
  for (const lang of ['pt', 'es'] as const) counts[lang] += (text.match(new RegExp(LETTERS[lang].source, 'giu')) ?? []).length;
  return counts;
}

export function checkStringLanguage(text: string, locale: string, names: readonly string[] = []): LanguageVerdict {
  const language = locale.split('-')[0] as Lang;
  if (!['pt', 'es', 'en'].includes(language)) return { ok: true };
  const rest = withoutNames(text, names);
  const words = rest.match(WORDS) ?? [];
  if (locale === 'pt-PT' && BRAZILIAN.test(rest)) return { ok: false, detected: 'pt-BR' };
  if (locale === 'pt-BR' && EUROPEAN.test(rest)) return { ok: false, detected: 'pt-PT' };
  const counts = markerCounts(words, rest);
  const others = (['pt', 'es', 'en'] as const).filter((lang) => lang !== language);
  const strongest = others.reduce((best, lang) => (counts[lang] > counts[best] ? lang : best), others[0]);
  if (counts[strongest] > counts[language]) return { ok: false, detected: strongest };
  if (counts[language] > 0 || words.length < 8) return { ok: true };
  const detected = detect(rest, { only: ['pt', 'es', 'en'] });
  // No verdict (mixed or too short to tell) is not evidence of a wrong language.
  if (detected && detected !== language) return { ok: false, detected };
  return { ok: true };
}
