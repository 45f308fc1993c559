import { readingCues } from './reading-cues';
import type { BriefItem, BriefPrice, UnusedReason } from './site-brief-schema';
import { escapeRegExp, fold } from './text';

/**
 * When the person wrote their offer as a list — one thing per line, under a dash, a bullet or a
 * number — each line is one thing they sell, said whole; and that list, not the prose around it, is
 * the catalogue. Two mistakes of a reader that cuts sentences at commas follow from forgetting it:
 *  - **a line cut into cards**: "Compota de ananás, frasco de 250 g: 6 €" became a card "Compota de
 *    ananás" with no price and a card "Frasco de 250 g" with it; "Traje de caporal varón, con botas
 *    de cascabeles: Bs 300" priced the boots; "- Olhinho que não fecha mais: R$ 60 o par" was read
 *    as something the business does not do. A list line's head — what comes before its price, or
 *    before the colon that opens its note — is one offering, and its price's label; what follows
 *    the price ("a hélice é por conta do dono") is told about it, never a card of its own;
 *  - **the story cut into cards**: beside a list of three things or more, "hoje somos eu e a minha
 *    mulher", "temos 14 estufas caiadas" or "faço o trabalho de campo com um colega, o Hélder
 *    Costa" gave the cards "Mulher", "14 estufas caiadas", "Hélder Costa". A thing read from the
 *    prose is kept as an offering only when its sentence sells it — it carries a price, or a verb of
 *    doing, making or selling comes before it ("vendo peça também: hélice, eixo…", "también hacemos
 *    trajes a medida"). Otherwise its sentence is told whole, as the person said it, among what the
 *    page tells; a sentence too long for that is listed as not used, never lost silently.
 */
export type ListedCatalogueInput = {
  items: readonly BriefItem[];
  prices: readonly BriefPrice[];
  /** The prompt as read (accents restored), with what was said to us blanked. */
  text: string;
  /** The people the prompt names: a person read as a card is told by their sentence. */
  people?: readonly string[];
  /** What was already left off the page: a sentence holding any of it said to us is never told whole. */
  setAside?: readonly { words: string; why: UnusedReason }[];
};

// "- ", "• ", "* ", "1. ", "2) ": a line of a list.
const LIST_LINE = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+(\S.*)$/gmu;
// A list makes a catalogue from this many lines that offer something.
const MIN_CATALOGUE_LINES = 3;
const MAX_ITEM = 160;
// A head longer than this is not a thing's name but a sentence: left as the reader cut it.
const MAX_HEAD_WORDS = 18;
// An unpriced line "head: note" is said whole when its note is this short and the line this long.
const MAX_NOTE_WORDS = 8;
const MAX_WHOLE_LINE = 90;
const SENTENCE_END = /[.!?\n]/u;
const SAID_TO_US: ReadonlySet<UnusedReason> = new Set(['site', 'style', 'aside', 'language']);

type Line = { start: number; end: number; body: string; bodyStart: number };

function listLines(text: string): Line[] {
  return [...text.matchAll(LIST_LINE)].map((match) => {
    const body = match[1]!;
    const end = match.index + match[0].length;
    return { start: match.index, end, body, bodyStart: end - body.length };
  });
}

