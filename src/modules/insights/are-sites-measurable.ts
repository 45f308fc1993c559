import { getEnv, type Env } from '@/lib/env';
import { isTestLoopbackAllowed } from '@/modules/analyzer/test-loopback';

const LOOPBACK_HOST = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i;

/**
 * Whether the sites this installation publishes can be performance-tested: not when they are
 * served on this computer only (ROOT_DOMAIN on localhost or a loopback address), unless tests
 * allow loopback analysis (isTestLoopbackAllowed).
 */
export function areSitesMeasurable(env: Pick<Env, 'ROOT_DOMAIN' | 'NODE_ENV' | 'ANALYZER_TEST_LOOPBACK' | 'DATABASE_URL'> = getEnv()) {
  const host = env.ROOT_DOMAIN.trim().replace(/:\d+$/, '').replace(/\.$/, '');
  return !LOOPBACK_HOST.test(host) || isTestLoopbackAllowed(env);
}
