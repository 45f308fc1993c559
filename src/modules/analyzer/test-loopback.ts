import { getEnv } from '@/lib/env';

/**
 * The test-only allow-list: with ANALYZER_TEST_LOOPBACK=1, tests may analyze sites served on
 * loopback (127.0.0.0/8 and ::1, any port). It can never be on when NODE_ENV=production — a
 * misconfigured server would otherwise let a stranger make our browser read our own services.
 */
export function isTestLoopbackAllowed(env: { NODE_ENV: string; ANALYZER_TEST_LOOPBACK?: string } = getEnv()): boolean {
  if (env.NODE_ENV === 'production') return false;
  return env.ANALYZER_TEST_LOOPBACK === '1';
}
