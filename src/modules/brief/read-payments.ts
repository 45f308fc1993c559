import { z } from 'zod';
import { parseContent } from '@/lib/parse-content';
import { fold } from './text';
import raw from './content/payment-words.json';

const phrases = z.array(z.string().regex(/^[a-z0-9&/+ -]+$/));
const content = parseContent(
  'src/modules/brief/content/payment-words.json',
  z.strictObject({
    $comment: z.string(),
    leads: phrases,
    methods: phrases,
    ambiguousMethods: phrases,
    terms: phrases,
    joiners: phrases,
    leadPrefixes: phrases,
    negations: phrases,
    contrasts: phrases,
    only: phrases,
    leadingPrepositions: phrases,
    answerFillers: phrases,
  }),
  raw,
);

type Token = { folded: string; start: number; end: number };

/** Phrases as token lists, longest first, so "cartao de credito" wins over "cartao". */
function phraseList(list: readonly string[]): string[][] {
  return list.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
}
const LEADS = phraseList(content.leads);
const METHODS = phraseList(content.methods);
const AMBIGUOUS = phraseList(content.ambiguousMethods);
const TERMS = phraseList(content.terms);
const JOINERS = new Set(content.joiners);
// What may come before a lead in its clause: "e aceitamos…", "we also accept…", "tambien aceptamos…".
const LEAD_PREFIX = new Set(content.leadPrefixes);
// "6x", "10 x", "12 vezes", "3 cuotas": how many instalments.
const COUNT = /^\d{1,2}x?$/;
// "pagamentos por MB Way": the preposition after the lead is not shown.
const LEADING_PREPOSITION = new RegExp(`^(?:${content.leadingPrepositions.join('|')})\\s+(?=\\S)`, 'iu');
// "…, no tarjetas", "…, não aceitamos cheque", "but not Amex": a refused way to pay is never one taken
// (the reader keeps the refusal as the person said it).
const NEGATIONS = new Set(content.negations);
const CONTRASTS = new Set(content.contrasts);
const isNegated = (tokens: readonly Token[]) =>
  tokens
    .slice(0, 2)
    .some(
      (token, index) => NEGATIONS.has(token.folded) && (index === 0 || JOINERS.has(tokens[0]!.folded) || CONTRASTS.has(tokens[0]!.folded)),
    );
const ANSWER_FILLERS = new Set(content.answerFillers);
// "Cash only", "só dinheiro": one way to pay is a whole sentence when the person says it is the only one.
const ONLY = new Set(content.only);

function tokensOf(text: string, offset: number): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[&/+]/gu)].map((match) => ({
    folded: fold(match[0]),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

function phraseAt(tokens: readonly Token[], at: number, list: readonly string[][]): number {
  for (const phrase of list) {
    if (at + phrase.length > tokens.length) continue;
    if (phrase.every((word, index) => tokens[at + index]!.folded === word)) return phrase.length;
  }
  return 0;
}

/** Where a lead opens the clause (after "e", "we also"…): the token after it, or -1. */
function afterLead(tokens: readonly Token[]): number {
  for (let at = 0; at < Math.min(tokens.length, 3); at++) {
    const length = phraseAt(tokens, at, LEADS);
    if (length > 0) return at + length;
    if (!LEAD_PREFIX.has(tokens[at]!.folded)) return -1;
  }
  return -1;
}

/**
 * Whether every token from `from` on is a way to pay, a term of one, a joiner or a count — and at
 * least one is a way to pay. Ambiguous ways ("visa", "cheque") count only after a lead.
 */
function paymentWordsFrom(tokens: readonly Token[], from: number, isLed: boolean): number {
  let methods = 0;
  for (let at = from; at < tokens.length;) {
    const method = phraseAt(tokens, at, METHODS) || (isLed ? phraseAt(tokens, at, AMBIGUOUS) : 0);
    if (method > 0) {
      methods++;
      at += method;
      continue;
    }
    const term = phraseAt(tokens, at, TERMS);
    if (term > 0) {
      at += term;
      continue;
    }
    const folded = tokens[at]!.folded;
    if (JOINERS.has(folded) || COUNT.test(folded)) {
      at++;
      continue;
    }
    return 0;
  }
  return methods;
}

export type PaymentReading = {
  /** The ways to pay, as the person wrote them, one per clause ("cartão em até 6x e Pix"). */
  payments: string[];
  /** The prompt's text of each clause, lead included ("Aceitamos cartão em até 6x e Pix"): read here, no offering. */
  spans: string[];
};

/**
 * The ways to pay a prompt names ("Aceitamos Pix, cartão em até 6x e dinheiro", "Yape y Plin",
 * "we take cash and Venmo"): one line of the contact details, never cards of what is sold. A
 * clause counts when a payment word leads it and only ways to pay follow, or when its whole
 * sentence is ways to pay (two at least); the clauses after a lead in the same sentence go on
 * with it. A negated clause ("não aceitamos cheque") is a rule the reader keeps.
 */
export function readPayments(text: string): PaymentReading {
  const payments: string[] = [];
  const spans: string[] = [];
  for (const sentence of text.matchAll(/[^.!?;\n]+/g)) {
    const clauses = [...sentence[0].matchAll(/[^,()[\]:—–]+/g)].map((clause) => ({
      tokens: tokensOf(clause[0], sentence.index + clause.index),
    }));
    // A colon after a lead ("Formas de pagamento: Pix, cartão") splits the lead from its methods.
    for (let index = 0; index < clauses.length - 1; index++) {
      const { tokens } = clauses[index]!;
      if (tokens.length > 0 && phraseAt(tokens, 0, LEADS) === tokens.length) {
        clauses[index + 1] = { tokens: [...tokens, ...clauses[index + 1]!.tokens] };
        clauses[index] = { tokens: [] };
      }
    }
    const found: { start: number; end: number; from: number }[] = [];
    let isLedSentence = false;
    for (const { tokens } of clauses) {
      if (tokens.length === 0) continue;
      if (isNegated(tokens)) {
        isLedSentence = false;
        continue;
      }
      const lead = afterLead(tokens);
      if (lead > 0 && lead < tokens.length && paymentWordsFrom(tokens, lead, true) > 0) {
        isLedSentence = true;
        found.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, from: tokens[lead]!.start });
      } else if ((isLedSentence && paymentWordsFrom(tokens, 0, true) > 0) || paymentWordsFrom(tokens, 0, false) >= 2) {
        // …or a clause of two ways to pay at least, wherever it stands ("…, we don't deliver, cash or card").
        found.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, from: tokens[0]!.start });
      } else isLedSentence = false;
    }
    // "Yape y Plin.", "Pix, cartão e dinheiro.": a sentence of nothing but ways to pay, two at least —
    // or one, written as a sentence of its own in a telegraphic prompt ("Entrego só na cidade. Pix.").
    if (found.length === 0) {
      const all = clauses.filter((clause) => clause.tokens.length > 0 && !isNegated(clause.tokens));
      const counts = all.map(({ tokens }) => paymentWordsFrom(tokens, 0, false));
      if (
        all.length > 0 &&
        counts.every((count) => count > 0) &&
        (counts.reduce((sum, count) => sum + count, 0) >= 2 ||
          (all.length === 1 && isPaymentSentence(text, sentence.index, sentence.index + sentence[0].length)) ||
          all.some(({ tokens }) => tokens.some((token) => ONLY.has(token.folded))))
      )
        for (const { tokens } of all) found.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, from: tokens[0]!.start });
    }
    // "Pix, dinheiro ou cartão (crédito em até 3x)": beside a clause read as ways to pay, the
    // sentence's other clauses of nothing but ways to pay go with it — never "Dinheiro ou cartão"
    // with the Pix before it dropped for standing alone.
    if (found.length > 0)
      for (const { tokens } of clauses) {
        if (tokens.length === 0 || isNegated(tokens) || found.some((clause) => clause.start === tokens[0]!.start)) continue;
        if (paymentWordsFrom(tokens, 0, true) > 0) found.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, from: tokens[0]!.start });
      }
    found.sort((a, b) => a.start - b.start);
    if (found.length === 0) continue;
    // "pagamentos por MB Way": the preposition after the lead goes with it ("MB Way e cartão").
    const said = found.map((clause) => text.slice(clause.from, clause.end).trim().replace(LEADING_PREPOSITION, '')).join(', ');
    payments.push(said.charAt(0).toLocaleUpperCase() + said.slice(1));
    for (const clause of found) spans.push(text.slice(clause.start, clause.end));
  }
  return { payments: payments.slice(0, 4), spans };
}

