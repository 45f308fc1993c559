import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/number-words.json';
import { alternationOf, fold } from './text';

/**
 * Numbers written in words, written in digits before the prompt is read, where they are amounts
 * or hours: "um carro fica por volta de vinte e dois mil reais. O par de rodas, oito mil e
 * quinhentos" → "22.000 reais … 8.500 reais"; "das seis da manhã às cinco da tarde" → "das 6h às
 * 17h"; "from seven in the morning" → "from 7am". The price and hours readers then read them as
 * they read digits. A small count stays in words ("os dois cocões", "one-on-one"): only a number
 * of a hundred or more, one said before money, one made of two joined ("vinte e dois anos"), or an
 * hour is written again.
 *
 * Written here rather than taken from a library: the maintained ones read English only, and the
 * words of each language are content (content/number-words.json).
 */
const language = z.strictObject({
  values: z.record(z.string(), z.number().int().nonnegative()),
  multipliers: z.record(z.string(), z.number().int().positive()),
  scales: z.record(z.string(), z.number().int().positive()),
  joiners: z.array(z.string().min(1)),
  currencies: z.array(z.string().min(1)),
  hourLeads: z.array(z.string().min(1)),
  afternoon: z.array(z.string().min(1)),
  morning: z.array(z.string().min(1)),
  halves: z.array(z.string().min(1)),
  rangeJoiners: z.array(z.string().min(1)),
});
const content = parseContent(
  'src/modules/brief/content/number-words.json',
  z.strictObject({ $comment: z.string(), pt: language, es: language, en: language }),
  raw,
);
export type NumberLanguage = 'pt' | 'es' | 'en';

type Run = { start: number; end: number; value: number; words: number };
// Words of several parts ("de la tarde") match across any run of spaces.
const alternation = (words: readonly string[]) => alternationOf(words).replace(/ /g, '\\s+');

/** Each language's patterns, compiled once: the reader runs on every prompt and every edit. */
const patternsOf = (lang: NumberLanguage) => {
  const words = content[lang];
  const number = alternation([...Object.keys(words.values), ...Object.keys(words.multipliers), ...Object.keys(words.scales)]);
  const money = alternation(words.currencies);
  return {
    run: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${number})(?:(?:\\s+(?:${alternation(words.joiners)})\\s+|\\s+|-)(?:${number}))*(?![\\p{L}\\p{N}])`,
      'gu',
    ),
    currency: new RegExp(`^\\s+(?:de\\s+)?(?:${money})(?![\\p{L}])`, 'u'),
    moneyAnywhere: new RegExp(`(?<![\\p{L}])(?:${money})(?![\\p{L}])`, 'gu'),
    hourLead: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words.hourLeads)})\\s+$`, 'u'),
    afternoon: new RegExp(`^\\s+(?:${alternation(words.afternoon)})(?![\\p{L}])`, 'u'),
    morning: new RegExp(`^\\s+(?:${alternation(words.morning)})(?![\\p{L}])`, 'u'),
    joiner: new RegExp(`\\s(?:${alternation(words.joiners)})\\s`, 'u'),
    // "dois euros e meio": the half after the money.
    // (Closing its clause: "seis euros e meia sola" is a price and then a sole.)
    half: new RegExp(`^(\\s+(?:de\\s+)?(?:${money}))\\s+(?:${alternation(words.halves)})(?=\\s*(?:[.,;:!?)\\n]|$))`, 'u'),
    rangeJoiner: new RegExp(`^\\s+(?:${alternation(words.rangeJoiners)})\\s+$`, 'u'),
  };
};
const patterns = { pt: patternsOf('pt'), es: patternsOf('es'), en: patternsOf('en') };

/** Every run of number words in the folded text, with its value ("oito mil e quinhentos" → 8500). */
function numberRuns(folded: string, lang: NumberLanguage): Run[] {
  const words = content[lang];
  const runs: Run[] = [];
  for (const match of folded.matchAll(patterns[lang].run)) {
    let total = 0;
    let group = 0;
    const tokens = match[0].split(/[\s-]+/).filter((token) => !words.joiners.includes(token));
    for (const token of tokens) {
      if (token in words.values) group += words.values[token]!;
      else if (token in words.multipliers) group = (group || 1) * words.multipliers[token]!;
      else {
        total += (group || 1) * words.scales[token]!;
        group = 0;
      }
    }
    runs.push({ start: match.index, end: match.index + match[0].length, value: total + group, words: tokens.length });
  }
  return runs;
}

