// Model output arrives wrapped in prose or code fences, and a stream can stop mid-value. This
// recovers the longest prefix that is valid JSON by closing what was open at the last point
// where a value had just completed. It never evaluates anything and runs in one linear pass.

type Frame = { kind: '{' | '['; state: 'key' | 'colon' | 'value' | 'comma' };

const CLOSERS = { '{': '}', '[': ']' } as const;
const PRIMITIVE = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stripWrapping(text: string): string {
  const fenced = /```(?:json|JSON)?\s*\n([\s\S]*?)(?:```|$)/.exec(text);
  const body = fenced ? fenced[1] : text;
  const start = body.search(/[{[]/);
  return start < 0 ? '' : body.slice(start).replace(/^\uFEFF/, '');
}

/** Parses JSON text leniently; `undefined` when nothing usable is found. */
export function parseLooseJson(text: string): unknown {
  const body = stripWrapping(text);
  if (body === '') return undefined;
  const direct = tryParse(body);
  if (direct !== undefined) return direct;

  const stack: Frame[] = [];
  let lastSafe: { end: number; closers: string } | undefined;
  let inString = false;
  let isEscaped = false;
  let isKeyString = false;
  let primitiveStart = -1;

  const closersNow = () => stack.map((frame) => CLOSERS[frame.kind]).reverse().join('');
  const valueDone = (end: number) => {
    const frame = stack[stack.length - 1];
    if (frame) frame.state = 'comma';
    lastSafe = { end, closers: closersNow() };
  };
  // Returns false when the bare token is not JSON (e.g. unquoted prose): stop trusting the rest.
  const finishPrimitive = (end: number): boolean => {
    if (primitiveStart < 0) return true;
    const token = body.slice(primitiveStart, end);
    primitiveStart = -1;
    if (!PRIMITIVE.test(token)) return false;
    valueDone(end);
    return true;
  };

  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (inString) {
      if (isEscaped) isEscaped = false;
      else if (char === '\\') isEscaped = true;
      else if (char === '"') {
        inString = false;
        if (isKeyString) stack[stack.length - 1].state = 'colon';
        else valueDone(index + 1);
      }
      continue;
    }
    if (/\s/.test(char) || char === ',' || char === '}' || char === ']' || char === ':') {
      if (!finishPrimitive(index)) break;
    }
    const frame = stack[stack.length - 1];
    if (char === '"') {
      inString = true;
      isKeyString = frame?.kind === '{' && frame.state === 'key';
    } else if (char === '{' || char === '[') {
      stack.push({ kind: char, state: char === '{' ? 'key' : 'value' });
      lastSafe = { end: index + 1, closers: closersNow() };
    } else if (char === '}' || char === ']') {
      stack.pop();
      if (stack.length === 0) return tryParse(body.slice(0, index + 1));
      valueDone(index + 1);
    } else if (char === ':') {
      if (frame) frame.state = 'value';
    } else if (char === ',') {
      if (frame) frame.state = frame.kind === '{' ? 'key' : 'value';
    } else if (!/\s/.test(char) && primitiveStart < 0) {
      primitiveStart = index;
    }
  }
  if (!lastSafe) return undefined;
  return tryParse(body.slice(0, lastSafe.end) + lastSafe.closers);
}
