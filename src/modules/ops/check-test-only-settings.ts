import type { Env } from '@/lib/env';
import { ok, problem, skipped, type CheckResult } from './doctor-check';

/**
 * Variables that exist for the test suite's stand-ins and loopback receivers. Set on a real
 * deployment they point payments, CRM or photos at a fake, or open loopback to user-given URLs.
 */
export const TEST_ONLY_VARIABLES = [
  'TEST_DATABASE_URL',
  'STRIPE_API_BASE',
  'CRUX_API_URL',
  'VERCEL_API_URL',
  'HUBSPOT_API_URL',
  'UNSPLASH_API_URL',
  'NFEIO_API_URL',
  'ANALYZER_TEST_LOOPBACK',
  'WEBHOOKS_TEST_LOOPBACK',
  'PUSH_TEST_SERVICE',
] as const satisfies readonly (keyof Env)[];

export function checkTestOnlySettings(
  env: Partial<Pick<Env, (typeof TEST_ONLY_VARIABLES)[number] | 'DATABASE_URL' | 'RATE_LIMIT_SCALE'>>,
): CheckResult {
  const name = 'test-only settings';
  if (!env.DATABASE_URL) return skipped(name, 'embedded database: test settings are allowed');
  const set: string[] = TEST_ONLY_VARIABLES.filter((key) => {
    const value = env[key];
    return value !== undefined && value !== '' && value !== '0';
  });
  if (env.RATE_LIMIT_SCALE !== undefined && env.RATE_LIMIT_SCALE !== 1) set.push('RATE_LIMIT_SCALE');
  return set.length ? problem(name, `set on a real database, though they are for tests only: ${set.join(', ')}`) : ok(name, 'none set');
}
