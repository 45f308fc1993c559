import { getEnv } from '@/lib/env';
import { getLogger } from '@/lib/log';

/**
 * Reports an unexpected error: to Sentry when SENTRY_DSN is configured (initialised in
 * instrumentation.ts), and to the structured log (src/lib/log.ts) always. A `requestId` in the
 * context — the id the response header and the error page show — becomes a Sentry tag, so
 * support finds the event from what a person reads out. Never rethrows.
 */
export function reportError(err: unknown, context?: Record<string, unknown>): void {
  const requestId = typeof context?.requestId === 'string' ? context.requestId : undefined;
  try {
    getLogger().error({ err, ...(context ?? {}) }, 'unexpected error');
  } catch {
    // the log must never be why an error report fails
  }
  try {
    if (getEnv().SENTRY_DSN) {
      void import('@sentry/nextjs').then((Sentry) =>
        Sentry.captureException(err, {
          ...(context ? { extra: context } : {}),
          ...(requestId ? { tags: { request_id: requestId } } : {}),
        }),
      );
      return;
    }
  } catch {
    // fall through to the console
  }
  if (process.env.NODE_ENV !== 'test' && !process.env.VITEST && getLogger().level === 'silent')
    console.error('[error]', err, context ?? '');
}
