import { getEnv } from '@/lib/env';
import { boundedLabel, getMetrics } from '@/lib/metrics';
import { createMemoryLimiter } from './memory-limiter';
import { createRefusalCache, REFUSAL_CACHE_MAX_KEYS } from './refusal-cache';
import type { RateLimiter, RateLimitResult } from './types';

const globalForLimiter = globalThis as typeof globalThis & { __pageMagicLimiter?: Promise<SharedRateLimiter> };

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
 * The limiter the app uses: a port adapter behind this process's refusal cache
 * (refusal-cache.ts), its refusals counted.
 */
export type SharedRateLimiter = RateLimiter & {
  /**
   * At once, without I/O: the refusal of `key` this process already holds until its reset, or
   * undefined (then ask `limit`). For a caller that must decide before it starts any work — a GET
   * that runs its query beside the limit check (api/handle-v1-request.ts). A refusal it returns
   * is counted like one from `limit`.
   */
  knownRefusal(key: string): RateLimitResult | undefined;
};

/**
 * Refusals are remembered until their reset and answered from memory (`limit` too, so a refused
 * key costs no Redis round trip either), and counted in `pm_rate_limit_refusals_total`, labelled
 * by the rule: the key's first part (`sign-in`, `api-key`, `analyzer`…), a name in the code — the
 * subject after it (an IP, a user, a key id) never becomes a label.
 */
function sharedLimiter(limiter: RateLimiter, now: () => number = () => Date.now()): SharedRateLimiter {
  const refusals = createRefusalCache(REFUSAL_CACHE_MAX_KEYS, now);
  const refused = (key: string) => getMetrics().rateLimitRefusals.inc({ rule: boundedLabel(key.split(':')[0]) });
  const knownRefusal = (key: string) => {
    const refusal = refusals.get(key);
    if (refusal) refused(key);
    return refusal;
  };
  return {
    kind: limiter.kind,
    knownRefusal,
    limit: async (key, rule) => {
      const known = knownRefusal(key);
      if (known) return known;
      const result = await limiter.limit(key, rule);
      if (!result.success) {
        refusals.remember(key, result);
        refused(key);
      }
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

export function getRateLimiter(): Promise<SharedRateLimiter> {
  globalForLimiter.__pageMagicLimiter ??= createFromEnv().then(sharedLimiter);
  return globalForLimiter.__pageMagicLimiter;
}

/** `now`: the clock the limiter's resets are on, when a test gives it one of its own (the refusal cache judges them by it). */
export function setRateLimiterForTests(limiter: RateLimiter, options: { now?: () => number } = {}): void {
  globalForLimiter.__pageMagicLimiter = Promise.resolve(sharedLimiter(limiter, options.now));
}
