import { getEnv } from '@/lib/env';

/**
 * Reports an unexpected error: to Sentry when SENTRY_DSN is configured
 * (initialised in instrumentation.ts), else to the console. Never rethrows.
 */
export function reportError(err: unknown, context?: Record<string, unknown>): void {
  try {
    if (getEnv().SENTRY_DSN) {
      void import('@sentry/nextjs').then((Sentry) => Sentry.captureException(err, context ? { extra: context } : undefined));
      return;
    }
  } catch {
    // fall through to the console
  }
  if (process.env.NODE_ENV !== 'test') console.error('[error]', err, context ?? '');
}
