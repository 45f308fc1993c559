import { getEnv, type Env } from '@/lib/env';

/**
 * The test-only allow-list: with ANALYZER_TEST_LOOPBACK=1, tests may analyze sites served on
 * loopback (127.0.0.1 and ::1 only, any port). A misconfigured server would otherwise let a stranger
 * make our browser read our own services, so it is refused outright:
 * - when NODE_ENV=production (how `next start` and every deployment run);
 * - when the app has a real database (DATABASE_URL): every deployment has one, and test runs use
 *   the embedded database or their own (TEST_DATABASE_URL). So even a deployment started by
 *   mistake with NODE_ENV=test and the flag set keeps refusing.
 * The check reads the environment at run time (getEnv parses process.env whole, which the build
 * does not inline): the end-to-end spec's own test-mode server runs the same production build.
 */
export function isTestLoopbackAllowed(env: Pick<Env, 'NODE_ENV' | 'ANALYZER_TEST_LOOPBACK' | 'DATABASE_URL'> = getEnv()): boolean {
  if (env.NODE_ENV === 'production') return false;
  if (env.DATABASE_URL) return false;
  return env.ANALYZER_TEST_LOOPBACK === '1';
}
