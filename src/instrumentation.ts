import type { Instrumentation } from 'next';

// Sentry only when SENTRY_DSN is configured; otherwise errors go to the
// console (src/lib/observability.ts). Loaded lazily so the embedded default
// does not pay for the SDK.
export async function register() {
  // The edge build drops this branch (a literal NEXT_RUNTIME comparison), so it never bundles the job graph.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.NEXT_PHASE !== 'phase-production-build') (await import('./instrumentation-node')).startEmbeddedJobs();
  }
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import('@sentry/nextjs');
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    tracesSampleRate: Number(process.env.SENTRY_TRACES_SAMPLE_RATE ?? 0.1),
    sendDefaultPii: false,
  });
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (!process.env.SENTRY_DSN) return;
  const Sentry = await import('@sentry/nextjs');
  Sentry.captureRequestError(...args);
};
