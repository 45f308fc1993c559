import { randomUUID } from 'node:crypto';
import { assertFailureRule, failuresKept, nextAttemptAt } from './failure-backoff';
import type { AttemptReservation, FailureRule, RateLimiter, RateLimitResult, RateLimitRule } from './types';

/**
 * Embedded default: a sliding-window log per key held in this process.
 * Correct for one server process; production uses Redis/Upstash so limits
 * hold across instances. Every method runs to completion without awaiting,
 * so within the process each is atomic, as the Redis scripts are.
 */
export function createMemoryLimiter(now: () => number = () => Date.now()): RateLimiter {
  // Each key remembers its own window so a sweep judges it by its own rule.
  const hits = new Map<string, { windowMs: number; times: number[] }>();
  const failures = new Map<string, { windowMs: number; entries: Array<{ at: number; token: string }> }>();
  let calls = 0;

  // Occasionally drop idle keys so memory stays bounded.
  function sweep(t: number) {
    if (++calls % 1000 !== 0) return;
    for (const [k, entry] of hits) if (!entry.times.some((ts) => ts > t - entry.windowMs)) hits.delete(k);
    for (const [k, entry] of failures) if (!entry.entries.some((e) => e.at > t - entry.windowMs)) failures.delete(k);
  }

  return {
    kind: 'memory',
    async limit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
      const t = now();
      const windowMs = rule.windowSeconds * 1000;
      const recent = (hits.get(key)?.times ?? []).filter((ts) => ts > t - windowMs);
      const success = recent.length < rule.limit;
      if (success) recent.push(t);
      hits.set(key, { windowMs, times: recent });
      sweep(t);
      const oldest = recent[0] ?? t;
      return { success, limit: rule.limit, remaining: Math.max(0, rule.limit - recent.length), reset: oldest + windowMs };
    },

    async reserveAttempt(key: string, rule: FailureRule): Promise<AttemptReservation> {
      assertFailureRule(rule);
      const t = now();
      const windowMs = rule.windowSeconds * 1000;
      const entries = (failures.get(key)?.entries ?? []).filter((e) => e.at > t - windowMs);
      failures.set(key, { windowMs, entries });
      sweep(t);
      const retryAt = nextAttemptAt(
        entries.map((e) => e.at),
        rule,
      );
      if (t < retryAt) return { allowed: false, retryAt, failures: entries.length };
      const token = randomUUID();
      entries.push({ at: t, token });
      entries.sort((a, b) => a.at - b.at);
      entries.splice(0, Math.max(0, entries.length - failuresKept(rule)));
      return { allowed: true, token, priorFailures: entries.length - 1 };
    },

    async releaseAttempt(key: string, token: string): Promise<void> {
      const entry = failures.get(key);
      if (entry) entry.entries = entry.entries.filter((e) => e.token !== token);
    },

    async resetAttempts(key: string): Promise<void> {
      failures.delete(key);
    },
  };
}
