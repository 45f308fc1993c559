/**
 * Lenient JSON reading for model output that is almost JSON: code fences,
 * prose around the document, trailing or missing commas, single quotes,
 * unquoted keys, comments, Python literals, and documents cut off mid-way
 * (open strings, objects and arrays are closed; a dangling key is dropped).
 *
 * It is a tolerant recursive-descent parser rather than a text rewriter, so
 * the result is always well-formed; anything it cannot make sense of is a
 * failure, not a guess. Schema validation still decides whether the value is
 * usable.
 */

export type LenientParseResult = { ok: true; value: unknown; repaired: boolean } | { ok: false; reason: string };

/** The input ended inside this value: the caller drops it (and its key). */
class Incomplete extends Error {}
/** The input is not JSON-like at this point. */
class Invalid extends Error {}

function stripCodeFences(text: string): string {
  const fence = text.indexOf('```');
  if (fence === -1) return text;
  const afterFence = text.indexOf('\n', fence);
  if (afterFence === -1) return '';
  const closing = text.indexOf('```', afterFence);
  return closing === -1 ? text.slice(afterFence + 1) : text.slice(afterFence + 1, closing);
}

class LenientParser {
  private i = 0;
  constructor(private readonly s: string) {}

  get atEnd(): boolean {
    return this.i >= this.s.length;
  }

  skipWhitespaceAndComments(): void {
    for (;;) {
      while (!this.atEnd && /\s/.test(this.s[this.i])) this.i++;
      if (this.s.startsWith('//', this.i)) {
        const end = this.s.indexOf('\n', this.i);
        this.i = end === -1 ? this.s.length : end + 1;
      } else if (this.s.startsWith('/*', this.i)) {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end === -1 ? this.s.length : end + 2;
      } else {
        return;
      }
    }
  }

  parseValue(): unknown {
    this.skipWhitespaceAndComments();
    if (this.atEnd) throw new Incomplete();
    const c = this.s[this.i];
    if (c === '{') return this.parseObject();
    if (c === '[') return this.parseArray();
    if (c === '"' || c === "'") return this.parseString();
    if (c === '-' || (c >= '0' && c <= '9')) return this.parseNumber();
    return this.parseLiteral();
  }

  private parseObject(): Record<string, unknown> {
    this.i++; // {
    const result: Record<string, unknown> = {};
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.atEnd) return result;
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return result;
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      let key: string;
      if (c === '"' || c === "'") {
        key = this.parseString();
        // A key at the very end of the input carries no value: drop it.
        if (this.atEnd) return result;
      } else if (/[A-Za-z_$]/.test(c)) {
        const match = /[A-Za-z_$][\w$-]*/y;
        match.lastIndex = this.i;
        key = match.exec(this.s)![0];
        this.i += key.length;
      } else {
        throw new Invalid(`unexpected ${JSON.stringify(c)} where a key was expected`);
      }
      this.skipWhitespaceAndComments();
      if (this.atEnd) return result;
      if (this.s[this.i] !== ':') throw new Invalid(`missing ':' after key ${JSON.stringify(key)}`);
      this.i++;
      try {
        result[key] = this.parseValue();
      } catch (error) {
        if (error instanceof Incomplete) return result;
        throw error;
      }
      this.skipWhitespaceAndComments();
      if (this.atEnd) return result;
      const next = this.s[this.i];
      // A missing comma between members ("a": 1 "b": 2) is tolerated.
      if (next !== ',' && next !== '}' && next !== '"' && next !== "'") {
        throw new Invalid(`unexpected ${JSON.stringify(next)} after a member`);
      }
    }
  }

  private parseArray(): unknown[] {
    this.i++; // [
    const result: unknown[] = [];
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.atEnd) return result;
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return result;
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      try {
        result.push(this.parseValue());
      } catch (error) {
        if (error instanceof Incomplete) return result;
        throw error;
      }
      this.skipWhitespaceAndComments();
      if (this.atEnd) return result;
      const next = this.s[this.i];
      if (next !== ',' && next !== ']' && !/["'{[\-\d]/.test(next)) {
        throw new Invalid(`unexpected ${JSON.stringify(next)} after an array item`);
      }
    }
  }

  private parseString(): string {
    const quote = this.s[this.i];
    this.i++;
    let out = '';
    while (!this.atEnd) {
      const c = this.s[this.i];
      if (c === quote) {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const esc = this.s[this.i + 1];
        if (esc === undefined) {
          this.i++;
          return out;
        }
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" };
        if (esc === 'u') {
          const hex = this.s.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            // A \u escape cut off by the end of input is dropped with the rest.
            if (this.i + 6 > this.s.length) {
              this.i = this.s.length;
              return out;
            }
            throw new Invalid('bad unicode escape');
          }
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
          continue;
        }
        out += simple[esc] ?? esc;
        this.i += 2;
        continue;
      }
      out += c; // raw newlines and tabs inside strings are kept as text
      this.i++;
    }
    return out; // unterminated: keep what arrived
  }

  private parseNumber(): number {
    const pattern = /-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?/y;
    pattern.lastIndex = this.i;
    const raw = pattern.exec(this.s)![0];
    this.i += raw.length;
    const value = Number(raw.replace(/[eE][+-]?$/, '').replace(/\.$/, ''));
    if (raw === '-' || raw === '' || Number.isNaN(value)) {
      if (this.atEnd) throw new Incomplete();
      throw new Invalid(`bad number ${JSON.stringify(raw)}`);
    }
    return value;
  }

  private parseLiteral(): boolean | null {
    const match = /[A-Za-z]+/y;
    match.lastIndex = this.i;
    const word = match.exec(this.s)?.[0];
    if (!word) throw new Invalid(`unexpected ${JSON.stringify(this.s[this.i])}`);
    const literals: Record<string, boolean | null> = { true: true, false: false, null: null, True: true, False: false, None: null };
    if (word in literals) {
      this.i += word.length;
      return literals[word];
    }
    const isPrefixAtEnd = this.i + word.length >= this.s.length && Object.keys(literals).some((l) => l.startsWith(word));
    if (isPrefixAtEnd) throw new Incomplete();
    throw new Invalid(`unexpected word ${JSON.stringify(word)}`);
  }
}

export function parseJsonLenient(text: string): LenientParseResult {
  try {
    return { ok: true, value: JSON.parse(text), repaired: false };
  } catch {
    // fall through to the lenient reader
  }
  const body = stripCodeFences(text);
  const start = body.search(/[{[]/);
  if (start === -1) return { ok: false, reason: 'no JSON object or array found' };
  try {
    const value = new LenientParser(body.slice(start)).parseValue();
    return { ok: true, value, repaired: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || error.name : 'unreadable' };
  }
}

/** The repaired document as JSON text, or null when it cannot be read. */
export function repairJson(text: string): string | null {
  const result = parseJsonLenient(text);
  return result.ok ? JSON.stringify(result.value) : null;
}
