import { describe, expect, it } from 'vitest';
import { getRateLimiter, setRateLimiterForTests } from './get-rate-limiter';
import { createMemoryLimiter } from './memory-limiter';
import { createRefusalCache } from './refusal-cache';
import type { RateLimiter, RateLimitResult } from './types';

// The refusal cache on a fake clock, then in front of a limiter as getRateLimiter serves it.
// The API's use of it (a refused key's reads never start their route) is in
// tests/api/v1-rate-limit-order.test.ts.

const refusal = (reset: number, limit = 5): RateLimitResult => ({ success: false, limit, remaining: 0, reset });

describe('refusal cache', () => {
  it('remembers a refusal until its reset, then forgets it', () => {
    let t = 1_000;
    const cache = createRefusalCache(10, () => t);
    cache.remember('api-key:a', refusal(2_000));
    expect(cache.get('api-key:a')).toEqual(refusal(2_000));
    expect(cache.get('api-key:b')).toBeUndefined();
    t = 1_999;
    expect(cache.get('api-key:a')).toBeDefined();
    t = 2_000;
    expect(cache.get('api-key:a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('ignores successes and refusals whose reset is already past', () => {
    const cache = createRefusalCache(10, () => 1_000);
    cache.remember('a', { success: true, limit: 5, remaining: 4, reset: 5_000 });
    cache.remember('b', refusal(1_000));
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, dropping the oldest refusal first', () => {
    const cache = createRefusalCache(3, () => 0);
    for (const key of ['a', 'b', 'c', 'd']) cache.remember(key, refusal(1_000));
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    // Refused again, `b` becomes the newest: `c` is the next to go.
    cache.remember('b', refusal(2_000));
    cache.remember('e', refusal(1_000));
    expect(['b', 'c', 'd', 'e'].filter((key) => cache.get(key))).toEqual(['b', 'd', 'e']);
  });
});

describe('the shared limiter', () => {
  it('answers a refused key from memory (limit and knownRefusal) until the reset, without asking the adapter', async () => {
    const inner = createMemoryLimiter();
    let asked = 0;
    const counting: RateLimiter = { ...inner, limit: (key, rule) => (asked++, inner.limit(key, rule)) };
    setRateLimiterForTests(counting);
    const limiter = await getRateLimiter();
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await limiter.limit('test:k', rule)).success).toBe(true);
    expect(limiter.knownRefusal('test:k')).toBeUndefined();
    const refused = await limiter.limit('test:k', rule);
    expect(refused.success).toBe(false);
    expect(asked).toBe(2);
    expect(await limiter.limit('test:k', rule)).toEqual(refused);
    expect(limiter.knownRefusal('test:k')).toEqual(refused);
    expect(asked).toBe(2);
    expect((await limiter.limit('test:other', rule)).success).toBe(true);
    expect(asked).toBe(3);
  });
});