const trimEnds = (text: string) =>
  text
    .replace(/^[\s,;:.–—-]+/u, '')
    .replace(/[\s,;:=–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Where each item's words are. The reader gives its items in the order it read them, so each is
 * looked for from where the one before it was found ("hélice", sold as a part in the prose, is
 * not the "troca de hélice" of the list above it); failing that, anywhere.
 */
function itemPositions(folded: string, items: readonly BriefItem[]): Map<BriefItem, number> {
  const positions = new Map<BriefItem, number>();
  let cursor = 0;
  for (const item of items) {
    const own = fold(item.text.trim()).replace(/^[-–—•*·▪]\s+/u, '');
    if (!own) continue;
    let at = folded.indexOf(own, cursor);
    if (at < 0) at = folded.indexOf(own);
    // (An item the reader joined from two places is found by its first words.)
    const opening = own.split(/\s+/).slice(0, 3).join(' ');
    if (at < 0 && opening.length >= 8)
      at = folded.indexOf(opening, cursor) >= 0 ? folded.indexOf(opening, cursor) : folded.indexOf(opening);
    if (at < 0) continue;
    positions.set(item, at);
    cursor = Math.max(cursor, at);
  }
  return positions;
}

// The verbs that sell a thing in a sentence — not those that say where ("atendo em casa, com hora
// marcada" sells nothing) nor what the business has ("temos 14 estufas caiadas" describes it).
const AREA_VERBS = new Set(readingCues.areaVerbs.map((verb) => fold(verb)));
const HAVE_VERBS = new Set([...readingCues.haveVerbs].map((verb) => fold(verb)));
const SELLING_VERBS = [...readingCues.doingVerbs].filter((verb) => !AREA_VERBS.has(verb) && !HAVE_VERBS.has(verb.split(' ').at(-1)!));

/** Whether a sentence speaks of the site ("quero fazer um site pra minha oficina"): said to us. */
function speaksOfSite(folded: string): boolean {
  return folded.split(/[^\p{L}]+/u).some((word) => readingCues.siteNouns.has(word));
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const isEnd = (index: number) =>
    SENTENCE_END.test(text.charAt(index)) &&
    // "1.000 litros", "n.º 12", "1.º Esq.": a point with no space after it ends no sentence.
    !(text.charAt(index) === '.' && index + 1 < text.length && !/\s/u.test(text.charAt(index + 1)));
  let start = at;
  while (start > 0 && !isEnd(start - 1)) start -= 1;
  let end = at;
  while (end < text.length && !isEnd(end)) end += 1;
  return { start, end };
}

/** A line that holds a sentence's end before its last words, or a word by which the writer speaks of themselves. */
function saysOfWriter(body: string): boolean {
  const words = fold(body).match(/[\p{L}'’]+/gu) ?? [];
  return /[.!?]\s+\p{L}/u.test(body.trim()) || words.some((word) => readingCues.firstPersonSubjects.has(word.replace(/['’].*/u, '')));
}

/** Whether a verb of doing, making or selling stands in the sentence before the item. */
function soldInSentence(foldedBefore: string): boolean {
  const words = ` ${foldedBefore.replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  return SELLING_VERBS.some((verb) => words.includes(` ${verb} `));
}

export function keepListedCatalogue({ items, prices, text, people = [], setAside = [] }: ListedCatalogueInput): {
  items: BriefItem[];
  prices: BriefPrice[];
  unused: { words: string; why: UnusedReason }[];
} {
  const folded = fold(text);
  const lines = listLines(text);
  const unused: { words: string; why: UnusedReason }[] = [];
  if (lines.length === 0) return { items: [...items], prices: [...prices], unused };
  const outPrices = [...prices];
  const positions = itemPositions(folded, items);
  const labelled = new Set<number>();
  // What each item read from a list line gives way to: its line's head, a note, or nothing.
  const replaced = new Map<BriefItem, BriefItem | null>();
  // The heads of each run of list lines, in the order written.
  const blocks: { end: number; heads: BriefItem[] }[] = [];
  const headBlock = new Map<BriefItem, number>();
  for (const line of lines) {
    const foldedBody = fold(line.body);
    // The first price written on the line that is its own (labelled on this line, or not at all).
    let priceAt = -1;
    let priceIndex = -1;
    outPrices.forEach((price, index) => {
      if (labelled.has(index)) return;
      const at = line.body.indexOf(price.text);
      if (at < 0) return;
      if (price.label && !foldedBody.includes(fold(price.label.trim()))) return;
      if (priceAt < 0 || at < priceAt) {
        priceAt = at;
        priceIndex = index;
      }
    });
    const isPriced = priceIndex >= 0;
    const colon = line.body.indexOf(':');
    const headEnd = colon >= 0 && (priceAt < 0 || colon < priceAt) ? colon : isPriced ? priceAt : line.body.length;
    let head = trimEnds(line.body.slice(0, headEnd));
    if (!head || head.split(/\s+/).length > MAX_HEAD_WORDS || head.length > MAX_ITEM || !/\p{L}/u.test(head)) continue;
    const onLine = items.filter((item) => {
      const at = positions.get(item) ?? -1;
      return at >= line.start && at < line.end && !item.feature;
    });
    // A line offers something when it is priced, or when the reader took an offering from it.
    if (!isPriced && !onLine.some((item) => item.role === 'offering')) continue;
    // (An unpriced line refusing something — "- não faço bainha" — stays a refusal.)
    if (!isPriced && onLine.some((item) => item.role === 'exclusion')) continue;
    // An unpriced line's short note is what it costs or how it goes ("Segunda caixa no mesmo
    // endereço: metade do preço", "Site visit and estimate: free within 20 miles"): said with it.
    const unpricedNote = !isPriced && colon >= 0 ? trimEnds(line.body.slice(colon + 1)) : '';
    const noteWords = unpricedNote.split(/\s+/).filter(Boolean).length;
    const sayWhole = unpricedNote !== '' && noteWords <= MAX_NOTE_WORDS && head.length + unpricedNote.length < MAX_WHOLE_LINE;
    // "- Me: Kirsty MacLeod. I weave Harris Tweed…", "- My mother, Peigi, taught me…": an unpriced
    // line that goes on into sentences, or speaks of the writer, is a fact told as a list — the
    // catalogue is what is sold, never the form the person chose to write in.
    if (!isPriced && ((colon >= 0 && !sayWhole) || saysOfWriter(line.body))) continue;
    if (sayWhole) head = `${head}: ${unpricedNote}`;
    const headEndAt = line.bodyStart + (sayWhole ? line.body.length : headEnd);
    // What the reader cut from the head gives way to the head, whole — a priced line is never a
    // refusal ("- Olhinho que não fecha mais: R$ 60 o par" is sold).
    const inHead = onLine.filter((item) => positions.get(item)! + fold(item.text.trim()).length <= headEndAt || item.role === 'exclusion');
    const headItem: BriefItem = { text: head, role: 'offering' };
    const nearBlock = blocks.at(-1);
    if (nearBlock && /^\s*$/u.test(text.slice(nearBlock.end, line.start))) {
      nearBlock.heads.push(headItem);
      nearBlock.end = line.end;
    } else blocks.push({ end: line.end, heads: [headItem] });
    headBlock.set(headItem, blocks.length - 1);
    for (const item of inHead) replaced.set(item, null);
    if (inHead[0]) replaced.set(inHead[0], headItem);
    // What follows the price is told about the thing, once: never an offering of its own.
    if (isPriced) {
      const price = outPrices[priceIndex]!;
      let note = line.body.slice(priceAt + price.text.length);
      if (price.unit && fold(note).trimStart().startsWith(fold(price.unit))) note = note.trimStart().slice(price.unit.length);
      note = trimEnds(note);
      // (Whatever the reader made of it — "crianças até aos 12 anos não pagam" is no audience of
      // the business, but how this thing is priced.)
      const noteOfferings = onLine.filter((item) => !inHead.includes(item) && item.role !== 'exclusion');
      for (const item of noteOfferings) replaced.set(item, null);
      if (noteOfferings[0] && /\p{L}{3}/u.test(note) && note.length <= MAX_ITEM)
        replaced.set(noteOfferings[0], { text: note, role: 'detail' });
      outPrices[priceIndex] = { ...price, label: head.slice(0, 80) };
      labelled.add(priceIndex);
    }
  }
  const heads = blocks.flatMap((block) => block.heads);
  if (heads.length === 0) return { items: [...items], prices: [...prices], unused };

  const out: BriefItem[] = [];
  const seen = new Set<string>();
  const push = (item: BriefItem) => {
    const key = `${item.role}:${fold(item.text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  // A run of list lines is said where its first line was read, all of its lines in their order.
  const placed = new Set<number>();
  const placeBlock = (index: number) => {
    if (placed.has(index)) return;
    placed.add(index);
    blocks[index]!.heads.forEach(push);
  };
  const isCatalogue = heads.length >= MIN_CATALOGUE_LINES;
  const foldedHeads = heads.map((head) => fold(head.text));
  // A person the prompt names, or words shaped like a person's name ("o Hélder Costa": two or three
  // words, each capitalised, none a digit) read from the prose: told by their sentence.
  const isPerson = (item: BriefItem) =>
    people.some((person) => fold(person) === fold(item.text.trim())) || /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u.test(item.text.trim());
  const toldSentences = new Set<number>();
  const listSpans = lines.map((line) => [line.start, line.end] as const);
  const inList = (at: number) => listSpans.some(([start, end]) => at >= start && at < end);
  for (const item of items) {
    if (replaced.has(item)) {
      const instead = replaced.get(item);
      if (instead && headBlock.has(instead)) placeBlock(headBlock.get(instead)!);
      else if (instead) push(instead);
      continue;
    }
    const at = positions.get(item) ?? -1;
    const isProse = at < 0 || !inList(at);
    const mayBeTold = item.role === 'offering' || (item.role === 'topic' && !item.feature);
    if (!isCatalogue || !mayBeTold || !isProse) {
      push(item);
      continue;
    }
    // The word a line of the list opens with, said again ("levantamento" beside "Levantamentos
    // topográficos…") — not a part sold that a service names ("hélice" beside "Troca de hélice").
    const own = fold(item.text.trim());
    const opensHead = (head: string) => new RegExp(`^${escapeRegExp(own)}(?:s|es)?(?![\\p{L}])`, 'u').test(head);
    if (!own.includes(' ') && foldedHeads.some(opensHead)) {
      unused.push({ words: item.text, why: 'filler' });
      continue;
    }
    if (at < 0) {
      push(item);
      continue;
    }
    const sentence = sentenceAround(text, at);
    // (Sold by the verb before it, or by the one it opens with: "conserto motor rabeta".)
    if (!isPerson(item) && soldInSentence(folded.slice(sentence.start, at + own.length))) {
      push(item);
      continue;
    }
    if (toldSentences.has(sentence.start)) continue;
    toldSentences.add(sentence.start);
    const whole = trimEnds(text.slice(sentence.start, sentence.end).replace(/\s+/g, ' '));
    const ofSite = speaksOfSite(fold(whole));
    // A sentence that holds what was said to us ("meu nome é Edinaldo… pode colocar") is not told.
    const holdsAside = setAside.some((said) => SAID_TO_US.has(said.why) && fold(whole).includes(fold(said.words.trim())));
    if (whole.length > MAX_ITEM || !/\p{L}{2}/u.test(whole) || ofSite || holdsAside) {
      unused.push({ words: whole.slice(0, MAX_ITEM), why: ofSite ? 'site' : 'filler' });
      continue;
    }
    push({ text: whole, role: 'detail' });
  }
  blocks.forEach((_, index) => placeBlock(index));
  // A told part of a sentence now told whole is not told twice.
  const wholeTold = out.filter((item) => item.role === 'detail').map((item) => fold(item.text));
  const result = out.filter((item) => {
    if (item.role !== 'detail' || toldSentences.size === 0) return true;
    const own = fold(item.text.trim()).replace(/[.!?]+$/u, '');
    return !wholeTold.some((whole) => whole !== fold(item.text) && whole.includes(own));
  });
  return { items: result, prices: outPrices, unused };
}
