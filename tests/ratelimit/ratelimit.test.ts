import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { RATE_LIMITS, enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createRedisShim } from '@/lib/ratelimit/redis-shim';
import type { RateLimiter } from '@/lib/ratelimit/types';
import { createUpstashLimiter } from '@/lib/ratelimit/upstash-limiter';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Unique per run (and per process) so parallel or repeated runs never share counters.
const PREFIX = `pm:rl:test:${Date.now().toString(36)}:${randomUUID().slice(0, 8)}`;
// Upstash's sliding window weights the previous fixed window; a long window
// keeps a boundary from falling inside a ~100 ms test (fresh keys have no
// previous window anyway).
const DAY = 24 * 60 * 60;

let redis: Redis;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => {}); // reported through connect() below
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (${(err as Error).message}). ` +
        'These tests run @upstash/ratelimit against a real Redis: start it (e.g. `redis-server --daemonize yes`) or set TEST_REDIS_URL. CI provides one.',
    );
  }
});

afterAll(async () => {
  if (redis?.status === 'ready') {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    if (keys.length) await redis.del(...keys);
  }
  redis?.disconnect();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

let instance = 0;
function redisLimiter(): RateLimiter {
  // Each limiter gets its own prefix: the library's in-memory block cache is per instance.
  return createUpstashLimiter(createRedisShim(redis), 'redis', `${PREFIX}:${++instance}`);
}

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

describe.each([
  ['memory', () => createMemoryLimiter()],
  ['redis (@upstash/ratelimit through the ioredis shim)', () => redisLimiter()],
] as const)('%s limiter', (_name, make) => {
  it('allows exactly `limit` requests, then denies within the window', async () => {
    const limiter = make();
    const rule = { limit: 5, windowSeconds: DAY };
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await limiter.limit('sign-in:ip:1.2.3.4', rule));
    expect(results.map((r) => r.success)).toEqual([true, true, true, true, true, false, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0, 0]);
    for (const r of results) {
      expect(r.limit).toBe(5);
      expect(r.reset).toBeGreaterThan(Date.now());
      expect(r.reset).toBeLessThanOrEqual(Date.now() + DAY * 1000);
    }
  });

  it('keeps separate keys independent', async () => {
    const limiter = make();
    const rule = { limit: 2, windowSeconds: DAY };
    expect((await limiter.limit('a', rule)).success).toBe(true);
    expect((await limiter.limit('a', rule)).success).toBe(true);
    expect((await limiter.limit('a', rule)).success).toBe(false);
    expect((await limiter.limit('b', rule)).success).toBe(true);
    expect((await limiter.limit('b', rule)).remaining).toBe(0);
    expect((await limiter.limit('c', rule)).success).toBe(true);
  });

  it('under 20 concurrent calls with limit 5, allows exactly 5', async () => {
    const limiter = make();
    const rule = { limit: 5, windowSeconds: DAY };
    const results = await Promise.all(Array.from({ length: 20 }, () => limiter.limit('burst', rule)));
    expect(results.filter((r) => r.success)).toHaveLength(5);
    expect((await limiter.limit('burst', rule)).success).toBe(false);
  });
});

describe('memory limiter (sliding window log, injected clock)', () => {
  it('frees capacity exactly as old hits leave the window', async () => {
    const clock = manualClock();
    const limiter = createMemoryLimiter(clock.now);
    const rule = { limit: 3, windowSeconds: 60 };
    const t0 = clock.now();

    expect((await limiter.limit('k', rule)).success).toBe(true); // t0
    clock.advance(20_000);
    expect((await limiter.limit('k', rule)).success).toBe(true); // t0+20s
    clock.advance(20_000);
    expect((await limiter.limit('k', rule)).success).toBe(true); // t0+40s
    const denied = await limiter.limit('k', rule);
    expect(denied.success).toBe(false);
    // Retry is possible when the oldest hit leaves the window.
    expect(denied.reset).toBe(t0 + 60_000);

    clock.set(t0 + 60_000 - 1);
    expect((await limiter.limit('k', rule)).success).toBe(false);
    clock.set(t0 + 60_000);
    expect((await limiter.limit('k', rule)).success).toBe(true); // the t0 hit expired
    expect((await limiter.limit('k', rule)).success).toBe(false);
    clock.set(t0 + 80_000);
    expect((await limiter.limit('k', rule)).success).toBe(true); // the t0+20s hit expired
  });

  it('denied requests do not extend the block', async () => {
    const clock = manualClock();
    const limiter = createMemoryLimiter(clock.now);
    const rule = { limit: 1, windowSeconds: 10 };
    expect((await limiter.limit('k', rule)).success).toBe(true);
    for (let i = 0; i < 9; i++) {
      clock.advance(1000);
      expect((await limiter.limit('k', rule)).success).toBe(false);
    }
    clock.advance(1000);
    expect((await limiter.limit('k', rule)).success).toBe(true);
  });

  // Pruning must judge each key by its own rule's window: a sweep triggered
  // by a short-window rule must not wipe a long-window key's history
  // (e.g. signUp's 60-minute window swept by a 15-minute signIn call).
  it('forgets idle keys without losing live ones', async () => {
    const clock = manualClock();
    const limiter = createMemoryLimiter(clock.now);
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await limiter.limit('live', rule)).success).toBe(true);
    for (let i = 0; i < 1000; i++) await limiter.limit(`idle-${i}`, { limit: 1, windowSeconds: 1 });
    clock.advance(2000);
    for (let i = 0; i < 1000; i++) await limiter.limit(`other-${i}`, { limit: 1, windowSeconds: 1 });
    expect((await limiter.limit('live', rule)).success).toBe(false);
  });
});

describe('redis limiter (@upstash/ratelimit sliding window)', () => {
  it('weights the previous window: half-way into the next window, half the old hits still count', async () => {
    const limiter = redisLimiter();
    const rule = { limit: 10, windowSeconds: 60 };
    const windowStart = (Math.floor(Date.now() / 60_000) + 100) * 60_000; // a window in the future, aligned
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(windowStart + 1000);
    for (let i = 0; i < 10; i++) expect((await limiter.limit('slide', rule)).success).toBe(true);
    expect((await limiter.limit('slide', rule)).success).toBe(false);

    vi.setSystemTime(windowStart + 60_000 + 30_000); // 50% into the next window
    const allowed = [];
    for (let i = 0; i < 7; i++) allowed.push((await limiter.limit('slide', rule)).success);
    // floor(10 × 0.5) = 5 weighted hits remain, so 5 more are allowed.
    expect(allowed).toEqual([true, true, true, true, true, false, false]);

    vi.setSystemTime(windowStart + 3 * 60_000); // two windows later: everything has expired
    expect((await limiter.limit('slide', rule)).success).toBe(true);
  });

  it('serves limits through EVALSHA once the script is cached, not EVALSHA→NOSCRIPT→EVAL on every call', async () => {
    const limiter = redisLimiter();
    const rule = { limit: 100, windowSeconds: DAY };
    await limiter.limit('warm', rule); // first call may load the script
    const evalSpy = vi.spyOn(redis, 'eval');
    const evalshaSpy = vi.spyOn(redis, 'evalsha');
    for (let i = 0; i < 5; i++) await limiter.limit('warm', rule);
    expect(evalshaSpy).toHaveBeenCalledTimes(5);
    expect(evalSpy).not.toHaveBeenCalled();
  });
});

describe('enforceRateLimit', () => {
  it('passes `limit` attempts, then throws AppError RATE_LIMITED with retryAfterSeconds', async () => {
    setRateLimiterForTests(createMemoryLimiter());
    const subject = `ip:${randomUUID()}`;
    for (let i = 0; i < RATE_LIMITS.magicLink.limit; i++) await enforceRateLimit('magicLink', subject);
    const err = await enforceRateLimit('magicLink', subject).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    const appErr = err as AppError;
    expect(appErr.code).toBe('RATE_LIMITED');
    const retry = appErr.details?.retryAfterSeconds as number;
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThan(RATE_LIMITS.magicLink.windowSeconds - 5);
    expect(retry).toBeLessThanOrEqual(RATE_LIMITS.magicLink.windowSeconds);
    expect(appErr.message).toContain('Try again in 15 minutes.');

    // Another subject, or another rule for the same subject, is unaffected.
    await enforceRateLimit('magicLink', `ip:${randomUUID()}`);
    await enforceRateLimit('passwordReset', subject);
  });

  it('works the same on the Redis limiter', async () => {
    setRateLimiterForTests(redisLimiter());
    const subject = `email:${randomUUID()}@test.local`;
    const rule = { limit: 3, windowSeconds: DAY };
    for (let i = 0; i < 3; i++) await enforceRateLimit('custom', subject, rule);
    const err = await enforceRateLimit('custom', subject, rule).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('RATE_LIMITED');
    const retry = (err as AppError).details?.retryAfterSeconds as number;
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(DAY);
  });

  it('rejects an unknown rule name without an explicit rule', async () => {
    setRateLimiterForTests(createMemoryLimiter());
    await expect(enforceRateLimit('noSuchRule', 'x')).rejects.toThrow(/unknown rate limit rule/);
  });
});
