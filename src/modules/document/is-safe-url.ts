// The single URL policy for everything a site document can point at (links, images, social
// image, JSON-LD). It runs in the schema (so bad URLs never get stored) and again in the
// renderer (so a document that skipped validation still cannot produce a dangerous href).

const MAX_URL_LENGTH = 2048;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'sms']);
const RELATIVE_PREFIXES = ['/', './', '#', '?'];

// Whitespace, C0/C1 controls and invisible format characters. Browsers strip or ignore many of
// these inside a scheme (`java\tscript:`), so a URL containing any of them is refused outright
// rather than "cleaned": a legitimate URL encodes spaces as %20.
const INVISIBLE_OR_CONTROL = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  amp: '&',
  lpar: '(',
  rpar: ')',
  period: '.',
  num: '#',
  quest: '?',
};

/** Decodes the HTML entity and percent-encoding tricks used to smuggle a scheme past filters. */
function decodeObfuscation(value: string): string {
  let current = value;
  // Repeat because attackers nest encodings (`&amp;#106;`, `%26%23106;`); a small fixed bound
  // keeps this linear on hostile input.
  for (let round = 0; round < 4; round += 1) {
    let next = current
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeFromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_, dec: string) => safeFromCodePoint(parseInt(dec, 10)))
      .replace(/&([a-z]+);?/gi, (match, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? match);
    try {
      next = decodeURIComponent(next);
    } catch {
      // Malformed percent-encoding: keep what we have; the scheme check still runs on it.
    }
    if (next === current) break;
    current = next;
  }
  return current;
}

function safeFromCodePoint(codePoint: number): string {
  return Number.isFinite(codePoint) && codePoint >= 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}

/** The scheme of a URL (lower case, without ':'), or null for a relative reference. */
function schemeOf(value: string): string | null {
  const match = /^([^/?#]*?):/.exec(value);
  return match ? match[1].toLowerCase() : null;
}

/**
 * True when `value` is an http(s), mailto or tel URL, or a relative reference starting with
 * `/`, `./`, `#` or `?`. Everything else — other schemes, protocol-relative `//host`,
 * backslashes, whitespace and entity- or percent-encoded schemes — is refused.
 */
export function isSafeUrl(value: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return false;
  if (INVISIBLE_OR_CONTROL.test(value) || value.includes('\\')) return false;

  const decoded = decodeObfuscation(value);
  // Anything that only looks harmless before decoding is an obfuscation attempt.
  if (INVISIBLE_OR_CONTROL.test(decoded) || decoded.includes('\\')) return false;
  const decodedScheme = schemeOf(decoded);
  if (decodedScheme !== null && !ALLOWED_SCHEMES.has(decodedScheme)) return false;

  const scheme = schemeOf(value);
  if (scheme === null) {
    if (value.startsWith('//')) return false;
    return RELATIVE_PREFIXES.some((prefix) => value.startsWith(prefix));
  }
  if (!ALLOWED_SCHEMES.has(scheme)) return false;
  const rest = value.slice(scheme.length + 1);
  if (scheme === 'http' || scheme === 'https') return /^\/\/[^/?#@]+(?:[/?#]|$)/.test(rest);
  if (scheme === 'mailto') return /^[^@]+@[^@]+$/.test(rest.split('?')[0]);
  return /^\+?[0-9().-]{3,32}$/.test(rest);
}
