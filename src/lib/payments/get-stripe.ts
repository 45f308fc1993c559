import Stripe from 'stripe';
import { getEnv } from '@/lib/env';

/**
 * The payments port. With STRIPE_SECRET_KEY it is the official SDK (pointed at STRIPE_API_BASE
 * when set: the local stand-in in tests and e2e runs); without it payments are "not configured"
 * (the embedded default): billing pages show plans and real usage, usage is still recorded and
 * admins set plans by hand.
 */
export type Payments = { kind: 'stripe'; stripe: Stripe; webhookSecret: string | undefined } | { kind: 'not-configured' };

let cached: { key: string; payments: Payments } | undefined;

export function getPayments(): Payments {
  const env = getEnv();
  const cacheKey = `${env.STRIPE_SECRET_KEY ?? ''}|${env.STRIPE_API_BASE ?? ''}|${env.STRIPE_WEBHOOK_SECRET ?? ''}`;
  if (cached?.key === cacheKey) return cached.payments;
  const payments: Payments = env.STRIPE_SECRET_KEY
    ? { kind: 'stripe', stripe: createStripeClient(env.STRIPE_SECRET_KEY, env.STRIPE_API_BASE), webhookSecret: env.STRIPE_WEBHOOK_SECRET }
    : { kind: 'not-configured' };
  cached = { key: cacheKey, payments };
  return payments;
}

/**
 * The SDK retries 429 and 5xx answers and timeouts itself (exponential backoff, the same
 * Idempotency-Key on every attempt), so a retried create never makes a second object.
 */
export function createStripeClient(
  secretKey: string,
  apiBase?: string,
  options: { maxNetworkRetries?: number; timeoutMs?: number } = {},
): Stripe {
  const base = apiBase ? new URL(apiBase) : null;
  return new Stripe(secretKey, {
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 20_000,
    appInfo: { name: 'Page Magic' },
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}
