import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { isDayAbbreviation } from '@/modules/document/opening-hours';
import raw from './content/accents.json';
import { readingCues } from './reading-cues';

/**
 * Accents a person left out, given back: "manutencao de ar condicionado, orcamento sem
 * compromisso, nao cobramos visita" is read — and shown on their site — as "manutenção …,
 * orçamento …, não cobramos visita". People type on phones without accents (and Chilean
 * plumbers write "instalacion"); a site that repeats "Instalacion" in its headings looks
 * careless, and the reader's own cues are written with accents.
 *
 * Only words whose unaccented spelling is no word of the language are restored: "esta"
 * (this), "pais" (parents) and "sabia" (I knew) stay as typed. The table
 * (content/accents.json) is generated from the LibreOffice spelling dictionaries by
 * scripts/build-accent-table.ts. Letters map one to one, so the text keeps its length and every
 * offset into it stays valid. A word whose typed accents disagree with the table's, and anything
 * inside an address, email or @handle, is left alone.
 */
export type AccentLocale = 'pt-BR' | 'pt-PT' | 'es';

const accentsSchema = z.object({
  $comment: z.string(),
  pt: z.string(),
  'pt-BR': z.string(),
  'pt-PT': z.string(),
  es: z.string(),
  keepPt: z.string(),
  keepEs: z.string(),
  casedPt: z.string(),
  casedEs: z.string(),
  actionNounsPt: z.string(),
  actionNounsEs: z.string(),
});

let parsed: z.infer<typeof accentsSchema> | undefined;
/** The generated table (content/accents.json), validated once for every reader that uses it. */
export function accentsContent(): z.infer<typeof accentsSchema> {
  parsed ??= parseContent('src/modules/brief/content/accents.json', accentsSchema, raw);
  return parsed;
}

const strip = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

type Table = { words: Map<string, string>; keep: Set<string>; cased: Map<string, string> };
const tables = new Map<AccentLocale, Table>();

function tableFor(locale: AccentLocale): Table {
  const cached = tables.get(locale);
  if (cached) return cached;
  const content = accentsContent();
  const listed = locale === 'es' ? content.es : `${content.pt} ${content[locale]}`;
  const words = new Map<string, string>();
  for (const word of listed.split(' ')) if (word) words.set(strip(word).toLowerCase(), word);
  const cased = new Map<string, string>();
  for (const word of (locale === 'es' ? content.casedEs : content.casedPt).split(' ')) if (word) cased.set(word.toLowerCase(), word);
  const table = { words, keep: new Set((locale === 'es' ? content.keepEs : content.keepPt).split(' ')), cased };
  tables.set(locale, table);
  return table;
}

/**
 * Plurals and feminines of a word the table has in its base form ("organicas" → "orgânicas",
 * "disponiveis" → "disponíveis"),
 * unless that spelling is a word of its own ("sabia", I knew, is no feminine of "sábio").
 */
function inflected({ words: table, keep }: Table, word: string, locale: AccentLocale): string | undefined {
  if (keep.has(word)) return undefined;
  const swap = (ending: string, base: string, accentedBase: string, accentedEnding: string) => {
    if (!word.endsWith(ending)) return undefined;
    const found = table.get(word.slice(0, word.length - ending.length) + base);
    return found?.endsWith(accentedBase) ? found.slice(0, found.length - accentedBase.length) + accentedEnding : undefined;
  };
  if (locale !== 'es') {
    const irregular = swap('oes', 'ao', 'ão', 'ões') ?? swap('aes', 'ao', 'ão', 'ães') ?? swap('eis', 'el', 'el', 'eis');
    if (irregular) return irregular;
  }
  return (
    swap('as', 'o', 'o', 'as') ??
    swap('os', 'o', 'o', 'os') ??
    swap('a', 'o', 'o', 'a') ??
    (/[aeiou]s$/.test(word) ? swap('s', '', '', 's') : undefined)
  );
}

/** Addresses, emails and handles: never words to correct. */
const PROTECTED =
  /(?:https?:\/\/|www\.)\S+|\S+@\S+|@[\p{L}\d_.]+|\b[\p{L}\d-]+\.(?:com|net|org|br|pt|es|io|app|site|store|shop|me|link)\b\S*/giu;

// "sou a cida", "me chamo joao": a first name typed in lower case after the words that introduce one.
const AFTER_NAME_LEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${readingCues.personNameLeads.map((lead) => lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+$`,
  'u',
);

export function restoreAccents(text: string, locale: AccentLocale): string {
  const table = tableFor(locale);
  const guarded: [number, number][] = [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length]);
  return text.replace(/\p{L}+/gu, (token, offset: number) => {
    const plain = strip(token);
    // "manutençao": some accents typed, one left out — completed only where the word agrees with every one typed.
    if (!/^[A-Za-z]{2,}$/.test(plain) || plain.length !== token.length) return token;
    // "SEC", "MG", "PIX": letters in capitals are names and abbreviations.
    if (token.length <= 3 && token === token.toUpperCase()) return token;
    if (guarded.some(([start, end]) => offset >= start && offset < end)) return token;
    // "sou a cida" is Cida, never "cidã".
    if (AFTER_NAME_LEAD.test(strip(text.slice(Math.max(0, offset - 24), offset)).toLowerCase())) return token;
    const lower = plain.toLowerCase();
    // "nao faço cnh", "pago o ipva": an abbreviation typed in lower case gets its capitals.
    const cased = token === lower ? table.cased.get(lower) : undefined;
    if (cased) return cased;
    const found = table.words.get(lower) ?? inflected(table, lower, locale);
    // "seg qua e sex": a day's abbreviation keeps its own accent ("sáb", "mié") and no other
    // ("qua" is Wednesday, never "quá").
    if (isDayAbbreviation(lower) && !readingCues.accentedDayNames.some((day) => found && day.startsWith(found.toLowerCase()))) return token;
    if (!found || found.length !== token.length) return token;
    if ([...token].some((letter, i) => letter !== plain[i] && letter.toLowerCase() !== found[i]!.toLowerCase())) return token;
    const isName = found[0] !== found[0]!.toLowerCase();
    // "Borracharia Rodão", "o rodão": a word typed with accents of its own is spelled as the person
    // spells it — never completed into a place's name ("Ródão"); "av goiás" still gets its capital.
    if (isName && plain !== token && found.toLowerCase() !== token.toLowerCase()) return token;
    // "co-propietaria", "sócia-gerente": a lower-case word before a hyphen is part of a compound, never a name ("Có", "Sócia").
    if (isName && token === token.toLowerCase() && text[offset + token.length] === '-') return token;
    // A capitalised word inside a sentence is a name or a brand ("Dona Cida", "Consul"): it gets
    // an accent only where the dictionary knows it as a name too ("Goiania" → "Goiânia"), never
    // a common word's ("Cidã", "Cônsul").
    const isInsideSentence = !/(?:^|[.!?:;\n]\s*|[-–•*]\s+)$/u.test(text.slice(0, offset));
    if (!isName && isInsideSentence && /^\p{Lu}\p{Ll}/u.test(token)) return token;
    return [...found]
      .map((letter, i) => (token[i] !== token[i]!.toLowerCase() || (i === 0 && isName) ? letter.toUpperCase() : letter.toLowerCase()))
      .join('');
  });
}
