import { isNegationWord, readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';

/**
 * "Não aceitamos: tinta, solvente e pneu", "Proibido na caçamba: gesso, amianto", "Lo que NO va en el
 * contenedor: llantas, pintura": a heading that refuses, then a colon, then a list — every thing of
 * that list is refused, never an offering. However the reader cut the list up, its pieces become one
 * exclusion said whole, where the first of them stood.
 */
const MAX_HEADING_WORDS = 8;

type Span = { start: number; end: number };

export function takeRefusedLists(items: readonly BriefItem[], text: string, lang: string): BriefItem[] {
  const folded = fold(text);
  const spans = refusedListSpans(folded, lang);
  if (spans.length === 0) return [...items];
  const out: BriefItem[] = [];
  const placed = new Set<Span>();
  for (const item of items) {
    const own = fold(item.text).trim();
    const at = own ? folded.indexOf(own) : -1;
    const span = at >= 0 ? spans.find((candidate) => at >= candidate.start && at + own.length <= candidate.end) : undefined;
    // A feature's words, a question or a schedule keep their place; what the list names is refused.
    if (!span || item.feature || item.role === 'question' || item.role === 'schedule') {
      out.push(item);
      continue;
    }
    if (placed.has(span)) continue;
    placed.add(span);
    out.push({ text: text.slice(span.start, span.end).trim().slice(0, 160), role: 'exclusion' });
  }
  return out;
}

function refusedListSpans(folded: string, lang: string): Span[] {
  const spans: Span[] = [];
  for (const colon of folded.matchAll(/:/g)) {
    const lineStart = Math.max(
      folded.lastIndexOf('\n', colon.index),
      ...['. ', '! ', '? ', '; '].map((end) => folded.lastIndexOf(end, colon.index) + 1),
    );
    const heading = folded.slice(lineStart, colon.index);
    const words = heading.split(/[^\p{L}'’]+/u).filter(Boolean);
    if (words.length === 0 || words.length > MAX_HEADING_WORDS) continue;
    const refuses = words.some(
      (word) =>
        isNegationWord(word, lang, false) || readingCues.prohibitionWords.has(word) || (lang.startsWith('en') && /n['’]t$/.test(word)),
    );
    if (!refuses) continue;
    const after = folded.slice(colon.index + 1);
    const stop = after.search(/[.!?;\n]/);
    const end = colon.index + 1 + (stop >= 0 ? stop : after.length);
    // A list: at least one thing after the colon.
    if (!/\p{L}/u.test(folded.slice(colon.index + 1, end))) continue;
    const start = lineStart + (folded.slice(lineStart).length - folded.slice(lineStart).trimStart().length);
    spans.push({ start, end });
  }
  return spans;
}
