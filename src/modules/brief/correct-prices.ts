import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/price-corrections.json';
import type { BriefPrice } from './site-brief-schema';
import { alternationOf, escapeRegExp, fold, SENTENCE_STOPS, sentenceStartAt } from './text';
import { isClosedWordOfAny } from './word-classes';
import { readingCues } from './reading-cues';

const list = z.array(z.string().min(1).max(30)).min(1);
const content = parseContent(
  'src/modules/brief/content/price-corrections.json',
  z.strictObject({
    $comment: z.string(),
    noLongerLeads: list,
    newLeads: list,
    putLeads: list,
    moneyWords: list,
    reasonLeads: list,
    fillerWords: list,
    unitLeads: list,
    repairLeads: list,
    takenBackTails: list,
    sumLabels: list,
    wrongWords: list,
  }),
  raw,
);

// An amount as people type it, its money's mark before or after it: "380", "R$ 1.350", "4,50 €", "$1.25".
const MARK = `(?:r\\$|\\$|€|£|b\\/\\.)`;
const AMOUNT = `${MARK}?\\s*(\\d{1,3}(?:[.\\s]\\d{3})+|\\d+)(?:[,.](\\d{1,2})(?!\\d))?(?:\\s*(?:€|${alternationOf(content.moneyWords)})(?![\\p{L}]))?`;
// After the new amount: the clause ends, or its reason follows ("é 380, que o lacê subiu") — never
// a noun it counts ("not 10 but 12 people").
// A new amount written as money ("é R$ 950", "é 10 reais a fatia") needs neither.
const CLAUSE_END = `(?:(?<=(?:€|${alternationOf(content.moneyWords)}))|(?<=${MARK}\\s*[\\d.,\\s]+)|(?=\\s*(?:[.,;:!?)\\]\\n]|$|(?:${alternationOf(content.reasonLeads)})(?![\\p{L}])|(?:${alternationOf(content.unitLeads)})\\s+\\p{L}+\\s*(?:[.,;:!?)\\]\\n]|$))))`;
// "o caminho de mesa não é mais 350, é 380", "the sweep is no longer 60, it's 65".
const NO_LONGER = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf(content.noLongerLeads)})\\s+(?:(?:de|of|a|o)\\s+)?${AMOUNT}\\s*[,;:–—-]?\\s*(?:(?:${alternationOf(content.newLeads)})\\s+)?(?:(?:de|of|a)\\s+)?${AMOUNT}${CLAUSE_END}`,
  'dgu',
);
// "grande $1.25, no, $1.50", "R$ 40, digo, R$ 45": an amount repaired as it is typed — a stop after
// the amount and after the word that repairs it ("R$ 30, não R$ 40 como no Instagram" says what it is
// not; "No. 2: $50" numbers a set), the new amount ending its clause ("R$ 89 no plano anual", "2 per
// customer" say more than a new amount).
const REPAIR_LEAD = `(?:${alternationOf(content.repairLeads)})`;
const REPAIR = new RegExp(
  `(?<![\\p{L}\\d])${AMOUNT}\\s*[,;–—-]\\s*${REPAIR_LEAD}\\s*[,;:–—!-]+\\s*(?:${REPAIR_LEAD}\\s*[,;:–—-]?\\s*)?${AMOUNT}(?=\\s*(?:[.,;!?)\\]\\n]|$))`,
  'dgu',
);
const SUM_LABELS = new Set(content.sumLabels);
const TAKEN_BACK = new RegExp(`(?<![\\p{L}])(?:${alternationOf(content.takenBackTails)})(?![\\p{L}])`, 'u');
// "Bota 380.", "pónganle 75": a new amount alone, its sentence ending there.
const PUT = new RegExp(`(?<![\\p{L}])(?:${alternationOf(content.putLeads)})\\s+${AMOUNT}\\s*(?=[.!;\\n]|$)`, 'dgu');

// "o motor está mal. É a partir de 195 €", "the bird guard is wrong, it's £45": a price named as wrong.
const WRONG = new RegExp(`(?<![\\p{L}])(?:${alternationOf(content.wrongWords)})(?![\\p{L}])`, 'gu');
// An amount's digits as written in a price's text ("a partir de 180,00 €" → "180,00").
const WRITTEN_AMOUNT = /\d{1,3}(?:[.\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/u;

// ("1,5" is one and a half.)
const toAmount = (whole: string, cents: string | undefined) =>
  Number(whole.replace(/[.\s]/g, '')) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);

// A bracketed note ("[Preços: …]") starts its own sentence.
const STOPS = [...SENTENCE_STOPS, '['];
const sentenceStart = (text: string, at: number) => sentenceStartAt(text, at, STOPS);
function sentenceAt(text: string, at: number, end: number): string {
  const stops = SENTENCE_STOPS.map((stop) => text.indexOf(stop, end)).filter((index) => index >= 0);
  return text.slice(sentenceStart(text, at), stops.length > 0 ? Math.min(...stops) + 1 : text.length).trim();
}

/** The words that name a thing ("caminho", "mesa", "kids", "cut"), folded. */
const FILLERS = new Set(content.fillerWords);
// (By their first letters, so "bolos" names the "bolo" and "haircuts" the "haircut".)
const STEM = 5;
const MIN_STEM = 4;
const sameWord = (a: string, b: string) => {
  const length = Math.min(a.length, b.length, STEM);
  return length >= MIN_STEM ? a.slice(0, length) === b.slice(0, length) : a === b;
};
// "Desde enero montar ya no es 25": a month, a day or a time in the correcting clause says when the
// price changed, never what it is the price of.
const isWhenWord = (word: string) =>
  readingCues.monthWords.has(word) || readingCues.dayWords.has(word) || readingCues.whenWords.has(word) || readingCues.timeWords.has(word);
const namingWords = (words: string) =>
  (words.match(/[\p{L}]{3,}/gu) ?? []).filter((word) => !isClosedWordOfAny(word) && !FILLERS.has(word) && !isWhenWord(word));

type Placed = { price: BriefPrice; at: number; words: string[] };

/**
 * Each price where it is written, in order, with the words naming its thing: its line or sentence
 * up to it, from the price before it on ("Caminho de mesa, 1,20 m: R$ 350" names "caminho",
 * "mesa"; "Juego completo B/. 350. Alquiler…, por día: B/. 60" names "alquiler" for the second).
 */
function placed(prompt: string, folded: string, prices: readonly BriefPrice[]): Placed[] {
  let cursor = 0;
  return prices.map((price) => {
    const found = prompt.indexOf(price.text, cursor);
    const at = found >= 0 ? found : prompt.indexOf(price.text);
    const from = Math.max(sentenceStart(folded, at), cursor);
    if (found >= 0) cursor = found + price.text.length;
    return { price, at, words: at >= 0 ? namingWords(folded.slice(from, at)) : namingWords(fold(price.label ?? '')) };
  });
}

/**
 * The one price a correction is about: among those of the old amount, the one whose words hold
 * every word naming the thing ("o caminho de mesa não é mais…"; "the kids cut isn't 25" is no
 * "Adult cut"); with no thing named, the only price of that amount. None when it is not one.
 */
function priceNamed(prices: readonly Placed[], named: string[], old: number): Placed | undefined {
  const ofAmount = prices.filter(({ price }) => price.amount === old);
  const fitting =
    named.length === 0 ? ofAmount : ofAmount.filter(({ words }) => named.every((word) => words.some((own) => sameWord(own, word))));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The amount a match's groups `whole` and `whole + 1` (its cents) hold, as typed ("1.25", "1.350",
 * "45"): the patterns carry the `d` flag, so each group's place is known.
 */
function writtenAmount(text: string, match: RegExpExecArray | RegExpMatchArray, whole: number): string | undefined {
  const [start, wholeEnd] = match.indices?.[whole] ?? [];
  if (start === undefined || wholeEnd === undefined) return undefined;
  return text.slice(start, match.indices?.[whole + 1]?.[1] ?? wholeEnd);
}

/** `price` at its new amount, its text as the person would now write it ("$1.25" repaired is "$1.50"). */
function mended(price: BriefPrice, now: number, oldWritten: string | undefined, newWritten: string | undefined): BriefPrice {
  if (!oldWritten || !newWritten) return { ...price, amount: now };
  // The old amount as the price writes it, whole: with the cents the correction leaves out or adds
  // ("Corte R$ 40,00 … não é mais 40, é 45,90" is "R$ 45,90"; "Corte R$ 40 … não é mais R$ 40,00"),
  // never inside another amount ("R$ 140", "B/.15" is the balboa's sign).
  const whole = escapeRegExp(oldWritten.replace(/[.,]\d{1,2}$/u, ''));
  const amount = new RegExp(`(?<!\\d[.,]?)${whole}(?:[.,]\\d{1,2})?(?![.,]?\\d)`, 'u');
  return { ...price, amount: now, text: price.text.replace(amount, newWritten) };
}

/**
 * A price taken back and given again, read as the person meant it: "o caminho de mesa não é mais
 * 350, é 380" gives the "Caminho de mesa" price its new amount, and a new amount said again as an
 * order ("75, pónganle 75", "Bota 380.") mends the one price the sentence before names with that
 * amount ("[…: el alquiler ya lo subimos a 75]"). The sentences that say so are returned too: told
 * to us, they are no words of the site; and the prices as first written, so they are not read
 * again. A correction that fits no one price changes nothing.
 */
export function correctPrices(prompt: string, prices: readonly BriefPrice[]): { prices: BriefPrice[]; said: string[]; written: string[] } {
  const folded = fold(prompt);
  const all = placed(prompt, folded, prices);
  const mends = new Map<BriefPrice, BriefPrice>();
  const dropped = new Set<BriefPrice>();
  const said: string[] = [];
  for (const match of folded.matchAll(NO_LONGER)) {
    const old = toAmount(match[1]!, match[2]);
    const now = toAmount(match[3]!, match[4]);
    if (now === old) continue;
    // (The clause's own words: "Espera, o caminho de mesa não é mais…" names the "caminho de mesa".)
    const named = namingWords(folded.slice(sentenceStart(folded, match.index), match.index).split(/[,;:]/u).at(-1) ?? '');
    const end = match.index + match[0].length;
    const before = all.filter(({ at }) => at >= 0 && at < match.index);
    const taken = priceNamed(before, named, old);
    if (!taken) continue;
    mends.set(taken.price, mended(taken.price, now, writtenAmount(folded, match, 1), writtenAmount(folded, match, 3)));
    // The amounts the correction itself writes ("não é mais R$ 900, é R$ 950") are no prices of their own.
    for (const { price, at } of all) if (at >= match.index && at < end) dropped.add(price);
    said.push(sentenceAt(prompt, match.index, end));
  }
  for (const match of folded.matchAll(REPAIR)) {
    const old = toAmount(match[1]!, match[2]);
    const now = toAmount(match[3]!, match[4]);
    if (now === old) continue;
    const end = match.index + match[0].length;
    // The price written where the repair starts, of the old amount: the new amount is its own.
    const inside = all.filter(({ at }) => at >= match.index && at < end);
    const taken = inside[0];
    if (!taken || taken.price.amount !== old) continue;
    mends.set(taken.price, mended(taken.price, now, writtenAmount(folded, match, 1), writtenAmount(folded, match, 3)));
    for (const { price } of inside.slice(1)) dropped.add(price);
    said.push(prompt.slice(match.index, end));
  }
  for (const match of folded.matchAll(PUT)) {
    const now = toAmount(match[1]!, match[2]);
    // The amount ordered was just said ("ya lo subimos a 75", "é 380"), with what it is the price of:
    // the one price whose first naming word that sentence holds ("el alquiler ya lo subimos a 75").
    const from = Math.max(0, match.index - 200);
    const before = folded.slice(from, match.index);
    const restated = [...before.matchAll(/(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d{1,2}))?(?![\d])/gu)].filter(
      (amount) => toAmount(amount[1]!, amount[2]) === now,
    );
    let taken: Placed | undefined;
    for (const amount of restated.reverse()) {
      const sentence = before.slice(sentenceStart(before, amount.index), amount.index);
      const heads = all.filter(
        ({ at, words }) =>
          at >= 0 && at < match.index && words[0] !== undefined && new RegExp(`(?<![\\p{L}])${words[0]}(?![\\p{L}])`, 'u').test(sentence),
      );
      if (heads.length === 1) {
        taken = heads[0];
        break;
      }
    }
    // (With one price said before, "ya lo subimos a 45" can only be about it.)
    const earlier = all.filter(({ at }) => at >= 0 && at < match.index);
    if (!taken && restated.length > 0 && earlier.length === 1) taken = earlier[0];
    if (!taken) continue;
    if ((mends.get(taken.price) ?? taken.price).amount !== now)
      mends.set(taken.price, mended(taken.price, now, undefined, writtenAmount(folded, match, 1)));
    said.push(sentenceAt(prompt, match.index, match.index + match[0].length));
  }
  // "Espere, o motor está mal. É a partir de 195 €.", "the bird guard is wrong, it's £45 now": the
  // one price said before whose words hold the thing named as wrong takes the first amount after
  // it, in its sentence or the next; that amount is no price of its own.
  for (const match of folded.matchAll(WRONG)) {
    const from = sentenceStart(folded, match.index);
    const named = namingWords(folded.slice(from, match.index).split(/[,;:]/u).at(-1) ?? '');
    if (named.length === 0) continue;
    const after = match.index + match[0].length;
    const stops = SENTENCE_STOPS.map((stop) => folded.indexOf(stop, after)).filter((index) => index >= 0);
    const nextStops =
      stops.length > 0 ? SENTENCE_STOPS.map((stop) => folded.indexOf(stop, Math.min(...stops) + 1)).filter((index) => index >= 0) : [];
    const limit = nextStops.length > 0 ? Math.min(...nextStops) : folded.length;
    const fresh = all.find(({ at }) => at >= after && at < limit);
    const fitting = all.filter(({ at, words }) => at >= 0 && at < from && named.every((word) => words.some((own) => sameWord(own, word))));
    if (!fresh || fitting.length !== 1) continue;
    const taken = fitting[0]!;
    if ((mends.get(taken.price) ?? taken.price).amount === fresh.price.amount) continue;
    mends.set(
      taken.price,
      mended(taken.price, fresh.price.amount, WRITTEN_AMOUNT.exec(taken.price.text)?.[0], WRITTEN_AMOUNT.exec(fresh.price.text)?.[0]),
    );
    dropped.add(fresh.price);
    said.push(sentenceAt(prompt, from, fresh.at + fresh.price.text.length));
  }
  // "(no papel está 60 €, já não é)", "the €80 in the newsletter is old": an amount its own clause
  // takes back, with no new amount after it, is no price of the business.
  for (const { price, at } of all) {
    if (at < 0 || mends.has(price) || dropped.has(price)) continue;
    const after = folded.slice(at + price.text.length);
    const clause = after.slice(0, after.search(/[.;)\]\n]|$/u));
    const tail = TAKEN_BACK.exec(clause);
    // (Another amount between them, or after: the tail is that one's — "$900 (la lista dice $800, ya no)".)
    if (!tail || /\d/u.test(clause.slice(0, tail.index)) || /\d/u.test(clause.slice(tail.index))) continue;
    // (The tail closes the clause: "R$ 40 no balcão, no longer by delivery" takes back no amount.)
    if (/[\p{L}\p{N}]/u.test(clause.slice(tail.index + tail[0].length))) continue;
    dropped.add(price);
    // ("The €80 in the newsletter is old" takes back the €80 the pasted newsletter gave, too.)
    for (const earlier of all)
      if (earlier.at >= 0 && earlier.at < at && earlier.price.amount === price.amount && !mends.has(earlier.price))
        dropped.add(earlier.price);
    said.push(sentenceAt(prompt, at, at + price.text.length + clause.length));
  }
  // "Total 55 €", "subtotal R$ 230": a sum of the prices around it — of a quote, a receipt or a
  // review's complaint — is no price of a thing the business sells.
  for (const { price, at } of all) {
    if (at < 0 || mends.has(price) || dropped.has(price) || !SUM_LABELS.has(fold(price.label ?? '').trim())) continue;
    dropped.add(price);
    said.push(prompt.slice(Math.max(sentenceStart(prompt, at), at - (price.label?.length ?? 0) - 2), at + price.text.length).trim());
  }
  const out = prices.filter((price) => !dropped.has(price)).map((price) => mends.get(price) ?? price);
  return { prices: out, said: [...new Set(said)], written: prices.map((price) => price.text) };
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as priceCorrectionWords };
