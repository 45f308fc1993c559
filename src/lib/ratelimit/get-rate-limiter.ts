import { getEnv } from '@/lib/env';
import { boundedLabel, getMetrics } from '@/lib/metrics';
import { createMemoryLimiter } from './memory-limiter';
import type { RateLimiter } from './types';

const globalForLimiter = globalThis as typeof globalThis & { __pageMagicLimiter?: Promise<RateLimiter> };

async function createFromEnv(): Promise<RateLimiter> {
  const env = getEnv();
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    const { Redis } = await import('@upstash/redis');
    const { createUpstashLimiter } = await import('./upstash-limiter');
    return createUpstashLimiter(new Redis({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN }), 'upstash');
  }
  if (env.REDIS_URL) {
    const { Redis } = await import('ioredis');
    const { createUpstashLimiter } = await import('./upstash-limiter');
    const { createRedisShim } = await import('./redis-shim');
    return createUpstashLimiter(createRedisShim(new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 })), 'redis');
  }
  return createMemoryLimiter();
}

/**
 * Counts refusals in `pm_rate_limit_refusals_total`, labelled by the rule: the key's first part
 * (`sign-in`, `api-key`, `analyzer`…), a name in the code — the subject after it (an IP, a user,
 * a key id) never becomes a label.
 */
function countingRefusals(limiter: RateLimiter): RateLimiter {
  const refused = (key: string) => getMetrics().rateLimitRefusals.inc({ rule: boundedLabel(key.split(':')[0]) });
  return {
    kind: limiter.kind,
    limit: async (key, rule) => {
      const result = await limiter.limit(key, rule);
      if (!result.success) refused(key);
      return result;
    },
    reserveAttempt: async (key, rule) => {
      const reservation = await limiter.reserveAttempt(key, rule);
      if (!reservation.allowed) refused(key);
      return reservation;
    },
    releaseAttempt: (key, token) => limiter.releaseAttempt(key, token),
    resetAttempts: (key) => limiter.resetAttempts(key),
  };
}

export function getRateLimiter(): Promise<RateLimiter> {
  globalForLimiter.__pageMagicLimiter ??= createFromEnv().then(countingRefusals);
  return globalForLimiter.__pageMagicLimiter;
}

export function setRateLimiterForTests(limiter: RateLimiter): void {
  globalForLimiter.__pageMagicLimiter = Promise.resolve(countingRefusals(limiter));
}
