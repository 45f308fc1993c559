import { textLangOf, textLangs, type TextLang } from './languages';

/**
 * A visible text in every language the composer writes (see `languages.ts`). Names, numbers
 * and anything else that reads the same everywhere are `Text.same(…)`.
 */
export class Text {
  private constructor(private readonly byLang: Readonly<Record<TextLang, string>>) {}

  static of(byLang: Readonly<Record<TextLang, string>>): Text {
    return new Text({ ...byLang });
  }

  static from(write: (lang: TextLang) => string): Text {
    return new Text(Object.fromEntries(textLangs.map((lang) => [lang, write(lang)])) as Record<TextLang, string>);
  }

  static same(value: string): Text {
    return Text.from(() => value);
  }

  in(lang: TextLang): string {
    return this.byLang[lang];
  }

  get en(): string {
    return this.byLang.en;
  }

  /** The Brazilian Portuguese side. */
  get pt(): string {
    return this.byLang['pt-BR'];
  }

  /**
   * Text for a site locale. A locale the composer writes no language for (fr, de…) gets the
   * English text here; `isWrittenFor` tells the callers that must not let that pass silently.
   */
  for(locale: string): string {
    return this.byLang[textLangOf(locale) ?? 'en'];
  }

  values(): string[] {
    return textLangs.map((lang) => this.byLang[lang]);
  }

  map(change: (text: string, lang: TextLang) => string): Text {
    return Text.from((lang) => change(this.byLang[lang], lang));
  }
}

/** Whether the composer writes a language for this locale (es-MX yes; fr no). */
export function isWrittenFor(locale: string): boolean {
  return textLangOf(locale) !== undefined;
}

export type Vars = Readonly<Record<string, string>>;

/** Replaces `{name}`-style placeholders; unknown ones become '' so no brace reaches a page. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(vars, name) ? vars[name] : ''));
}

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}

export function capitalize(text: string): string {
  // "eSocial", "iPhone", "eBay": a word written with a capital inside keeps its own case.
  if (/^\p{Ll}+\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLocaleUpperCase('pt-BR') + text.slice(1);
}

/**
 * Lowercase without accents, one output character per input UTF-16 unit, so a match position in
 * the folded text is the same position in the original ("São" → "sao").
 */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    // A phone's curly apostrophe ("I’m", "don’t") is the cues' straight one.
    const base = unit === '’' ? "'" : unit.normalize('NFD').charAt(0).toLowerCase();
    // Astral characters are two units; keep the length by padding with spaces.
    out += base.length === unit.length ? base : base.padEnd(unit.length, ' ').slice(0, unit.length);
  }
  return out;
}

/** First sentence of a text (used by "shorter"); keeps the text when it is one sentence. */
export function firstSentence(text: string): string {
  const paragraph = text.split(/\n\s*\n/)[0];
  const match = /^(.+?[.!?…])(\s|$)/.exec(paragraph);
  return (match ? match[1] : paragraph).trim();
}

/** What ends a sentence as people type one: a line's end, or a stop followed by a space. */
export const SENTENCE_STOPS = ['\n', '. ', '! ', '? '] as const;

/**
 * Where the sentence holding position `at` starts: just past the last of `stops` before `at`, or
 * the text's start. A reader passes more stops when its sentence ends earlier ("[" opens a
 * bracketed note; ";" splits a list of hours).
 */
export function sentenceStartAt(text: string, at: number, stops: readonly string[] = SENTENCE_STOPS): number {
  return Math.max(...stops.map((stop) => text.lastIndexOf(stop, at - 1))) + 1;
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of these words, escaped, longest first (so "em até" wins over "em"). */
export function alternationOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * `text` with each span overwritten by spaces, so every later position still points at the same
 * character. With `keepLines`, a span's line breaks stay, so a paragraph or list line set aside
 * does not join what is before and after it into one line.
 */
export function blankSpans(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  { keepLines = false }: { keepLines?: boolean } = {},
): string {
  let out = text;
  for (const { start, end } of spans) {
    const gap = keepLines ? out.slice(start, end).replace(/[^\n]/g, ' ') : ' '.repeat(end - start);
    out = out.slice(0, start) + gap + out.slice(end);
  }
  return out;
}
