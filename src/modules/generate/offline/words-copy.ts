import { z } from 'zod';
import raw from './content/words-copy.json';
import { textLangs, type TextLang } from './languages';
import { capitalize, fill, Text, type Vars } from './text';

/**
 * The words-first composer's connective texts (`content/words-copy.json`): headings, buttons and
 * the sentences that carry the person's own words, in every language the composer writes.
 */
const entrySchema = z.object({ en: z.string().min(1), 'pt-BR': z.string().min(1), 'pt-PT': z.string().min(1), es: z.string().min(1) });
const wordsCopySchema = z.record(z.string(), z.union([entrySchema, z.string()]));

function load(): Record<string, Record<TextLang, string>> {
  const parsed = wordsCopySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`content/words-copy.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const out: Record<string, Record<TextLang, string>> = {};
  for (const [key, value] of Object.entries(parsed.data)) if (typeof value !== 'string') out[key] = value;
  return out;
}

const copy = load();
export type WordsKey = keyof typeof raw & string;

/** Per-language values for a text's placeholders. */
export type WordsVars = Readonly<Record<TextLang, Vars>>;

/** A connective text filled in every language; `{What}`/`{List}`/`{Name}` are the capitalised values. */
export function wordsText(key: Exclude<WordsKey, '$comment'>, vars: WordsVars): Text {
  const entry = copy[key];
  if (!entry) throw new Error(`words-copy has no "${key}"`);
  return Text.from((lang) => {
    const own = vars[lang];
    const withCaps: Record<string, string> = { ...own };
    for (const [name, value] of Object.entries(own)) withCaps[capitalize(name)] ??= capitalize(value);
    return fill(entry[lang], withCaps).replace(/\s+([.,:])/g, '$1').trim();
  });
}

/** "a, b and c" in each language ("a, b e c", "a, b y c"). */
export function listIn(lang: TextLang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'pt-PT' ? 'pt-PT' : lang, { type: 'conjunction' }).format(items);
}

export function sameVars(values: Vars): WordsVars {
  return Object.fromEntries(textLangs.map((lang) => [lang, values])) as Record<TextLang, Vars>;
}
