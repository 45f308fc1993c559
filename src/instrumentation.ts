import type { Instrumentation } from 'next';

// Sentry only when SENTRY_DSN is configured; otherwise errors go to the
// console (src/lib/observability.ts). Loaded lazily so the embedded default
// does not pay for the SDK.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // Hosting hours of live sites are metered from boot, not from this instance's first site request.
    const { startSiteTrafficMeter } = await import('@/modules/host/site-traffic-meter');
    startSiteTrafficMeter();
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
