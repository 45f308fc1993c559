import { getEnv } from '@/lib/env';
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

export function getRateLimiter(): Promise<RateLimiter> {
  globalForLimiter.__pageMagicLimiter ??= createFromEnv();
  return globalForLimiter.__pageMagicLimiter;
}

export function setRateLimiterForTests(limiter: RateLimiter): void {
  globalForLimiter.__pageMagicLimiter = Promise.resolve(limiter);
}
