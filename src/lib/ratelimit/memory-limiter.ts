import type { RateLimiter, RateLimitResult, RateLimitRule } from './types';

/**
 * Embedded default: a sliding-window log per key held in this process.
 * Correct for one server process; production uses Redis/Upstash so limits
 * hold across instances.
 */
export function createMemoryLimiter(now: () => number = Date.now): RateLimiter {
  // Each key remembers its own window so a sweep judges it by its own rule.
  const hits = new Map<string, { windowMs: number; times: number[] }>();
  let calls = 0;
  return {
    kind: 'memory',
    async limit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
      const t = now();
      const windowMs = rule.windowSeconds * 1000;
      const recent = (hits.get(key)?.times ?? []).filter((ts) => ts > t - windowMs);
      const success = recent.length < rule.limit;
      if (success) recent.push(t);
      hits.set(key, { windowMs, times: recent });
      // Occasionally drop idle keys so memory stays bounded.
      if (++calls % 1000 === 0) {
        for (const [k, entry] of hits) if (!entry.times.some((ts) => ts > t - entry.windowMs)) hits.delete(k);
      }
      const oldest = recent[0] ?? t;
      return { success, limit: rule.limit, remaining: Math.max(0, rule.limit - recent.length), reset: oldest + windowMs };
    },
  };
}
