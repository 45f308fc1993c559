import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/words-copy.json';
import { textLangs, type TextLang } from '@/modules/brief/languages';
import { capitalize, fill, Text, type Vars } from '@/modules/brief/text';

/**
 * The words-first composer's connective texts (`content/words-copy.json`): headings, buttons and
 * the sentences that carry the person's own words, in every language the composer writes.
 */
const entrySchema = z.object({
  en: z.string().min(1),
  'pt-BR': z.string().min(1),
  'pt-PT': z.string().min(1),
  es: z.string().min(1),
  // The Spanish of the countries that address the reader with vos ("Escribinos"), where it differs.
  'es-vos': z.string().min(1).optional(),
});
type Entry = z.infer<typeof entrySchema>;

const wordsCopySchema = z.record(z.string(), z.union([entrySchema, z.string()]));

function load(): Record<string, Entry> {
  const parsed = parseContent('src/modules/composer/content/words-copy.json', wordsCopySchema, raw);
  const out: Record<string, Entry> = {};
  for (const [key, value] of Object.entries(parsed)) if (typeof value !== 'string') out[key] = value;
  return out;
}

const copy = load();
export type WordsKey = keyof typeof raw & string;

/** "exclusionsTitle" → "exclusionsTitleSolo": the same text said by one person, where the content has it. */
export function soloKeyOf(key: Exclude<WordsKey, '$comment'>): Exclude<WordsKey, '$comment'> | undefined {
  const solo = `${key}Solo`;
  return solo in copy ? (solo as Exclude<WordsKey, '$comment'>) : undefined;
}

/** Per-language values for a text's placeholders. */
export type WordsVars = Readonly<Record<TextLang, Vars>>;

/** A connective text filled in every language; `{What}`/`{List}`/`{Name}` are the capitalised values. */
export function wordsText(key: Exclude<WordsKey, '$comment'>, vars: WordsVars, options: { voseo?: boolean } = {}): Text {
  const entry = copy[key];
  if (!entry) throw new Error(`words-copy has no "${key}"`);
  return Text.from((lang) => {
    const own = vars[lang];
    const withCaps: Record<string, string> = { ...own };
    for (const [name, value] of Object.entries(own)) withCaps[capitalize(name)] ??= capitalize(value);
    const template = lang === 'es' && options.voseo ? (entry['es-vos'] ?? entry.es) : entry[lang];
    return fill(template, withCaps)
      .replace(/\s+([.,:])/g, '$1')
      .trim();
  });
}

/** A text's template in English, to see which placeholders it carries. */
export function rawOf(key: Exclude<WordsKey, '$comment'>): string {
  return copy[key]?.en ?? '';
}

/** "a, b and c" in each language ("a, b e c", "a, b y c"). */
/** "a, b e c" in the language; "a, b ou c" for a choice. */
export function listIn(lang: TextLang, items: readonly string[], isChoice = false): string {
  return new Intl.ListFormat(lang === 'pt-PT' ? 'pt-PT' : lang, { type: isChoice ? 'disjunction' : 'conjunction' }).format(items);
}

export function sameVars(values: Vars): WordsVars {
  return Object.fromEntries(textLangs.map((lang) => [lang, values])) as Record<TextLang, Vars>;
}

// Placeholders whose value is the same fact in every language (or the place's own name in it).
const STABLE_WORDS = new Set(['inPlace', 'place', 'name', 'Name', 'phone']);

/**
 * Every connective text that carries none of the person's own words, filled for this site: the
 * translation index finds them in any language (a site's "How it works" becomes "Cómo funciona").
 * Texts with the person's words ("Vegan bakery in Lisbon") are theirs to translate.
 */
export function stableWordsTexts(vars: WordsVars, withWhat = false): Text[] {
  const allowed = withWhat ? new Set([...STABLE_WORDS, 'what', 'What']) : STABLE_WORDS;
  return Object.keys(copy)
    .filter((key) => [...(copy[key]?.en ?? '').matchAll(/\{(\w+)\}/g)].every((match) => allowed.has(match[1]!)))
    .map((key) => wordsText(key as Exclude<WordsKey, '$comment'>, vars));
}
