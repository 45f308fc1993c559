import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import raw from './content/price-corrections.json';
import type { BriefPrice } from './site-brief-schema';
import { alternationOf, fold } from './text';

const list = z.array(z.string().min(1).max(30)).min(1);
const content = parseContent(
  'src/modules/brief/content/price-corrections.json',
  z.strictObject({ $comment: z.string(), noLongerLeads: list, newLeads: list, putLeads: list }),
  raw,
);

// An amount as people type it: "380", "1.350", "4,50".
const AMOUNT = '(\\d{1,3}(?:[.\\s]\\d{3})+|\\d+)(?:,(\\d{1,2}))?';
// "o caminho de mesa não é mais 350, é 380", "the rent is no longer 60, it's 75".
const NO_LONGER = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf(content.noLongerLeads)})\\s+(?:(?:de|of|a|o)\\s+)?${AMOUNT}\\s*[,;:–—-]?\\s*(?:(?:${alternationOf(content.newLeads)})\\s+)?(?:(?:de|of|a)\\s+)?${AMOUNT}(?![\\d])`,
  'gu',
);
// "Bota 380.", "pónganle 75", "make it 8": a new amount alone, its sentence ending there.
const PUT = new RegExp(`(?<![\\p{L}])(?:${alternationOf(content.putLeads)})\\s+${AMOUNT}\\s*(?=[.!;\\n]|$)`, 'gu');

const toAmount = (whole: string, cents: string | undefined) => Number(whole.replace(/[.\s]/g, '')) + (cents ? Number(cents) / 100 : 0);

/** The sentence around `at` in `text`, as written. */
function sentenceAt(text: string, at: number, end: number): string {
  const start = Math.max(...['. ', '! ', '? ', '\n'].map((stop) => text.lastIndexOf(stop, at))) + 1;
  const stops = ['. ', '! ', '? ', '\n'].map((stop) => text.indexOf(stop, end)).filter((index) => index >= 0);
  return text.slice(start, stops.length > 0 ? Math.min(...stops) + 1 : text.length).trim();
}

/**
 * A price taken back and given again, read as the person meant it: "o caminho de mesa não é mais
 * 350, é 380" gives the price said as 350 its new amount, and "Bota 380." (or "pónganle 75") right
 * after a price gives the last price said before it the new one. The sentences that say so are
 * returned too: told to us, they are no words of the site ("Espera, … não é mais 350").
 * A correction that names no amount given before changes nothing.
 */
export function correctPrices(prompt: string, prices: readonly BriefPrice[]): { prices: BriefPrice[]; said: string[] } {
  const folded = fold(prompt);
  const out = prices.map((price) => ({ ...price }));
  const said: string[] = [];
  for (const match of folded.matchAll(NO_LONGER)) {
    const old = toAmount(match[1]!, match[2]);
    const now = toAmount(match[3]!, match[4]);
    const taken = out.filter((price) => price.amount === old && prompt.indexOf(price.text) < match.index);
    if (taken.length === 0 || now === old) continue;
    for (const price of taken) price.amount = now;
    said.push(sentenceAt(prompt, match.index, match.index + match[0].length));
  }
  for (const match of folded.matchAll(PUT)) {
    const now = toAmount(match[1]!, match[2]);
    // The last price written before the instruction is the one it mends.
    const before = out
      .map((price) => ({ price, at: prompt.lastIndexOf(price.text, match.index) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    if (!before) continue;
    before.price.amount = now;
    said.push(sentenceAt(prompt, match.index, match.index + match[0].length));
  }
  return { prices: out, said: [...new Set(said)] };
}
