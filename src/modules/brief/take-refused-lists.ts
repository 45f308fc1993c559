import { isNegationWord, readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';

/**
 * A list that is refused is refused whole, never partly offered. Two shapes, told by where the
 * pieces sit in the prompt, not by their words:
 *  - **under a heading**: "Não aceitamos: tinta, solvente e pneu", "Proibido na caçamba: gesso,
 *    amianto", "Lo que NO va en el contenedor: llantas, pintura" — a heading that refuses, a colon,
 *    then a list;
 *  - **after a refusing verb**: "We don't take reactive dogs, puppies under 16 weeks, or dogs on raw
 *    diets", "não compramos tampa de bueiro, grade de boca de lobo, placa de rua…" — the reader read
 *    the first piece as refused and cut the rest off as cards. The pieces after it that stand
 *    between separators (a comma, "or", "nem", "ni"…) in the same sentence are more of that list.
 * However the reader cut the list up, its pieces become one exclusion said whole, where the first
 * of them stood.
 */
const MAX_HEADING_WORDS = 8;

type Span = { start: number; end: number };

export function takeRefusedLists(items: readonly BriefItem[], text: string, lang: string): BriefItem[] {
  const folded = fold(text);
  const spans = refusedListSpans(folded, lang);
  if (spans.length === 0) return continueRefusals(items, text, folded);
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
  return continueRefusals(out, text, folded);
}

const JOINER = `(?<![\\p{L}])(?:${[...readingCues.negatedListJoiners].join('|')})(?![\\p{L}])`;
// Between two pieces of one list: commas and the words that join a negated list ("ou", "nem", "or"),
// and at most one short piece the reader left out, opened by such a word ("…elétrica ou de telefone, nem…").
const LIST_GAP = new RegExp(`^(?:[\\s,]|${JOINER})*(?:${JOINER}(?:\\s+[\\p{L}'’-]+){1,3}\\s*,)?(?:[\\s,]|${JOINER})*$`, 'u');
// Where a piece may end: its list goes on, or its sentence ends.
const PIECE_END = new RegExp(`^(?:\\s*(?:[,.;!?:)\\n]|$)|\\s+${JOINER})`, 'u');

/** An exclusion followed, in its sentence, by pieces its list was cut into: one exclusion, said whole. */
function continueRefusals(items: readonly BriefItem[], text: string, folded: string): BriefItem[] {
  const out: BriefItem[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    const own = fold(item.text).trim();
    const start = item.role === 'exclusion' && own ? folded.indexOf(own) : -1;
    if (start < 0) {
      out.push(item);
      continue;
    }
    let end = start + own.length;
    let next = index + 1;
    for (; next < items.length; next++) {
      const piece = items[next]!;
      const words = fold(piece.text).trim();
      // Only what the reader made a card, or a piece a negating joiner opens ("nem bronze", "nor
      // glass"): a told clause after a comma ("…, atendo toda a região") is a sentence of its own.
      const joined = readingCues.ruleNegationsGoOn.has(words.split(/\s+/u)[0]!);
      if (piece.feature || !words || (piece.role !== 'offering' && piece.role !== 'topic' && !joined)) break;
      const at = folded.indexOf(words, end);
      if (at < 0 || !LIST_GAP.test(folded.slice(end, at)) || !PIECE_END.test(folded.slice(at + words.length))) break;
      end = at + words.length;
    }
    if (next === index + 1) {
      out.push(item);
      continue;
    }
    out.push({ text: text.slice(start, end).trim().slice(0, 160), role: 'exclusion' });
    index = next - 1;
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
