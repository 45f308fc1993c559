/**
 * Keys for concurrency, throttling and idempotency are expressions over the event, in Inngest's
 * expression language (CEL). The embedded engine evaluates the subset our jobs use — event paths,
 * string literals and `+` — and `defineJob` refuses anything else at start-up, so a job can never
 * rely on an expression only one adapter understands.
 *
 *   event.data.host
 *   event.data.userId + "-" + event.data.projectId
 *   "lighthouse"
 *
 * Written here rather than pulling in a CEL library: the subset is three productions, and a full
 * CEL engine would be the larger risk (a second interpretation of expressions Inngest never sees).
 */
type Term = { kind: 'path'; path: string[] } | { kind: 'literal'; value: string };

const PATH = /^event(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const LITERAL = /^"((?:[^"\\]|\\.)*)"$/;

export function parseKeyExpression(expression: string): Term[] {
  const terms = splitTerms(expression);
  if (terms.length === 0) throw new Error(`Empty key expression: ${JSON.stringify(expression)}`);
  return terms.map((raw) => {
    const text = raw.trim();
    const literal = LITERAL.exec(text);
    if (literal) return { kind: 'literal', value: JSON.parse(`"${literal[1]}"`) as string };
    if (PATH.test(text)) return { kind: 'path', path: text.split('.').slice(1) };
    throw new Error(`Unsupported key expression ${JSON.stringify(expression)}: use event paths, "literals" and +`);
  });
}

/** Splits on `+` outside string literals. */
function splitTerms(expression: string): string[] {
  const terms: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i]!;
    if (inString && ch === '\\') {
      current += ch + (expression[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') inString = !inString;
    if (ch === '+' && !inString) {
      terms.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (inString) throw new Error(`Unterminated string in key expression ${JSON.stringify(expression)}`);
  terms.push(current);
  return terms.filter((t) => t.trim() !== '');
}

/** The key for one event. A missing path is an empty string, as a CEL null concatenates in Inngest. */
export function evaluateKeyExpression(expression: string, event: { name: string; data: unknown }): string {
  return parseKeyExpression(expression)
    .map((term) => {
      if (term.kind === 'literal') return term.value;
      let value: unknown = event;
      for (const part of term.path) {
        value =
          value !== null && typeof value === 'object' && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
      }
      return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    })
    .join('');
}
