import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';

/**
 * Runs `fn` inside an OpenTelemetry span named `name` (a child of the active span, if any).
 * Through the API only: while no tracer provider is registered (tests, a process without
 * tracing) the span is the API's no-op and costs next to nothing. The serve bench registers an
 * in-memory exporter to print where a publish spends its time (tests/bench/host/publish-timings.ts);
 * an OTLP exporter, when one is configured, sees the same spans.
 */
const tracer = () => trace.getTracer('page-magic');

function ended<T>(span: Span, value: T): T {
  span.end();
  return value;
}

function failed(span: Span, err: unknown): never {
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
  span.end();
  throw err;
}

export function inSpan<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, (span) =>
    fn().then(
      (value) => ended(span, value),
      (err: unknown) => failed(span, err),
    ),
  );
}

/** The same for synchronous work (the pure build). */
export function inSpanSync<T>(name: string, fn: () => T): T {
  return tracer().startActiveSpan(name, (span) => {
    let value: T;
    try {
      value = fn();
    } catch (err) {
      failed(span, err);
    }
    return ended(span, value);
  });
}
