import type { RateLimitResult } from './types';

/** How many refused keys a process remembers at most (~150 bytes each). */
export const REFUSAL_CACHE_MAX_KEYS = 10_000;

export type RefusalCache = {
  /** The refusal remembered for `key` while its reset is still ahead, else undefined. */
  get(key: string): RateLimitResult | undefined;
  /** Remembers a refusal until its reset; a success or a reset already past is ignored. */
  remember(key: string, result: RateLimitResult): void;
  readonly size: number;
};

/**
 * Refusals this process has seen, by limiter key, until their reset — @upstash/ratelimit's
 * `ephemeralCache`, kept in front of every limiter (memory, Redis, Upstash). While a key is
 * refused, the limiter is not asked again: a refused request is not counted by either adapter, so
 * the count stays what it was, and the answer could only be no until `reset` — the memory limiter
 * frees its first slot exactly then, and the sliding window's reset is the one the refusal's
 * Retry-After already named. The headers stay honest: the refusal's own limit, nothing remaining,
 * the same reset.
 *
 * Bounded: a key is forgotten when it is read past its reset, and when `maxKeys` are remembered
 * the oldest refusal goes first (a Map keeps insertion order), so keys an attacker picks (an IP,
 * an email) cost at most `maxKeys` entries. Forgetting one only means asking the limiter again.
 */
export function createRefusalCache(maxKeys = REFUSAL_CACHE_MAX_KEYS, now: () => number = () => Date.now()): RefusalCache {
  const refusals = new Map<string, RateLimitResult>();
  return {
    get(key) {
      const refusal = refusals.get(key);
      if (!refusal) return undefined;
      if (refusal.reset > now()) return refusal;
      refusals.delete(key);
      return undefined;
    },
    remember(key, result) {
      if (result.success || !(result.reset > now())) return;
      refusals.delete(key);
      if (refusals.size >= maxKeys) refusals.delete(refusals.keys().next().value!);
      refusals.set(key, { success: false, limit: result.limit, remaining: 0, reset: result.reset });
    },
    get size() {
      return refusals.size;
    },
  };
}
