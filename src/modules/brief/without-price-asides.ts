import type { BriefItem, BriefPrice, UnusedReason } from './site-brief-schema';
import { fold } from './text';

/**
 * "a panela pequena, de 20 centímetros, que dá moqueca para duas pessoas, custa 60 reais": the
 * price is the small pot's, and what is said between its name and its amount ("20 centímetros",
 * "moqueca para duas pessoas, custa") describes it — never a card of its own beside the priced one.
 * An offering or a told part that stands, in the prompt, between a price's label and its amount in
 * one sentence, and is not itself that label, is left to the label. Offerings said before the label ("Faço bolos
 * e tortas; o bolo de pote sai a R$ 10") or after the amount keep their cards.
 */
export function withoutPriceAsides(
  items: readonly BriefItem[],
  text: string,
  prices: readonly BriefPrice[],
): { items: BriefItem[]; unused: { words: string; why: UnusedReason }[] } {
  const folded = fold(text);
  const spans = prices.flatMap((price) => {
    if (!price.label) return [];
    const amountAt = folded.indexOf(fold(price.text));
    if (amountAt < 0) return [];
    const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => lastStopBefore(folded, mark, amountAt))) + 1;
    // The label's head as written: its words before any comma ("panela pequena" of "panela pequena, de 20 cm").
    const head = fold(price.label.split(',')[0]!.trim());
    const labelAt = head ? folded.slice(sentenceStart, amountAt).lastIndexOf(head) : -1;
    if (labelAt < 0) return [];
    return [{ start: sentenceStart + labelAt + head.length, end: amountAt, label: fold(price.label) }];
  });
  if (spans.length === 0) return { items: [...items], unused: [] };
  const kept: BriefItem[] = [];
  const unused: { words: string; why: UnusedReason }[] = [];
  for (const item of items) {
    const said = fold(item.text).trim();
    // Every time the words are said, inside an aside: said anywhere else too ("…recheado de brigadeiro…
    // Também vendo brigadeiro"), they are a card of their own.
    const places = (item.role === 'offering' || item.role === 'detail') && !item.feature && said ? occurrences(folded, said) : [];
    const inside =
      places.length > 0 &&
      places.every((at) => spans.some((span) => at >= span.start && at + said.length <= span.end && !span.label.includes(said)));
    if (inside) unused.push({ words: item.text, why: 'filler' });
    else kept.push(item);
  }
  return { items: kept, unused };
}

// A stop that ends a sentence: a period before a digit is a thousands mark or a decimal ("1.500").
function lastStopBefore(folded: string, mark: string, at: number): number {
  for (let index = folded.lastIndexOf(mark, at - 1); index >= 0; index = folded.lastIndexOf(mark, index - 1))
    if (mark !== '.' || !/\d/.test(folded.charAt(index + 1))) return index;
  return -1;
}

function occurrences(folded: string, said: string): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(said); at >= 0; at = folded.indexOf(said, at + 1)) found.push(at);
  return found;
}
