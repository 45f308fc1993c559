import { SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';

/**
 * The app's own spans (a generation, its plan and section calls; a publish's build, store, check
 * and activate), children of whatever span is active — the request's, or a job step's. With no
 * tracer provider registered (tests, tools) they cost nothing: the API hands out no-op spans.
 */
export function appTracer(): Tracer {
  return trace.getTracer('page-magic');
}

/** Runs `fn` inside an active span named `name`; an error is recorded on the span and rethrown. */
export function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return appTracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      markSpanFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

export function markSpanFailed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** `withSpan` without attributes, for the many small steps a publish and the job engine time. */
export function inSpan<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return withSpan(name, {}, () => fn());
}

/** The same for synchronous work (the pure build and its checks). */
export function inSpanSync<T>(name: string, fn: () => T, attributes: Attributes = {}): T {
  return appTracer().startActiveSpan(name, { attributes }, (span) => {
    try {
      return fn();
    } catch (error) {
      markSpanFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}
