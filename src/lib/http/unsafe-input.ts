/**
 * What no text a person sends may hold, checked once at the boundary (route handlers through
 * guardMutation, server actions through defineAction, the public lead form): before any schema,
 * domain function or query sees it.
 *
 * - NUL: PostgreSQL refuses it in `text` (22021) and as `\u0000` in `jsonb` (22P05); it used to
 *   reach the database and come back as a 500 after part of a request's work was done.
 * - Other C0/C1 control characters (tab, line feed and carriage return excepted): nothing a
 *   person types, only ever a sign of a broken or hostile client, and invisible once stored.
 * - Unpaired UTF-16 surrogates (`"\ud800"` in JSON): not text, no UTF-8 encoding exists; the
 *   drivers would silently store U+FFFD instead.
 * - Nesting deeper than MAX_INPUT_DEPTH: no form or request of ours comes close, and a walk of a
 *   pathological structure (by a schema, a logger, JSON.stringify) could exhaust the stack.
 */
export const MAX_INPUT_DEPTH = 32;

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnsafeInputReason = 'control-character' | 'lone-surrogate' | 'too-deep';
export type UnsafeInput = { path: (string | number)[]; reason: UnsafeInputReason };

function textProblem(text: string): UnsafeInputReason | null {
  if (CONTROL_CHARACTER.test(text)) return 'control-character';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return null;
}

/** Whether one string is safe to store: no control characters (but tab and line breaks), no lone surrogates. */
export function isSafeText(text: string): boolean {
  return textProblem(text) === null;
}

/**
 * The first unsafe string (a value or an object key) in `input`, or its first place deeper than
 * `maxDepth`, with its path; null when all is well. Walks plain data, arrays and FormData (the
 * shapes a request body or an action's argument takes); other values are left to the schema.
 * Iterative, so a hostile nesting cannot overflow the stack here either; linear in the input's size.
 */
export function findUnsafeInput(input: unknown, maxDepth = MAX_INPUT_DEPTH): UnsafeInput | null {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value: input, path: [] }];
  // A decoded server-action argument may share objects or even be cyclic (React's reply format
  // has references): each object is looked at once, so `{ a: x, b: x }` nested 32 times is not 2³² steps.
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const reason = textProblem(value);
      if (reason) return { path, reason };
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (path.length >= maxDepth) return { path, reason: 'too-deep' };
    const entries: Array<[string | number, unknown]> =
      value instanceof FormData
        ? [...value.entries()]
        : Array.isArray(value)
          ? value.map((item, index) => [index, item])
          : isPlainObject(value)
            ? Object.entries(value)
            : [];
    for (const [key, item] of entries) {
      if (typeof key === 'string') {
        const reason = textProblem(key);
        if (reason) return { path: [...path, key], reason };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
