import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { setRateLimiterForTests } from '@/lib/ratelimit/get-rate-limiter';
import type { RateLimiter, RateLimitResult } from '@/lib/ratelimit/types';
import { createApiKey } from '@/modules/api/create-api-key';
import { API_KEY_RATE_LIMIT, handleV1Request, type V1Context } from '@/modules/api/handle-v1-request';
import { V1Reply } from '@/modules/api/v1-reply';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';

// When the rate-limit check runs against the route (handle-v1-request.ts): a read starts beside
// the check and its answer is thrown away when the key is refused; a write runs only after the
// limiter said yes; a key refused once is refused from memory until its reset, without its route.
// Real keys in the real database; the limiter is a stub whose answers the test hands out, so what
// is checked is the order of events, never a time.

let handle: DbHandle;
let user: TestUser;
beforeAll(async () => {
  handle = await createTestDb();
  user = await createTestUser(handle);
});
afterAll(async () => {
  await handle.close();
});

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (err: unknown) => void };
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending callback run (the database's replies included), so "not yet" means "not at all so far". */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A limiter whose every answer waits for the test; `events` records when it is asked and answered. */
function heldLimiter(events: string[]) {
  const asked: Array<Deferred<RateLimitResult>> = [];
  let onAsked = deferred<void>();
  const limiter: RateLimiter = {
    kind: 'redis',
    limit: () => {
      events.push('limiter asked');
      const answer = deferred<RateLimitResult>();
      asked.push(answer);
      onAsked.resolve();
      return answer.promise;
    },
    reserveAttempt: () => Promise.reject(new Error('not used by the API')),
    releaseAttempt: () => Promise.reject(new Error('not used by the API')),
    resetAttempts: () => Promise.reject(new Error('not used by the API')),
  };
  setRateLimiterForTests(limiter);
  return {
    asked,
    /** Resolves once the limiter has been asked (the key check in the database comes first). */
    nextAsk: () => onAsked.promise,
    answer(result: RateLimitResult | Error) {
      events.push(result instanceof Error ? 'limiter failed' : result.success ? 'limiter allowed' : 'limiter refused');
      const pending = asked.at(-1)!;
      if (result instanceof Error) pending.reject(result);
      else pending.resolve(result);
      onAsked = deferred<void>();
    },
  };
}

const LIMIT = API_KEY_RATE_LIMIT.limit;
const allowed = (): RateLimitResult => ({ success: true, limit: LIMIT, remaining: LIMIT - 1, reset: Date.now() + 60_000 });
const refused = (resetInMs = 30_000): RateLimitResult => ({ success: false, limit: LIMIT, remaining: 0, reset: Date.now() + resetInMs });

/** A route whose answer waits for the test; `events` records when it starts. */
function heldRoute(events: string[]) {
  const answer = deferred<unknown>();
  let calls = 0;
  const route = (_ctx: V1Context) => {
    calls++;
    events.push('route started');
    return answer.promise;
  };
  return { route, answer, calls: () => calls };
}

const keyFor = async (scopes: ('read' | 'write')[] = ['read', 'write']) =>
  (await createApiKey(user.claims, { name: 'order', scopes, expiresInDays: null })).key;
const requestWith = (key: string, method = 'GET') =>
  new Request('http://app.test/api/v1/leads', {
    method,
    headers: { authorization: `Bearer ${key}`, ...(method === 'GET' || method === 'HEAD' ? {} : { 'content-type': 'application/json' }) },
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }),
  });

const ROUTE_ANSWER = { data: ['the route’s own answer'] };

