import { isNegationWord } from './reading-cues';
import type { BriefItem, UnusedReason } from './site-brief-schema';
import { fold } from './text';
import { isClauseWord, wordLanguageOf } from './word-classes';

/**
 * "cor rosa antigo e creme, letra grande. … e pelo amor de deus nada de caçador com espingarda nem
 * bicho": a refusal without a verb of its own ("nada de …", "no X, no Y", "nothing with …") says
 * nothing by itself of who refuses what — it goes on with what was said right before it. After a
 * wish about the site's looks, or words said to us, it is one more of them and is set aside with the
 * same reason; after something about the business (an offering, a rule for customers) it stays
 * what the reader made it ("sem glúten, sem lactose" after the cakes). A refusal with its own verb
 * ("não faço vestido de noiva") is the business speaking and is never moved.
 */
export type ContinuedInput = {
  items: readonly BriefItem[];
  unused: readonly { words: string; why: UnusedReason }[];
  /** The prompt as read (positions are found in it). */
  text: string;
  lang: string;
};

const SAID_TO_US: ReadonlySet<UnusedReason> = new Set(['style', 'site', 'aside']);
// What ends a refusal's own words: a reason or a remark after it ("…nem olhos (fazem sempre piadas)").
const REFUSAL_END = /[,;:(]|\s(?:que|porque|pq|because|since|cause|as|porque|ya que)\s/u;
// Between the wish and the refusal, at most a sentence's end and a few words ("kkk", "e pelo amor de deus").
const MAX_GAP = 40;

export function continueSaidToUs({ items, unused, text, lang }: ContinuedInput): {
  items: BriefItem[];
  unused: { words: string; why: UnusedReason }[];
} {
  const folded = fold(text);
  const language = wordLanguageOf(lang);
  type Placed = { at: number; end: number; why?: UnusedReason; item?: BriefItem };
  const placed: Placed[] = [];
  for (const said of unused) {
    if (!SAID_TO_US.has(said.why)) continue;
    const at = folded.indexOf(fold(said.words));
    if (at >= 0) placed.push({ at, end: at + said.words.length, why: said.why });
  }
  for (const item of items) {
    // By its opening words: the reader may have dropped a remark inside it ("(fazem sempre piadas c/ olhão)").
    const at = folded.indexOf(fold(item.text).slice(0, 30));
    if (at >= 0) placed.push({ at, end: at + item.text.length, item });
  }
  placed.sort((a, b) => a.at - b.at);
  const moved = new Map<BriefItem, UnusedReason>();
  for (const [index, entry] of placed.entries()) {
    const item = entry.item;
    if (!item || item.feature || (item.role !== 'detail' && item.role !== 'offering') || !isVerblessRefusal(item.text, lang, language))
      continue;
    const before = placed
      .slice(0, index)
      .filter((other) => other.end <= entry.at)
      .at(-1);
    if (!before || entry.at - before.end > MAX_GAP) continue;
    const why = before.why ?? (before.item ? moved.get(before.item) : undefined);
    if (!why) continue;
    moved.set(item, why);
    entry.why = why;
  }
  // "Formulario no quiero, nadie lo va a revisar", "sem formulário, ninguém lê e-mail": what goes on,
  // in the same sentence, right after a part of the site refused is the reason for refusing it —
  // said to us too, never a line of the About.
  for (const [index, entry] of placed.entries()) {
    const item = entry.item;
    if (!item || item.feature || item.role !== 'detail' || moved.has(item)) continue;
    const before = placed
      .slice(0, index)
      .filter((other) => other.end <= entry.at)
      .at(-1);
    if (before?.why !== 'site' || !/^\s*[,;:–—]\s*$/u.test(folded.slice(before.end, entry.at))) continue;
    const refused = text.slice(before.at, before.end).split(/[^\p{L}'’]+/u);
    if (!refused.some((word) => isNegationWord(fold(word), lang))) continue;
    moved.set(item, 'site');
  }
  return {
    items: items.filter((item) => !moved.has(item)),
    unused: [...unused, ...[...moved].map(([item, why]) => ({ words: item.text, why }))],
  };
}

function isVerblessRefusal(said: string, lang: string, language: ReturnType<typeof wordLanguageOf>): boolean {
  const own = said.split(REFUSAL_END)[0] ?? said;
  const words = own.split(/[^\p{L}'’]+/u).filter(Boolean);
  const refusalAt = words.findIndex((word) => isNegationWord(fold(word), lang));
  if (refusalAt < 0 || refusalAt > 4) return false;
  return !words.some((word, at) => !isNegationWord(fold(word), lang) && isClauseWord(word, fold(word), language, at === 0));
}
