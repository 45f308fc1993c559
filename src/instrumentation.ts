import type { Instrumentation } from 'next';

// Sentry only when SENTRY_DSN is configured; otherwise errors go to the
// console (src/lib/observability.ts). Loaded lazily so the embedded default
// does not pay for the SDK.
export async function register() {
  // The edge build drops this branch (a literal NEXT_RUNTIME comparison), so it never bundles the job graph.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.NEXT_PHASE !== 'phase-production-build') (await import('./instrumentation-node')).startEmbeddedJobs();
  }
  // The request log and latency metrics come from Next's request spans (src/lib/telemetry): every
  // request must be recorded, so this provider samples all of them.
  if (process.env.NEXT_RUNTIME === 'nodejs') (await import('@/lib/telemetry/start-request-telemetry')).startRequestTelemetry();
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import('@sentry/nextjs');
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    tracesSampleRate: Number(process.env.SENTRY_TRACES_SAMPLE_RATE ?? 0.1),
    sendDefaultPii: false,
    // The OpenTelemetry provider is ours (above): Sentry's would sample the request spans (10 %)
    // and the request log would lose the other 90 %. Sentry still gets every error, tagged with
    // the request id.
    skipOpenTelemetrySetup: true,
  });
}

// A render that failed: logged with the request id (the one the error page shows and the
// response header carries) and Next's digest, and sent to Sentry tagged with both.
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  const [error, request] = args;
  const requestId = String(request.headers['x-request-id'] ?? '') || undefined;
  const digest = error && typeof error === 'object' && 'digest' in error ? String(error.digest) : undefined;
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getLogger } = await import('@/lib/log');
    getLogger().error({ kind: 'render-error', requestId, digest, route: args[2].routePath }, 'render failed');
  }
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import('@sentry/nextjs');
  Sentry.withScope((scope) => {
    if (requestId) scope.setTag('request_id', requestId);
    if (digest) scope.setTag('digest', digest);
    Sentry.captureRequestError(...args);
  });
};
