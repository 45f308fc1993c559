/** A visible text in both languages we write. Other locales read the English side. */
export class Text {
  constructor(
    readonly en: string,
    readonly pt: string,
  ) {}

  /**
   * Text for a site locale. Portuguese locales (pt-BR, and pt-PT, which reads Brazilian text more
   * easily than English) get the Portuguese side; every other locale (es, fr…) gets English,
   * because the offline composer has no phrase bank for them — the person can translate later.
   */
  for(locale: string): string {
    return langOf(locale) === 'pt' ? this.pt : this.en;
  }

  map(change: (text: string, lang: Lang) => string): Text {
    return new Text(change(this.en, 'en'), change(this.pt, 'pt'));
  }
}

export type Lang = 'en' | 'pt';

export function langOf(locale: string): Lang {
  return /^pt(-|$)/i.test(locale) ? 'pt' : 'en';
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
  return text.charAt(0).toLocaleUpperCase('pt-BR') + text.slice(1);
}

/**
 * Lowercase without accents, one output character per input UTF-16 unit, so a match position in
 * the folded text is the same position in the original ("São" → "sao").
 */
export function fold(text: string): string {
  let out = '';
  for (const unit of text) {
    const base = unit.normalize('NFD').charAt(0).toLowerCase();
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
