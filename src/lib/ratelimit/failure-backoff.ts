import type { FailureRule } from './types';

/**
 * When the next attempt may go ahead, given the times (ms, ascending) of the failures still
 * remembered under one key: at once while there are fewer than `rule.free`; otherwise after the
 * last failure's backoff, or sooner if enough old failures leave the window first. 0 means now.
 *
 * The Redis adapter runs the same rule as a Lua script (FAILURE_SCRIPT in upstash-limiter.ts);
 * tests/ratelimit/failure-attempts.test.ts runs both adapters through the same scenarios.
 */
export function nextAttemptAt(failureTimes: readonly number[], rule: FailureRule): number {
  const count = failureTimes.length;
  if (count < rule.free) return 0;
  const last = failureTimes[count - 1]!;
  const delayMs = Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** (count - rule.free)) * 1000;
  // The failure whose expiry brings the count back under `free`.
  const expiresAt = failureTimes[count - rule.free]! + rule.windowSeconds * 1000;
  return Math.min(last + delayMs, expiresAt);
}

/**
 * How many failures a key keeps at most. Past `free + 64` the backoff has long reached its cap
 * (2^64 × any base delay), so older entries change nothing and only cost memory.
 */
export function failuresKept(rule: FailureRule): number {
  return rule.free + 64;
}

export function assertFailureRule(rule: FailureRule): void {
  if (!(Number.isInteger(rule.free) && rule.free >= 1) || !(rule.windowSeconds > 0) || !(rule.baseDelaySeconds > 0)) {
    throw new Error(`invalid failure rule ${JSON.stringify(rule)}`);
  }
}
