import { z } from 'zod';
import { parseContent, patternSchema } from '@/lib/parse-content';
import raw from './content/abbreviations.json';
import { escapeRegExp, fold } from './text';
import { isClosedWordOfAny } from './word-classes';
import { isFirstName } from './extract-people';

/**
 * "pra", "vc", "tb", "q": what a phone keyboard's writer types for common words, written out
 * before the prompt is read — the site says "para" and "você", and the reader sees the words
 * its cues know. Only lowercase whole words (content/abbreviations.json); a capitalised "Pra"
 * may belong to a name and stays.
 */
const table = z.record(z.string().min(1).max(8), z.string().min(1).max(30));
const content = parseContent(
  'src/modules/brief/content/abbreviations.json',
  z.strictObject({
    $comment: z.string(),
    pt: table,
    es: table,
    en: table,
    laughter: z.array(patternSchema).min(1),
    clauseFinal: z.object({ pt: z.array(z.string().length(1)), es: z.array(z.string().length(1)), en: z.array(z.string().length(1)) }),
    titleStops: z.array(z.string().regex(/\./u)).min(1),
    saintInitialAfter: z.array(z.string().min(1).max(20)).min(1),
    saints: z.object({ pt: z.record(z.string(), z.string()), es: z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) }),
  }),
  raw,
);
type Language = 'pt' | 'es' | 'en';

// "to sempre em cima de telhado kkk", "escribime jaja", "thx lol": a laugh is said to the builder,
// never to the visitors — left out with the space before it.
const LAUGHTER = new RegExp(`[^\\S\\n]*(?<![\\p{L}\\p{N}@./])(?:${content.laughter.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

function patternFor(words: Record<string, string>, clauseFinal: readonly string[] = []): RegExp {
  const alternationOf = (keys: string[]) =>
    keys
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const keys = Object.keys(words);
  const longer = alternationOf(keys.filter((key) => key.length > 1));
  // One letter is a shortening only before a word ("n quero", "p entrega"): "n 45" is a house
  // number, "P. Silva" an initial and "tamanhos p, m e g" a list of sizes.
  const single = alternationOf(keys.filter((key) => key.length === 1));
  // ("p a minha oficina": before a lone article that a word follows, too.)
  // ("n é cobrada": before "é", "à", "ó", a word of one accented letter, too.)
  // ("por isso n.": "não", and only it, closes a clause too — before its mark, with no number after.)
  const final = alternationOf(clauseFinal.filter((key) => keys.includes(key) || keys.includes(key.toUpperCase())));
  const closing = final ? `|(?:${final})(?=[.!?;,](?:\\s|$)(?!\\s*\\d))` : '';
  const alternation = single
    ? `${longer}|(?:${single})(?=[^\\S\\n]+(?:\\p{L}{2}|[aoAO][^\\S\\n]+\\p{L}|[éÉàÀóÓ](?!\\p{L})))${closing}`
    : longer;
  // Not inside a word, an address, a handle or a number ("c/u", "R$ 3/kg" stay: no letter before "/").
  return new RegExp(`(?<![\\p{L}\\p{N}@./])(?:${alternation})(?![\\p{L}\\p{N}@]|\\.\\p{L}|/\\p{L})`, 'gu');
}

const patterns = {
  pt: patternFor(content.pt, content.clauseFinal.pt),
  es: patternFor(content.es, content.clauseFinal.es),
  en: patternFor(content.en, content.clauseFinal.en),
};
const capitalised = (words: Record<string, string>) =>
  Object.fromEntries(Object.entries(words).map(([short, long]) => [short.charAt(0).toUpperCase() + short.slice(1), long]));
const capitalisedPatterns = {
  pt: patternFor(capitalised(content.pt)),
  es: patternFor(capitalised(content.es)),
  en: patternFor(capitalised(content.en)),
};

const SENTENCE_START = /(?:^|[.!?\n]\s*)$/u;

/**
 * Lowercase whole words; at a sentence's start also capitalised ("Tb queria…", "Vc escolhe") when a
 * lowercase word follows — "Pra Você Doces" is a name and stays.
 */
// After a first name or a word for people ("Maria S. Ferreira", "Irmãos S. Rocha"), "S." is an initial.
const INITIAL_AFTER = new Set(content.saintInitialAfter);
// "S. Pedro do Sul", "Sta. Luzia": a saint's shortening, only before a capitalised word.
const SAINTS = Object.fromEntries(
  (['pt', 'es', 'en'] as const).map((language) => {
    const shorts = Object.keys(content.saints[language]);
    return [
      language,
      shorts.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}.])(?:${shorts
              .sort((a, b) => b.length - a.length)
              .map(escapeRegExp)
              .join('|')})(?=[^\\S\\n]+\\p{Lu})`,
            'gu',
          )
        : undefined,
    ];
  }),
) as Record<Language, RegExp | undefined>;

export function expandAbbreviations(text: string, language: Language): string {
  const saints = SAINTS[language];
  if (saints)
    text = text.replace(saints, (short: string, offset: number, whole: string) => {
      // "Maria S. Ferreira", "Irmãos S. Rocha": after a first name or a word for people, an initial;
      // before a word of grammar ("G e S. Também faço"), a sentence's end.
      const previous = /(\p{Lu}[\p{L}]*)\s+$/u.exec(whole.slice(Math.max(0, offset - 30), offset))?.[1];
      const next = /^\s+([\p{L}]+)/u.exec(whole.slice(offset + short.length))?.[1] ?? '';
      if (previous && (INITIAL_AFTER.has(fold(previous)) || isFirstName(fold(previous)))) return short;
      if (isClosedWordOfAny(fold(next))) return short;
      return content.saints[language][short] ?? short;
    });
  const words = content[language];
  // "Kelly Haha Studio": a laugh written in mixed case is a name's word, and stays.
  const unlaughed = text.replace(LAUGHTER, (laugh) => (/\p{Lu}/u.test(laugh) && /\p{Ll}/u.test(laugh) ? laugh : ''));
  const lowered = unlaughed.replace(patterns[language], (match) => words[match] ?? match);
  return lowered.replace(capitalisedPatterns[language], (match, offset: number, whole: string) => {
    const expanded = words[match.toLowerCase()];
    const isStart = SENTENCE_START.test(whole.slice(Math.max(0, offset - 3), offset));
    const nextIsLower = /^\s+\p{Ll}/u.test(whole.slice(offset + match.length));
    return expanded && isStart && nextIsLower ? expanded.charAt(0).toUpperCase() + expanded.slice(1) : match;
  });
}

// Longest first, so "V. Exas." is read before "Exa."; a title opens a word, and a word follows it.
const TITLE_STOPS = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...content.titleStops]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=[^\\S\\n]+[\\p{L}\\p{N}])`,
  'giu',
);

/**
 * "Venho solicitar a V. Exas. a elaboração…", "Ex.mos Senhores": a form of address's periods end
 * no sentence, though every reader that cuts sentences at a period would cut there. Read without
 * them ("V Exas a elaboração", "Exmos Senhores"); a letter's frame is never shown. (A person's
 * title keeps its period: "Oficina do Sr. Joaquim" is a name as written.)
 */
export function withoutTitleStops(text: string): string {
  return text.replace(TITLE_STOPS, (title) => title.replace(/\./gu, ''));
}
