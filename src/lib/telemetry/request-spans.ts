import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { logOperation, newRequestId } from '@/lib/log';
import { getMetrics, statusClass } from '@/lib/metrics';
import { takeRequestId } from './request-ids';

/**
 * One log line and one latency observation per app request, from the span Next.js opens around
 * each request (`BaseServer.handleRequest`). Next ends that span when the response is done and
 * sets on it what no proxy can know: the status and the route *pattern* it matched
 * (`next.route`: `/dashboard/projects/[id]`, never the raw path — bounded label cardinality).
 *
 * Next runs two such spans when the proxy lets a request through (one to run the proxy, one to
 * render, in the same trace): only the render's carries `next.route`, so only it is counted.
 * Requests the proxy answers itself (a redirect, a refused server action) are logged by the
 * proxy; published sites are logged by the site server.
 */
const HANDLE_REQUEST = 'BaseServer.handleRequest';

function seconds(span: ReadableSpan): number {
  return span.duration[0] + span.duration[1] / 1e9;
}

export class RequestSpanProcessor implements SpanProcessor {
  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes;
    if (attributes['next.span_type'] !== HANDLE_REQUEST) return;
    const route = attributes['next.route'];
    if (typeof route !== 'string') return;
    const method = typeof attributes['http.method'] === 'string' ? attributes['http.method'] : 'GET';
    const status = typeof attributes['http.status_code'] === 'number' ? attributes['http.status_code'] : 0;
    const durationSeconds = seconds(span);
    // The proxy remembered this trace's id; without it (a route the proxy does not match) the
    // trace id stands in, so the line still joins the request's trace.
    const requestId = takeRequestId(span.spanContext().traceId) ?? (span.spanContext().traceId || newRequestId());
    getMetrics().httpDuration.observe({ route, method, status: statusClass(status) }, durationSeconds);
    logOperation({
      kind: 'request',
      requestId,
      name: route,
      method,
      status,
      outcome: status >= 500 || status === 0 ? 'error' : 'ok',
      durationMs: durationSeconds * 1000,
      ...(attributes['next.rsc'] === true ? { detail: { rsc: true } } : {}),
    });
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
