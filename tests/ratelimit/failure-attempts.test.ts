import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLimiter } from '@/lib/ratelimit/memory-limiter';
import { createRedisShim } from '@/lib/ratelimit/redis-shim';
import type { FailureRule, RateLimiter } from '@/lib/ratelimit/types';
import { createUpstashLimiter } from '@/lib/ratelimit/upstash-limiter';

// The failure budgets behind password sign-in (reserveAttempt / releaseAttempt / resetAttempts),
// on the in-memory adapter and on Redis through the same adapter production uses for Upstash.

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `pm:rl:test-fail:${Date.now().toString(36)}:${randomUUID().slice(0, 8)}`;
const MINUTE = 60_000;
const DAY_S = 24 * 60 * 60;

// Several connections, so the concurrency test really interleaves commands from different clients.
const connections: Redis[] = [];

beforeAll(async () => {
  for (let i = 0; i < 4; i++) {
    const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (err) {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (${(err as Error).message}); start it or set TEST_REDIS_URL.`);
    }
    connections.push(client);
  }
});

afterAll(async () => {
  const redis = connections[0];
  if (redis?.status === 'ready') {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  }
  for (const c of connections) c.disconnect();
});

/** A clock the test moves by hand. */
function manualClock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}
type Clock = ReturnType<typeof manualClock>;

let instance = 0;
/** Limiters on each connection sharing one prefix: one store seen by several "servers". */
function redisLimiters(clock: Clock): RateLimiter[] {
  const prefix = `${PREFIX}:${++instance}`;
  return connections.map((c) => createUpstashLimiter(createRedisShim(c), 'redis', prefix, clock.now));
}

const adapters = [
  ['memory', (clock: Clock) => [createMemoryLimiter(clock.now)]],
  ['redis (ioredis shim)', redisLimiters],
] as const;

describe.each(adapters)('%s: failure budget with backoff', (_name, make) => {
  const rule: FailureRule = { free: 3, windowSeconds: DAY_S, baseDelaySeconds: 60, maxDelaySeconds: 5 * 60 };

  it('attempts that are released (right passwords) never use the budget', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    for (let i = 0; i < 25; i++) {
      const r = await limiter!.reserveAttempt('ok', rule);
      expect(r.allowed, `attempt ${i + 1}`).toBe(true);
      if (r.allowed) await limiter!.releaseAttempt('ok', r.token);
      clock.advance(1000);
    }
  });

  it('after `free` failures each further one doubles the wait: 1, 2, 4 minutes, then the 5-minute cap', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    const t0 = clock.now();
    for (let i = 0; i < 3; i++) expect((await limiter!.reserveAttempt('k', rule)).allowed).toBe(true);
    const waits: number[] = [];
    for (let round = 0; round < 5; round++) {
      const denied = await limiter!.reserveAttempt('k', rule);
      expect(denied.allowed).toBe(false);
      if (denied.allowed) return;
      waits.push((denied.retryAt - clock.now()) / MINUTE);
      // One millisecond early is still too early; on time is allowed (and is one more failure).
      clock.advance(denied.retryAt - clock.now() - 1);
      expect((await limiter!.reserveAttempt('k', rule)).allowed).toBe(false);
      clock.advance(1);
      expect((await limiter!.reserveAttempt('k', rule)).allowed).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 5, 5]);
    expect(clock.now() - t0).toBe((1 + 2 + 4 + 5 + 5) * MINUTE);
  });

  it('a refused attempt does not extend the wait', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    for (let i = 0; i < 3; i++) await limiter!.reserveAttempt('k', rule);
    const first = await limiter!.reserveAttempt('k', rule);
    for (let i = 0; i < 10; i++) {
      clock.advance(5000);
      const again = await limiter!.reserveAttempt('k', rule);
      expect(again).toEqual(first);
    }
  });

  it('releasing takes back exactly that attempt; reset forgets them all', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    const a = await limiter!.reserveAttempt('k', rule);
    const b = await limiter!.reserveAttempt('k', rule);
    expect(a.allowed && b.allowed).toBe(true);
    if (b.allowed) await limiter!.releaseAttempt('k', b.token);
    const c = await limiter!.reserveAttempt('k', rule);
    expect(c).toMatchObject({ allowed: true, priorFailures: 1 });
    expect((await limiter!.reserveAttempt('k', rule)).allowed).toBe(true);
    expect((await limiter!.reserveAttempt('k', rule)).allowed).toBe(false);
    await limiter!.resetAttempts('k');
    expect(await limiter!.reserveAttempt('k', rule)).toMatchObject({ allowed: true, priorFailures: 0 });
  });

  it('failures leave the window: a wait never outlasts the failures that caused it', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    const shortMemory: FailureRule = { free: 2, windowSeconds: 10 * 60, baseDelaySeconds: 60 * 60, maxDelaySeconds: 60 * 60 };
    const t0 = clock.now();
    await limiter!.reserveAttempt('k', shortMemory);
    clock.advance(MINUTE);
    await limiter!.reserveAttempt('k', shortMemory);
    const denied = await limiter!.reserveAttempt('k', shortMemory);
    // The hour's backoff would end at t0+61 min; the first failure is forgotten at t0+10 min.
    expect(denied).toMatchObject({ allowed: false, retryAt: t0 + 10 * MINUTE, failures: 2 });
    clock.advance(9 * MINUTE);
    expect(await limiter!.reserveAttempt('k', shortMemory)).toMatchObject({ allowed: true, priorFailures: 1 });
  });

  it('keeps keys apart', async () => {
    const clock = manualClock();
    const [limiter] = make(clock);
    for (let i = 0; i < 3; i++) await limiter!.reserveAttempt('a', rule);
    expect((await limiter!.reserveAttempt('a', rule)).allowed).toBe(false);
    expect((await limiter!.reserveAttempt('b', rule)).allowed).toBe(true);
  });

  it('under 60 parallel attempts from several servers, exactly `free` go ahead', async () => {
    const clock = manualClock();
    const limiters = make(clock);
    const wide: FailureRule = { free: 7, windowSeconds: DAY_S, baseDelaySeconds: 600, maxDelaySeconds: 600 };
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => limiters[i % limiters.length]!.reserveAttempt('burst', wide)));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    // Each admitted attempt saw a different count before it: they were serialized, not raced.
    expect(results.flatMap((r) => (r.allowed ? [r.priorFailures] : [])).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('redis: failure budget details', () => {
  it('runs each script by EVALSHA once Redis has it', async () => {
    const clock = manualClock();
    const [limiter] = redisLimiters(clock);
    const rule: FailureRule = { free: 100, windowSeconds: DAY_S, baseDelaySeconds: 60, maxDelaySeconds: 60 };
    await limiter!.reserveAttempt('warm', rule); // may load the script
    let evals = 0;
    const redis = connections[0]!;
    const original = redis.eval.bind(redis);
    redis.eval = ((...args: Parameters<typeof original>) => {
      evals++;
      return original(...args);
    }) as typeof redis.eval;
    try {
      for (let i = 0; i < 5; i++) await limiter!.reserveAttempt('warm', rule);
    } finally {
      redis.eval = original;
    }
    expect(evals).toBe(0);
  });

  it('stores no more than free + 64 failures per key, and expires the key with its window', async () => {
    const clock = manualClock(Date.now());
    const [limiter] = redisLimiters(clock);
    const rule: FailureRule = { free: 1, windowSeconds: 3600, baseDelaySeconds: 1, maxDelaySeconds: 1 };
    for (let i = 0; i < 80; i++) {
      expect((await limiter!.reserveAttempt('many', rule)).allowed).toBe(true);
      clock.advance(1000);
    }
    const key = `${PREFIX}:${instance}:fail:many`;
    expect(await connections[0]!.zcard(key)).toBe(65);
    const ttl = await connections[0]!.pttl(key);
    expect(ttl).toBeGreaterThan(3500_000);
    expect(ttl).toBeLessThanOrEqual(3600_000);
  });
});
