/**
 * Cleans strings a model produced before they enter a site document. Model
 * output is data, not markup: the renderer escapes everything anyway, this is
 * defence in depth (and keeps invisible characters and runaway lengths out of
 * titles, slugs and meta tags).
 */

export interface SanitizeOptions {
  /** Maximum length in code points; longer text is cut (at a word boundary when one is near). */
  maxLength?: number;
  /** Keep line breaks (collapsed to at most one blank line); otherwise all whitespace becomes single spaces. */
  multiline?: boolean;
  /** Append "…" when cut. Default true. */
  ellipsis?: boolean;
}

export const DEFAULT_MAX_LENGTH = 2_000;

// C0/C1 control characters except tab, line feed and carriage return (handled as whitespace).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Zero-width and invisible formatting characters, bidi overrides/isolates (used to
// disguise text, "Trojan Source" style), soft hyphen, BOM, interlinear annotations.
const INVISIBLE_CHARS =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0D\uFEFF\uFFA0\uFFF9-\uFFFB]/g;
// The zero-width joiner and emoji variation selectors build emoji ("👩‍🍳", "❤️");
// they are kept only in that role.
const STRAY_EMOJI_JOINERS = /\u200D(?!\p{Extended_Pictographic})|(?<!\p{Extended_Pictographic})[\uFE0E\uFE0F]/gu;
// Unpaired UTF-16 surrogates cannot be encoded as UTF-8 and break JSON consumers.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Whole elements whose content is never text a visitor should see.
const DANGEROUS_ELEMENTS = /<(script|style|iframe|object|embed|template|noscript|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Tags, comments (also unclosed), doctype, CDATA, processing instructions. An
// unclosed "<b and more" is left alone: it is as likely to be prose ("a<b"),
// and the renderer escapes it.
const TAGS = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?/]?[A-Za-z][^<>]*>/g;

function cutToLength(text: string, maxLength: number, ellipsis: boolean): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  const room = ellipsis ? Math.max(0, maxLength - 1) : maxLength;
  let cut = codePoints.slice(0, room).join('');
  // Prefer ending on a word boundary when it costs at most 20% of the budget.
  const lastSpace = cut.search(/\s\S*$/);
  if (lastSpace > room * 0.8) cut = cut.slice(0, lastSpace);
  cut = cut.trimEnd();
  return ellipsis ? `${cut}…` : cut;
}

export function sanitizeText(input: unknown, options: SanitizeOptions = {}): string {
  if (input === null || input === undefined) return '';
  let text = typeof input === 'string' ? input : String(input);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;

  // Bound the regex work below: anything past a few times the cap is cut anyway.
  if (text.length > maxLength * 4 + 1_000) text = text.slice(0, maxLength * 4 + 1_000);
  text = text.normalize('NFC');
  text = text.replace(LONE_SURROGATES, '').replace(INVISIBLE_CHARS, '').replace(STRAY_EMOJI_JOINERS, '').replace(CONTROL_CHARS, '');
  // Removing tags can join pieces into a new tag ("<scr<b>ipt>"), so repeat until stable.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(DANGEROUS_ELEMENTS, '').replace(TAGS, '');
  }

  if (options.multiline) {
    text = text
      .replace(/\r\n?/g, '\n')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n');
  } else {
    text = text.replace(/\s+/g, ' ');
  }
  text = text.trim();
  return cutToLength(text, maxLength, options.ellipsis ?? true);
}

type Sanitized<T> = T extends string
  ? string
  : T extends Array<infer U>
    ? Array<Sanitized<U>>
    : T extends object
      ? { [K in keyof T]: Sanitized<T[K]> }
      : T;

/**
 * Applies sanitizeText to every string inside a JSON-like value (objects and
 * arrays are copied). `limits` gives per-key options, e.g. { title: { maxLength: 80 } };
 * keys not listed get `defaults`.
 */
export function sanitizeDeep<T>(value: T, limits: Record<string, SanitizeOptions> = {}, defaults: SanitizeOptions = {}): Sanitized<T> {
  function walk(node: unknown, key: string | undefined): unknown {
    if (typeof node === 'string') {
      const keyOptions = key !== undefined && Object.hasOwn(limits, key) ? limits[key] : undefined;
      return sanitizeText(node, keyOptions ?? defaults);
    }
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = walk(v, k);
      return out;
    }
    return node;
  }
  return walk(value, undefined) as Sanitized<T>;
}
