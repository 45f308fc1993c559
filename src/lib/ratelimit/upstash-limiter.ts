import { Ratelimit } from '@upstash/ratelimit';
import type { RateLimiter, RateLimitResult, RateLimitRule } from './types';

/** The subset of @upstash/redis that @upstash/ratelimit calls for its sliding window. */
export type RatelimitRedis = ConstructorParameters<typeof Ratelimit>[0]['redis'];

/**
 * Production adapter: @upstash/ratelimit's sliding window on Upstash Redis
 * (REST), or on any Redis through `createRedisShim` (ioredis). One Ratelimit
 * instance per rule, created lazily.
 */
export function createUpstashLimiter(redis: RatelimitRedis, kind: 'redis' | 'upstash', prefix = 'pm:rl'): RateLimiter {
  const byRule = new Map<string, Ratelimit>();
  return {
    kind,
    async limit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
      const ruleKey = `${rule.limit}/${rule.windowSeconds}`;
      let limiter = byRule.get(ruleKey);
      if (!limiter) {
        limiter = new Ratelimit({
          redis,
          limiter: Ratelimit.slidingWindow(rule.limit, `${rule.windowSeconds} s`),
          prefix: `${prefix}:${ruleKey}`,
          analytics: false,
        });
        byRule.set(ruleKey, limiter);
      }
      const r = await limiter.limit(key);
      return { success: r.success, limit: r.limit, remaining: r.remaining, reset: r.reset };
    },
  };
}
