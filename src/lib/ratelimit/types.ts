export type RateLimitResult = { success: boolean; limit: number; remaining: number; reset: number };

export type RateLimitRule = { limit: number; windowSeconds: number };

/** The rate-limit port: `key` already names the rule and the subject (e.g. `sign-in:ip:1.2.3.4`). */
export interface RateLimiter {
  readonly kind: 'memory' | 'redis' | 'upstash';
  limit(key: string, rule: RateLimitRule): Promise<RateLimitResult>;
}
