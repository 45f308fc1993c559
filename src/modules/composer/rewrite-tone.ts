import type { TextLang } from '@/modules/brief/languages';

/**
 * "More formal" / "less formal" without a model: only the changes that are safe on any text the
 * person may have written — contractions, exclamations, greetings and spoken forms ("pra", "tá").
 * Rewording is not attempted; when none of these markers is present the text comes back as it
 * was, and the caller says the request needs the AI.
 */
type Swap = readonly [casual: string, formal: string];

const EN: readonly Swap[] = [
  ["we're", 'we are'],
  ["you're", 'you are'],
  ["they're", 'they are'],
  ["it's", 'it is'],
  ["that's", 'that is'],
  ["there's", 'there is'],
  ["don't", 'do not'],
  ["doesn't", 'does not'],
  ["didn't", 'did not'],
  ["isn't", 'is not'],
  ["aren't", 'are not'],
  ["can't", 'cannot'],
  ["won't", 'will not'],
  ["we'll", 'we will'],
  ["you'll", 'you will'],
  ["we've", 'we have'],
  ["you've", 'you have'],
  ["let's", 'let us'],
  ["i'm", 'I am'],
  ['hey', 'hello'],
  ['hi', 'hello'],
];
const PT_BR: readonly Swap[] = [
  ['pra', 'para'],
  ['tá', 'está'],
  ['oi', 'olá'],
  ['beleza', 'certo'],
];
const PT_PT: readonly Swap[] = [['pra', 'para']];

function swapWords(text: string, swaps: readonly Swap[], toFormal: boolean): string {
  let out = text;
  for (const [casual, formal] of swaps) {
    const [from, to] = toFormal ? [casual, formal] : [formal, casual];
    // Greetings only go one way: "hello" → "hi" would also touch "Hello" in a quoted name.
    if (!toFormal && (casual === 'hey' || casual === 'hi' || casual === 'oi' || casual === 'beleza')) continue;
    const pattern = new RegExp(`(?<![\\p{L}'’])${from.replace(/'/g, "['’]")}(?![\\p{L}'’])`, 'giu');
    out = out.replace(pattern, (match) => (/^\p{Lu}/u.test(match) ? to.charAt(0).toLocaleUpperCase() + to.slice(1) : to));
  }
  return out;
}

function withoutExclamations(text: string): string {
  return text
    .replace(/¡/g, '')
    .replace(/!+(?=\s|$)/g, '.')
    .replace(/\.\./g, '.');
}

export function toneOf(text: string, tone: 'formal' | 'casual', lang: TextLang | undefined): string {
  const swaps = lang === 'en' ? EN : lang === 'pt-BR' ? PT_BR : lang === 'pt-PT' ? PT_PT : [];
  if (tone === 'formal') return withoutExclamations(swapWords(text, swaps, true));
  // Casual English contracts; the other languages have no safe casual marker to add.
  return lang === 'en' ? swapWords(text, EN, false) : text;
}
