export type RateLimitResult = { success: boolean; limit: number; remaining: number; reset: number };

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * A budget of failures (wrong passwords) with exponential backoff. Failures are remembered for
 * `windowSeconds` each. The first `free` cost nothing; from then on each one makes the next
 * attempt wait `baseDelaySeconds × 2^(failures − free)`, at most `maxDelaySeconds`.
 */
export type FailureRule = { free: number; windowSeconds: number; baseDelaySeconds: number; maxDelaySeconds: number };

/**
 * The answer to "may this attempt go ahead?". When it may, the attempt is already counted as a
 * failure (`token` names it) until it is released: counting before the outcome is known is what
 * keeps N parallel attempts from all slipping past the budget.
 */
export type AttemptReservation =
  | { allowed: true; token: string; /** failures (and attempts in flight) before this one */ priorFailures: number }
  | { allowed: false; /** when an attempt will be allowed again (ms since the epoch) */ retryAt: number; failures: number };

/** The rate-limit port: `key` already names the rule and the subject (e.g. `sign-in:ip:1.2.3.4`). */
export interface RateLimiter {
  readonly kind: 'memory' | 'redis' | 'upstash';
  limit(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
  /** Atomically: refuses while `key`'s failures demand a wait, else counts this attempt as one. */
  reserveAttempt(key: string, rule: FailureRule): Promise<AttemptReservation>;
  /** The attempt `token` did not fail after all (a right password): it stops counting. */
  releaseAttempt(key: string, token: string): Promise<void>;
  /** Forgets every failure under `key`. */
  resetAttempts(key: string): Promise<void>;
}
