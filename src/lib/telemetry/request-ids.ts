/**
 * The request id a request's trace carries. The proxy (src/proxy.ts) decides the id — the caller's
 * well-formed `x-request-id`, else a new one — while it runs inside the request's trace; the span
 * processor that writes the request's log line (request-spans.ts) runs when Next ends the render's
 * span, in the same trace but without the request's headers. This map joins the two by trace id.
 *
 * Process-wide on globalThis: the proxy and the instrumentation hook are separate bundles of the
 * same process (Next runs a Node.js proxy in-process). Bounded, so traces whose render never comes
 * (a request cancelled between the two) cannot grow it.
 */
const KEY = Symbol.for('page-magic.request-ids');
const MAX_PENDING = 5_000;

type Holder = { [KEY]?: Map<string, string> };

function pending(): Map<string, string> {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new Map());
}

export function rememberRequestId(traceId: string, requestId: string): void {
  const map = pending();
  if (map.size >= MAX_PENDING) {
    // Oldest first (a Map iterates in insertion order).
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(traceId, requestId);
}

/** The id remembered for this trace (and forgets it: one line per request). */
export function takeRequestId(traceId: string): string | undefined {
  const map = pending();
  const id = map.get(traceId);
  map.delete(traceId);
  return id;
}

/** The id without forgetting it (an error report in the middle of the request). */
export function peekRequestId(traceId: string): string | undefined {
  return pending().get(traceId);
}