describe('a read runs beside the rate-limit check', () => {
  it('starts its route before the limiter has answered, and answers 200 once both have', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor()), 'read', route.route);
    await limiter.nextAsk();
    await settle();
    // Sequential code would still be waiting here with the route not started: the limiter has not answered.
    expect(events).toEqual(['limiter asked', 'route started']);
    limiter.answer(allowed());
    route.answer.resolve(ROUTE_ANSWER);
    const r = await response;
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual(ROUTE_ANSWER);
    expect(r.headers.get('ratelimit-remaining')).toBe(String(LIMIT - 1));
  });

  it('answers 429 when the limiter refuses, never the route’s answer, even one already made', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor()), 'read', route.route);
    await limiter.nextAsk();
    route.answer.resolve(ROUTE_ANSWER);
    await settle();
    limiter.answer(refused(30_000));
    const r = await response;
    expect(route.calls()).toBe(1);
    expect(r.status).toBe(429);
    const text = await r.text();
    expect(text).not.toContain('the route’s own answer');
    expect(JSON.parse(text)).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(r.headers.get('ratelimit-remaining')).toBe('0');
    expect(r.headers.get('ratelimit-limit')).toBe(String(LIMIT));
  });

  it('answers 429 without waiting for a slow route, and cancels the stream that route answers with later', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor()), 'read', route.route);
    await limiter.nextAsk();
    limiter.answer(refused());
    // The route has not answered (and never would): the 429 does not wait for it.
    const r = await response;
    expect(r.status).toBe(429);
    let isCancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      cancel: () => {
        isCancelled = true;
      },
    });
    route.answer.resolve(new V1Reply(200, stream, { 'content-type': 'text/event-stream' }));
    await settle();
    expect(isCancelled).toBe(true);
  });

  it('a failing limiter is a 500 problem, as before, whatever the route answered', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor()), 'read', route.route);
    await limiter.nextAsk();
    route.answer.resolve(ROUTE_ANSWER);
    limiter.answer(new Error('Redis is down'));
    const r = await response;
    expect(r.status).toBe(500);
    expect(await r.text()).not.toContain('the route’s own answer');
  });

  it('a route that fails while the limiter is still out is its problem once the limiter allows (no unhandled rejection meanwhile)', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const response = handleV1Request(requestWith(await keyFor()), 'read', () => {
        throw new AppError('VALIDATION', 'errors.common.invalidRequest');
      });
      await limiter.nextAsk();
      // A round trip's worth of event-loop turns with the route's failure not yet awaited.
      for (let i = 0; i < 3; i++) await settle();
      limiter.answer(allowed());
      const r = await response;
      expect(r.status).toBe(400);
      expect(r.headers.get('ratelimit-limit')).toBe(String(LIMIT));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a key without the scope gets its 403 without the route starting', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor(['write'])), 'read', route.route);
    await limiter.nextAsk();
    limiter.answer(allowed());
    expect((await response).status).toBe(403);
    expect(route.calls()).toBe(0);
  });
});

describe('a write waits for the rate-limit check', () => {
  it.each(['POST', 'PATCH', 'PUT', 'DELETE'])('%s: refused → 429 and the route never runs', async (method) => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor(), method), 'write', route.route);
    await limiter.nextAsk();
    await settle();
    expect(events).toEqual(['limiter asked']);
    limiter.answer(refused());
    const r = await response;
    expect(r.status).toBe(429);
    await settle();
    expect(route.calls()).toBe(0);
  });

  it('allowed → the route starts only after the limiter said yes', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const route = heldRoute(events);
    const response = handleV1Request(requestWith(await keyFor(), 'POST'), 'write', route.route);
    await limiter.nextAsk();
    await settle();
    limiter.answer(allowed());
    route.answer.resolve(ROUTE_ANSWER);
    expect((await response).status).toBe(200);
    expect(events).toEqual(['limiter asked', 'limiter allowed', 'route started']);
  });
});

describe('a refused key is refused from memory until its reset', () => {
  it('the next read with that key gets 429 without its route (or the limiter) being called; another key is unaffected', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const key = await keyFor();
    const first = heldRoute(events);
    const response = handleV1Request(requestWith(key), 'read', first.route);
    await limiter.nextAsk();
    limiter.answer(refused(30_000));
    expect((await response).status).toBe(429);

    const again = heldRoute(events);
    const r = await handleV1Request(requestWith(key), 'read', again.route);
    expect(r.status).toBe(429);
    expect(again.calls()).toBe(0);
    expect(limiter.asked).toHaveLength(1);
    // Honest headers: the refusal's own limit, nothing left, the same reset.
    expect(r.headers.get('ratelimit-limit')).toBe(String(LIMIT));
    expect(r.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(r.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(29);
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(await r.json()).toMatchObject({ code: 'RATE_LIMITED' });

    // A write with that key is refused from memory too.
    const write = heldRoute(events);
    expect((await handleV1Request(requestWith(key, 'POST'), 'write', write.route)).status).toBe(429);
    expect(write.calls()).toBe(0);

    const other = heldRoute(events);
    const otherResponse = handleV1Request(requestWith(await keyFor()), 'read', other.route);
    await limiter.nextAsk();
    limiter.answer(allowed());
    other.answer.resolve(ROUTE_ANSWER);
    expect((await otherResponse).status).toBe(200);
    expect(other.calls()).toBe(1);
  });

  it('a refusal whose reset has passed is not remembered: the next request asks the limiter again', async () => {
    const events: string[] = [];
    const limiter = heldLimiter(events);
    const key = await keyFor();
    const first = handleV1Request(requestWith(key), 'read', heldRoute(events).route);
    await limiter.nextAsk();
    limiter.answer(refused(-1));
    expect((await first).status).toBe(429);

    const route = heldRoute(events);
    const second = handleV1Request(requestWith(key), 'read', route.route);
    await limiter.nextAsk();
    limiter.answer(allowed());
    route.answer.resolve(ROUTE_ANSWER);
    expect((await second).status).toBe(200);
    expect(limiter.asked).toHaveLength(2);
  });
});
