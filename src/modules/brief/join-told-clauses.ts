import { readingCues } from './reading-cues';
import type { BriefItem } from './site-brief-schema';
import { fold } from './text';

/**
 * "Tatu era o apelido do meu pai, que começou o serviço; não tem nada a ver com o bicho" was told
 * as three sentences of their own on the About ("Começou o serviço."). Two told parts (details)
 * that stand next to each other in the list and in one sentence of the prompt, with nothing but
 * punctuation and the words that join clauses between them ("que", "e", "mas"), are told as the
 * person said them: one piece, from the first one's start to the last one's end.
 *
 * Runs after the clauses said to us were set aside, so an aside between two parts ("se quiser pode
 * colocar isso") keeps them apart and is never published with them.
 */
export function joinToldClauses(items: readonly BriefItem[], text: string): BriefItem[] {
  return joinIntoPrevious(items, text, {
    locates: (item) => item.role === 'detail',
    joins: (_, __, { gap }) => isJoiningGap(gap),
  });
}

/** Where an item and the one before it stand in the prompt, and what is written between them. */
export type Between = { gap: string; lastStart: number; lastEnd: number };

/**
 * Walks `items` through `text` in order (each found after the one before, when `locates` says to
 * look for it) and joins an item into the item right before it when `joins` says so: the joined
 * item runs from the first one's start to the last one's end, as the person wrote it.
 */
export function joinIntoPrevious(
  items: readonly BriefItem[],
  text: string,
  { locates, joins }: { locates: (item: BriefItem) => boolean; joins: (last: BriefItem, item: BriefItem, between: Between) => boolean },
): BriefItem[] {
  const out: BriefItem[] = [];
  // Where the last item was found in the prompt, to find the next one after it.
  let cursor = 0;
  let last: { item: BriefItem; start: number; end: number } | undefined;
  for (const item of items) {
    const start = locates(item) ? text.indexOf(item.text, cursor) : -1;
    if (start < 0) {
      out.push(item);
      last = undefined;
      continue;
    }
    const end = start + item.text.length;
    cursor = end;
    if (
      last &&
      out.at(-1) === last.item &&
      joins(last.item, item, { gap: text.slice(last.end, start), lastStart: last.start, lastEnd: last.end })
    ) {
      const joined: BriefItem = { ...last.item, text: text.slice(last.start, end) };
      out[out.length - 1] = joined;
      last = { item: joined, start: last.start, end };
      continue;
    }
    out.push(item);
    last = { item, start, end };
  }
  return out;
}

/** Commas, a semicolon or a dash and at most two joining words: still the same sentence. */
function isJoiningGap(gap: string): boolean {
  if (/[.!?\n()]/.test(gap) || gap.length > 24) return false;
  const words = fold(gap).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= 2 && words.every((word) => readingCues.toldJoiners.has(word));
}