/**
 * "Entrego só na cidade. Pix.": one way to pay as a sentence of its own is said as one — never a
 * question ("Cartão? Não."), a sentence the next one refuses ("Card. No, sorry."), nor a list's
 * line (a print shop's "- Cartões", a travel agent's "Transfer").
 */
function isPaymentSentence(text: string, start: number, end: number): boolean {
  // (Ended by a full stop or the prompt's end: "Tarjetas" on a line of its own under "Hacemos:" is a thing made.)
  if (!/^(?:[.!]|\s*$)/u.test(text.slice(end))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^\s*[-•*–]/u.test(text.slice(lineStart, end))) return false;
  // "Card. No, sorry.": a bare no right after it refuses it ("Pix. Não vendo fiado." refuses something else).
  const next = /^[.!]?\s*([^.!?\n]*)/u.exec(text.slice(end))?.[1] ?? '';
  const words = fold(next).match(/\p{L}+/gu) ?? [];
  return !(words.length > 0 && NEGATIONS.has(words[0]!) && words.slice(1).every((word) => ANSWER_FILLERS.has(word)));
}

/**
 * "pix", "tarjeta", "e-transfer ou cheque" (folded): words that are only ways to pay (joiners
 * between them allowed) — never a card of what is sold.
 */
export function isOnlyPaymentWords(folded: string): boolean {
  const tokens = tokensOf(folded, 0);
  if (tokens.length === 0) return false;
  let at = 0;
  let methods = 0;
  while (at < tokens.length) {
    const method = [...METHODS, ...AMBIGUOUS].find((phrase) => phrase.every((word, offset) => tokens[at + offset]?.folded === word));
    if (method) {
      at += method.length;
      methods++;
    } else if (JOINERS.has(tokens[at]!.folded) || TERMS.some((term) => term.length === 1 && term[0] === tokens[at]!.folded)) at++;
    else return false;
  }
  return methods > 0;
}

/** "Pagamento por Pix…", "MB Way, metade quando marca…", "Cash, card or PayID": a sentence a way to pay opens (folded). */
export function opensWithPayment(folded: string): boolean {
  const tokens = tokensOf(folded, 0).slice(0, 4);
  const startsWith = (phrases: string[][]) =>
    phrases.some(
      (phrase) =>
        phrase.every((word, offset) => tokens[offset]?.folded === word) ||
        phrase.every((word, offset) => tokens[offset + 1]?.folded === word && LEAD_PREFIX.has(tokens[0]!.folded)),
    );
  return startsWith(LEADS) || startsWith(METHODS);
}

/** The file's word lists as loaded, for the item screen's word families (item-features.ts). */
export { content as paymentWords };
