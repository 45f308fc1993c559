import { AlwaysOnSampler, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { RequestSpanProcessor } from './request-spans';

const KEY = Symbol.for('page-magic.request-telemetry');
type Holder = { [KEY]?: SpanProcessor };

/** The processor that turns Next's request spans into log lines and latency metrics (one per process). */
export function requestSpanProcessor(): SpanProcessor {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new RequestSpanProcessor());
}

/**
 * Registers an OpenTelemetry tracer provider so Next.js records its request spans (it records
 * none while the global provider is the no-op one). Sentry, when configured, is told to leave the
 * provider to us (src/instrumentation.ts). Every request is sampled: the spans feed the request
 * log, which must have a line per request whatever a caller's `traceparent` says.
 */
export function startRequestTelemetry(): void {
  const provider = new NodeTracerProvider({ sampler: new AlwaysOnSampler(), spanProcessors: [requestSpanProcessor()] });
  provider.register();
}
