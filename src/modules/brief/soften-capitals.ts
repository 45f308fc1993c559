import { readingCues } from './reading-cues';
import { fold } from './text';

const NEGATIONS: ReadonlySet<string> = new Set([...readingCues.ruleNegations, ...readingCues.ruleNegationsNotPortuguese, 'nada']);

// The small words inside a name, written in lowercase there ("Funilaria e Pintura", "Bar do Zé").
const NAME_CONNECTORS = new Set([
  'de',
  'da',
  'do',
  'das',
  'dos',
  'del',
  'e',
  'y',
  'and',
  'of',
  'the',
  'la',
  'las',
  'los',
  'el',
  'em',
  'no',
  'na',
  'en',
  'para',
  'com',
  'con',
  'a',
  'o',
]);

// A word of capitals, no lowercase letter ("PADARIA", "SÃO", "D'ÁVILA", the "E" between two).
const CAPS_WORD = /^(?=.*\p{Lu})[\p{Lu}\p{N}'’&.-]+$/u;
const VOWEL = /[aeiouyáàâãéêíóôõúü]/i;

function softenWord(word: string, isFirst: boolean): string {
  const lower = word.toLocaleLowerCase();
  if (!isFirst && NAME_CONNECTORS.has(fold(lower))) return lower;
  // "JR Reformas", "TV", "CNC", "TI": letters without a vowel, or two letters, are initials — "ZÉ" is a word.
  if ((word.length <= 2 && !/[áàâãéêíóôõú]/.test(lower)) || !VOWEL.test(lower)) return word;
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase());
}

/**
 * A name typed in capitals ("FUNILARIA E PINTURA SÃO CRISTÓVÃO - martelinho…", "somos a
 * MARMORARIA ROCHA FORTE") read and shown as a name is written: "Funilaria e Pintura São
 * Cristóvão". Only runs of two words or more, one of them four letters or longer — a lone
 * "GRÁTIS", "PIX" or "ISO 9001" stays as typed — and only when the prompt is not (nearly) all in
 * capitals; a prompt typed all in capitals is read as if typed in lowercase. The length of the
 * text never changes, so positions found in it hold in what was typed.
 */
export function softenCapitals(text: string): string {
  // …though a currency's letters stay as money is written ("R$ 280", "US$"): "r$" is no currency.
  if (isShouted(text)) return text.replace(/\p{L}+(?![\p{L}$])/gu, (word) => word.toLocaleLowerCase());
  // "NAO faço adesivo", "NO clip art": a negation in capitals is emphasis, never a name or initials.
  const emphasised = text.replace(/(?<![\p{L}\p{N}])\p{Lu}{2,5}(?![\p{L}\p{N}])/gu, (word) =>
    NEGATIONS.has(fold(word.toLocaleLowerCase())) ? word.toLocaleLowerCase() : word,
  );
  return emphasised.replace(/[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+)+/gu, (phrase) => {
    const words = phrase.split(/(\s+)/);
    let out = '';
    let run: string[] = [];
    const flush = () => {
      const tokens = run.filter((part) => !/^\s+$/.test(part));
      const isRun = tokens.length >= 2 && tokens.some((token) => token.replace(/[^\p{L}]/gu, '').length >= 4);
      let index = 0;
      out += run.map((part) => (/^\s+$/.test(part) || !isRun ? part : softenWord(part, index++ === 0))).join('');
      run = [];
    };
    for (const part of words) {
      if (/^\s+$/.test(part)) {
        if (run.length > 0) run.push(part);
        else out += part;
        continue;
      }
      if (CAPS_WORD.test(part)) {
        run.push(part);
        continue;
      }
      // A space that ended the run goes back outside it.
      const trailing = run.length > 0 && /^\s+$/.test(run.at(-1)!) ? run.pop()! : '';
      flush();
      out += trailing + part;
    }
    const trailing = run.length > 0 && /^\s+$/.test(run.at(-1)!) ? run.pop()! : '';
    flush();
    return out + trailing;
  });
}

/** Typed (nearly) all in capitals: its case says nothing of how a name is written. */
export function isShouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((letter) => /\p{Lu}/u.test(letter)).length;
  return letters.length >= 12 && upper / letters.length > 0.85;
}
