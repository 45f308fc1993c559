import { createHash, randomUUID } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import type { Redis as UpstashRedis } from '@upstash/redis';
import { assertFailureRule, failuresKept } from './failure-backoff';
import type { AttemptReservation, FailureRule, RateLimiter, RateLimitResult, RateLimitRule } from './types';

/** The subset of @upstash/redis that @upstash/ratelimit calls for its sliding window. */
export type RatelimitRedis = ConstructorParameters<typeof Ratelimit>[0]['redis'];

/** What this adapter needs: the library's subset plus EVAL for our own failure scripts. */
export type LimiterRedis = RatelimitRedis & Pick<UpstashRedis, 'eval' | 'evalsha'>;

/**
 * Failure budgets with backoff (see failure-backoff.ts, whose nextAttemptAt this is in Lua).
 * @upstash/ratelimit has no such algorithm: its `limit` consumes tokens on a fixed schedule and
 * `resetUsedTokens` forgets a whole identifier, but nothing makes the wait grow with each
 * failure or takes back one particular attempt that turned out fine. One script per operation,
 * each atomic in Redis, so parallel sign-ins can't slip past the budget between a read and a
 * write. The set holds one member per failure (its token), scored by its time in ms.
 */
const RESERVE = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local free = tonumber(ARGV[3])
local baseMs = tonumber(ARGV[4])
local maxMs = tonumber(ARGV[5])
local keep = tonumber(ARGV[7])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - windowMs)
local count = redis.call('ZCARD', key)
if count >= free then
  local last = tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
  local delay = math.min(maxMs, baseMs * 2 ^ (count - free))
  local expiresAt = tonumber(redis.call('ZRANGE', key, count - free, count - free, 'WITHSCORES')[2]) + windowMs
  local retryAt = math.min(last + delay, expiresAt)
  if now < retryAt then return {0, count, retryAt} end
end
redis.call('ZADD', key, now, ARGV[6])
if count + 1 > keep then redis.call('ZREMRANGEBYRANK', key, 0, count - keep) end
redis.call('PEXPIRE', key, windowMs)
return {1, count, 0}
`;
const RELEASE = `return redis.call('ZREM', KEYS[1], ARGV[1])`;
const RESET = `return redis.call('DEL', KEYS[1])`;

type Script = { source: string; sha: string };
const script = (source: string): Script => ({ source, sha: createHash('sha1').update(source).digest('hex') });
const SCRIPTS = { reserve: script(RESERVE), release: script(RELEASE), reset: script(RESET) };

/**
 * Production adapter: @upstash/ratelimit's sliding window on Upstash Redis
 * (REST), or on any Redis through `createRedisShim` (ioredis). One Ratelimit
 * instance per rule, created lazily.
 */
export function createUpstashLimiter(
  redis: LimiterRedis,
  kind: 'redis' | 'upstash',
  prefix = 'pm:rl',
  now: () => number = () => Date.now(),
): RateLimiter {
  const byRule = new Map<string, Ratelimit>();

  // EVALSHA first (one round trip once Redis knows the script), EVAL when it does not yet.
  async function run<T>(s: Script, keys: string[], args: Array<string | number>): Promise<T> {
    try {
      return await redis.evalsha<Array<string | number>, T>(s.sha, keys, args);
    } catch (err) {
      if (!/NOSCRIPT/i.test(err instanceof Error ? err.message : String(err))) throw err;
      return await redis.eval<Array<string | number>, T>(s.source, keys, args);
    }
  }
  const failureKey = (key: string) => `${prefix}:fail:${key}`;

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
          // The library's own refusal cache is on by default, but its Map forgets an identifier
          // only when that identifier is asked again, so subjects an attacker picks (IPs, emails)
          // pile up; and it answers only from inside `limit`, too late for a caller that must
          // not start work for a refused key. get-rate-limiter.ts keeps one bounded cache in
          // front of every adapter instead (refusal-cache.ts).
          ephemeralCache: false,
        });
        byRule.set(ruleKey, limiter);
      }
      const r = await limiter.limit(key);
      return { success: r.success, limit: r.limit, remaining: r.remaining, reset: r.reset };
    },

    async reserveAttempt(key: string, rule: FailureRule): Promise<AttemptReservation> {
      assertFailureRule(rule);
      const token = randomUUID();
      const [allowed, count, retryAt] = await run<[number, number, number]>(
        SCRIPTS.reserve,
        [failureKey(key)],
        [now(), rule.windowSeconds * 1000, rule.free, rule.baseDelaySeconds * 1000, rule.maxDelaySeconds * 1000, token, failuresKept(rule)],
      );
      return Number(allowed) === 1
        ? { allowed: true, token, priorFailures: Number(count) }
        : { allowed: false, retryAt: Number(retryAt), failures: Number(count) };
    },

    async releaseAttempt(key: string, token: string): Promise<void> {
      await run(SCRIPTS.release, [failureKey(key)], [token]);
    },

    async resetAttempts(key: string): Promise<void> {
      await run(SCRIPTS.reset, [failureKey(key)], []);
    },
  };
}
