import type { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { getEnv, type Env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { checkUrlDestination, parseTargetUrl, type CheckedTarget } from '@/modules/analyzer/check-target-url';

/**
 * Where a webhook may go. The owner types the URL and our server POSTs to it on every event, with
 * retries: without a guard that is a server-side request forgery. So the project's public-address
 * guard (the analyzer's, also used for push endpoints) decides: public unicast addresses only —
 * never private, loopback, link-local/metadata (169.254.169.254), CGNAT or the IPv6 forms that
 * carry one — https on the default port, no userinfo. A name is resolved at send time and the
 * connection pinned to the address checked (deliver-webhook-message.ts), so DNS rebinding cannot
 * move it afterwards.
 *
 * Test-only allowance (the same rule as the analyzer's and the push service's): with
 * WEBHOOKS_TEST_LOOPBACK=1, tests may deliver to 127.0.0.1 / ::1 / localhost, on any port and
 * plain http. Off when NODE_ENV=production or the app has a real database (every deployment).
 */
export function isWebhookTestLoopbackAllowed(env: Pick<Env, 'NODE_ENV' | 'WEBHOOKS_TEST_LOOPBACK' | 'DATABASE_URL'> = getEnv()): boolean {
  if (env.NODE_ENV === 'production') return false;
  if (env.DATABASE_URL) return false;
  return env.WEBHOOKS_TEST_LOOPBACK === '1';
}

export type WebhookUrlOptions = { resolver?: Resolver; allowLoopback?: boolean };

function forbidden(): AppError {
  return new AppError('VALIDATION', 'errors.webhooks.forbiddenUrl');
}

function parseWebhookUrl(input: string, allowLoopback: boolean): URL {
  try {
    return parseTargetUrl(input, { schemes: allowLoopback ? ['https:', 'http:'] : ['https:'] });
  } catch {
    throw forbidden();
  }
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '127.0.0.1' || bare === '::1';
}

/**
 * The check when an endpoint is saved: the URL's form, and — when the host is an address or a
 * loopback name — the address itself. Names are not resolved here (DNS can change; the send-time
 * check is the one that counts), so an owner can register a host whose DNS is not live yet.
 */
export async function checkWebhookUrlForm(input: string, options: WebhookUrlOptions = {}): Promise<string> {
  const allowLoopback = options.allowLoopback ?? isWebhookTestLoopbackAllowed();
  const url = parseWebhookUrl(input, allowLoopback);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) throw forbidden();
  // Only the default port (as the send-time guard): a public host's other ports are not web hooks.
  if (url.port !== '' && !(allowLoopback && isLoopbackHost(url.hostname))) throw forbidden();
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) || host.toLowerCase() === 'localhost' || host.toLowerCase().endsWith('.localhost')) {
    await checkWebhookDestination(url.href, options);
  }
  return url.href;
}

/** The send-time check: resolves the name and returns the address to pin, or throws. */
export async function checkWebhookDestination(input: string, options: WebhookUrlOptions = {}): Promise<CheckedTarget> {
  const allowLoopback = options.allowLoopback ?? isWebhookTestLoopbackAllowed();
  const url = parseWebhookUrl(input, allowLoopback);
  // Plain http only to the test receiver on loopback: a webhook carries personal data (leads).
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) throw forbidden();
  try {
    return await checkUrlDestination(url, { resolver: options.resolver, allowLoopback: allowLoopback && isLoopbackHost(url.hostname) });
  } catch (error) {
    if (error instanceof AppError && error.key === 'errors.analyzer.unresolvable') {
      throw new AppError('VALIDATION', 'errors.webhooks.unresolvable');
    }
    throw forbidden();
  }
}
