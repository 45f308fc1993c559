import { jsonrepair } from 'jsonrepair';

/**
 * Lenient JSON for model output that is almost JSON: prose or code fences around it, trailing or
 * missing commas, single quotes, unquoted keys, comments, Python literals, a stream cut off
 * mid-way. The repair itself is `jsonrepair` (a maintained library built for exactly this); this
 * finds the first JSON object or array in the text and insists the result is one. Schema
 * validation still decides whether the value is usable. Never evaluates anything.
 */
export type LenientParseResult = { ok: true; value: unknown; repaired: boolean } | { ok: false; reason: string };

export function parseLenientJson(text: string): LenientParseResult {
  try {
    return { ok: true, value: JSON.parse(text), repaired: false };
  } catch {
    // not plain JSON: find and repair it
  }
  const body = firstJsonValue(text);
  if (body === null) return { ok: false, reason: 'no JSON object or array found' };
  try {
    const value: unknown = JSON.parse(jsonrepair(body));
    if (value === null || typeof value !== 'object') return { ok: false, reason: 'not a JSON object or array' };
    return { ok: true, value, repaired: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'unreadable' };
  }
}

/** The repaired JSON text, or null when there is nothing to repair. */
export function repairJsonText(text: string): string | null {
  const result = parseLenientJson(text);
  return result.ok ? JSON.stringify(result.value) : null;
}

/**
 * The first object or array in `text` (inside the first code fence, if any): up to its matching
 * bracket, or to the end when the text stops before it closes (a truncated stream).
 */
function firstJsonValue(text: string): string | null {
  const fenced = /```[a-zA-Z]*[^\n]*\n([\s\S]*?)(?:```|$)/.exec(text);
  const source = (fenced ? fenced[1]! : text).replace(/^\uFEFF/, '');
  const start = source.search(/[{[]/);
  if (start < 0) return null;
  let depth = 0;
  let inString: string | null = null;
  for (let i = start; i < source.length; i++) {
    const ch = source[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === inString) inString = null;
      continue;
    }
    if (ch === '"' || ch === "'") inString = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  return source.slice(start);
}