const grouped = (value: number, lang: NumberLanguage) => {
  const digits = String(value);
  return value < 1000 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
};

/** The prompt with its spelled amounts and hours in digits (its other words as they were). */
export function writeNumberWords(text: string, lang: NumberLanguage): string {
  // Folding keeps every letter's place ("três" → "tres"), so a run found in it is cut from the text.
  const folded = fold(text);
  if (folded.length !== text.length) return text;
  const { currency, moneyAnywhere, hourLead, afternoon, morning, joiner, half, rangeJoiner } = patterns[lang];
  const edits: { start: number; end: number; with: string }[] = [];
  const runs = numberRuns(folded, lang);
  for (const [index, run] of runs.entries()) {
    const after = folded.slice(run.end);
    const before = folded.slice(Math.max(0, run.start - 20), run.start);
    // An hour: after a word that leads one, with a part of the day after it or another hour in
    // words joined to it ("das seis às cinco").
    const late = afternoon.exec(after);
    const early = morning.exec(after);
    const other = runs[index + 1] ?? runs[index - 1];
    const paired =
      other !== undefined &&
      hourLead.test(folded.slice(Math.max(0, other.start - 20), other.start)) &&
      Math.abs(other.start - run.start) < 40;
    if (hourLead.test(before) && run.value <= 12 && (late || early || paired)) {
      const hour = late && run.value < 12 ? run.value + 12 : run.value;
      const clock =
        lang === 'pt' ? `${hour}h` : lang === 'es' ? `${hour}:00` : late ? `${run.value}pm` : early ? `${run.value}am` : `${hour}`;
      const dayPart = late ?? early;
      edits.push({ start: run.start, end: run.end + (dayPart ? dayPart[0].length : 0), with: clock });
      continue;
    }
    // An amount: before money, or of a hundred or more (a lone "mil", "hundred" is a manner of speaking).
    // "dois euros e meio" is two and a half: the half is written into the amount, its words dropped.
    const halved = half.exec(after);
    if (halved) {
      const decimal = lang === 'en' ? '.' : ',';
      edits.push({
        start: run.start,
        end: run.end + halved[0].length,
        with: `${grouped(run.value, lang)}${decimal}50${text.slice(run.end, run.end + halved[1]!.length)}`,
      });
      continue;
    }
    // "de quatro a oito euros": the first of a range is money too, said before the other's currency.
    const next = runs[index + 1];
    const isRangeStart = next !== undefined && rangeJoiner.test(folded.slice(run.end, next.start)) && currency.test(folded.slice(next.end));
    const isMoney = currency.test(after) || isRangeStart;
    // "vinte e dois anos", "treinta y cinco": a count made of two numbers joined is written in digits
    // (the reader would otherwise cut it at its "e"); a small one alone ("os dois cocões") stays.
    const joined = run.words >= 2 && run.value < 100 && joiner.test(folded.slice(run.start, run.end));
    if (joined) {
      edits.push({ start: run.start, end: run.end, with: String(run.value) });
      continue;
    }
    if (!isMoney && (run.value < 100 || run.words < 2)) continue;
    // Standing alone at a clause's end ("O par de rodas, oito mil e quinhentos."), it is in the money
    // the paragraph names nearest.
    let money = '';
    if (!isMoney && /^\s*(?:[.,;:!?)\n]|$|(?:cada|each|por|per|a|o)\s)/.test(after)) {
      const paragraphStart = Math.max(0, folded.lastIndexOf('\n\n', run.start));
      const paragraphEnd = folded.indexOf('\n\n', run.end);
      const said = [...folded.slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd).matchAll(moneyAnywhere)];
      const nearest = said.sort(
        (a, b) => Math.abs(paragraphStart + a.index - run.start) - Math.abs(paragraphStart + b.index - run.start),
      )[0];
      if (nearest) money = ` ${text.slice(paragraphStart + nearest.index, paragraphStart + nearest.index + nearest[0].length)}`;
      else continue;
    }
    edits.push({ start: run.start, end: run.end, with: `${grouped(run.value, lang)}${money}` });
  }
  return edits.reduceRight((rest, edit) => `${rest.slice(0, edit.start)}${edit.with}${rest.slice(edit.end)}`, text);
}
