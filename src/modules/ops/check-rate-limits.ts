import type { Env } from '@/lib/env';
import { describeFailure, ok, printableOrigin, problem, skipped, withTimeout, type CheckResult } from './doctor-check';

type RateLimitEnv = Pick<Env, 'UPSTASH_REDIS_REST_URL' | 'UPSTASH_REDIS_REST_TOKEN' | 'REDIS_URL'>;

/**
 * The rate limits' store, as src/lib/ratelimit/get-rate-limiter.ts picks it: Upstash (REST URL
 * and token together), a plain Redis (REDIS_URL), or memory. The chosen store must answer PING.
 */
export async function checkRateLimits(env: RateLimitEnv, options: { timeoutMs?: number } = {}): Promise<CheckResult> {
  const name = 'rate limits (Redis)';
  const timeoutMs = options.timeoutMs ?? 5_000;
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env;
  if (Boolean(url) !== Boolean(token)) {
    return problem(
      name,
      `${url ? 'UPSTASH_REDIS_REST_TOKEN' : 'UPSTASH_REDIS_REST_URL'} is missing: Upstash needs both (limits stay in memory meanwhile)`,
    );
  }
  if (url && token) {
    try {
      const { Redis } = await import('@upstash/redis');
      await withTimeout(new Redis({ url, token, retry: false }).ping(), timeoutMs, 'Upstash');
      return ok(name, `Upstash at ${printableOrigin(url)} answers`);
    } catch (err) {
      return problem(name, `Upstash at ${printableOrigin(url)} does not answer: ${describeFailure(err)}`);
    }
  }
  if (env.REDIS_URL) {
    const { Redis } = await import('ioredis');
    const client = new Redis(env.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      connectTimeout: timeoutMs,
      retryStrategy: () => null,
    });
    // ioredis reports the reason (ECONNREFUSED …) as an event; the rejected promise only says "closed".
    let reason: unknown;
    client.on('error', (err: unknown) => (reason = err));
    try {
      await withTimeout(
        client.connect().then(() => client.ping()),
        timeoutMs,
        'Redis',
      );
      return ok(name, `Redis at ${printableOrigin(env.REDIS_URL)} answers`);
    } catch (err) {
      return problem(name, `REDIS_URL (${printableOrigin(env.REDIS_URL)}) does not answer: ${describeFailure(reason ?? err)}`);
    } finally {
      client.disconnect();
    }
  }
  return skipped(name, 'not configured: limits are kept in memory, per process');
}
