import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { AlwaysOnSampler, BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { getEnv } from '@/lib/env';
import { RequestSpanProcessor } from './request-spans';

const KEY = Symbol.for('page-magic.request-telemetry');
type Holder = { [KEY]?: SpanProcessor };

/** The processor that turns Next's request spans into log lines and latency metrics (one per process). */
export function requestSpanProcessor(): SpanProcessor {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= new RequestSpanProcessor());
}

/**
 * Where spans go besides the request log: over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT
 * is set — a collector, Tempo, or Langfuse, whose model-call spans carry the `gen_ai.*`
 * attributes it reads. The exporter takes the endpoint and OTEL_EXPORTER_OTLP_HEADERS from the
 * environment itself (and appends `/v1/traces`). Batched: exporting never delays a request.
 */
export function traceExportProcessors(env: { OTEL_EXPORTER_OTLP_ENDPOINT?: string } = getEnv()): SpanProcessor[] {
  return env.OTEL_EXPORTER_OTLP_ENDPOINT ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [];
}

/**
 * Registers an OpenTelemetry tracer provider so Next.js records its request spans (it records
 * none while the global provider is the no-op one), and so do the app's own spans (generation,
 * publish: with-span.ts). Sentry, when configured, is told to leave the provider to us
 * (src/instrumentation.ts). Every request is sampled: the spans feed the request log, which must
 * have a line per request whatever a caller's `traceparent` says.
 */
export function startRequestTelemetry(): void {
  const provider = new NodeTracerProvider({
    sampler: new AlwaysOnSampler(),
    spanProcessors: [requestSpanProcessor(), ...traceExportProcessors()],
  });
  provider.register();
}
