import { AppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { getRateLimiter } from './get-rate-limiter';
import type { RateLimitRule } from './types';

/**
 * Named rules so limits are tuned in one place. Password sign-in is not here: it limits wrong
 * passwords, not requests (src/modules/accounts/sign-in-attempts.ts).
 */
export const RATE_LIMITS = {
  magicLink: { limit: 5, windowSeconds: 15 * 60 },
  signUp: { limit: 10, windowSeconds: 60 * 60 },
  passwordReset: { limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

export async function enforceRateLimit(name: keyof typeof RATE_LIMITS | string, subject: string, rule?: RateLimitRule): Promise<void> {
  const base = rule ?? RATE_LIMITS[name as keyof typeof RATE_LIMITS];
  if (!base) throw new Error(`unknown rate limit rule ${name}`);
  const r = { ...base, limit: base.limit * getEnv().RATE_LIMIT_SCALE };
  const limiter = await getRateLimiter();
  const result = await limiter.limit(`${name}:${subject}`, r);
  if (!result.success) {
    const seconds = Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
    throw new AppError('RATE_LIMITED', 'errors.common.rateLimited', {
      values: { minutes: Math.ceil(seconds / 60) },
      details: { retryAfterSeconds: seconds },
    });
  }
}
