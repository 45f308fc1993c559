import type { Resolver } from 'node:dns/promises';
import { getEnv, type Env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { checkUrlDestination, parseTargetUrl, type CheckedTarget } from '@/modules/analyzer/check-target-url';

/**
 * Where a push may go. A push endpoint is a URL the browser hands us, so a person (or a script
 * posing as a browser) chooses where our server POSTs on every lead and publish, with retries:
 * without a guard that is a server-side request forgery. Real endpoints only ever belong to the
 * browsers' push services, so only those hosts are accepted, on https and the default port; and
 * the name must resolve to public addresses only (the analyzer's guard), checked at subscribe and
 * again at send time, with the connection pinned to the checked address.
 *
 * The hosts: Chrome, Edge-on-Chromium's fallback, Opera, Brave and Samsung use Firebase Cloud
 * Messaging (fcm.googleapis.com; android.googleapis.com for old subscriptions); Firefox uses
 * Mozilla's autopush; Edge uses Windows Push Notification Services (*.notify.windows.com); Safari
 * uses Apple's (web.push.apple.com, *.push.apple.com).
 */
const EXACT_HOSTS = new Set(['fcm.googleapis.com', 'android.googleapis.com', 'updates.push.services.mozilla.com']);
const HOST_SUFFIXES = ['.notify.windows.com', '.push.apple.com'];

export function isKnownPushServiceHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (EXACT_HOSTS.has(host)) return true;
  // One label before the suffix (wns2-by3p.notify.windows.com), not a deeper name someone could
  // register under a wildcard.
  return HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && /^[a-z0-9-]+$/.test(host.slice(0, -suffix.length)));
}

/**
 * Test-only: the local push service of tests and end-to-end runs (web-push-testing) listens on
 * plain http on loopback. Off whenever the app has a real database (every deployment has one), so
 * a production server started with the flag by mistake still refuses loopback.
 */
export function isPushTestServiceAllowed(env: Pick<Env, 'PUSH_TEST_SERVICE' | 'DATABASE_URL'> = getEnv()): boolean {
  return env.PUSH_TEST_SERVICE === '1' && !env.DATABASE_URL;
}

export type PushEndpointOptions = { resolver?: Resolver; allowTestService?: boolean };

/**
 * Checks a push endpoint and returns where to connect (the address to pin). Throws a VALIDATION
 * AppError for an endpoint that can never be a push service (unknown host, scheme, port, private
 * address) and keeps the guard's 'unresolvable' error for a name that does not resolve now (a
 * passing DNS failure at send time is a retry, not a reason to drop the device).
 */
export async function checkPushEndpoint(endpoint: string, options: PushEndpointOptions = {}): Promise<CheckedTarget> {
  const testService = options.allowTestService ?? isPushTestServiceAllowed();
  const refuse = () => new AppError('VALIDATION', 'errors.notifications.unknownPushService');
  let url: URL;
  try {
    url = parseTargetUrl(endpoint, { schemes: testService ? ['https:', 'http:'] : ['https:'] });
  } catch {
    throw refuse();
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const isTestService = testService && (host === 'localhost' || host === '127.0.0.1' || host === '::1');
  if (!isTestService) {
    if (url.protocol !== 'https:' || url.port !== '' || !isKnownPushServiceHost(host)) throw refuse();
  }
  try {
    return await checkUrlDestination(url, { resolver: options.resolver, allowLoopback: isTestService });
  } catch (error) {
    if (isAppError(error) && error.key === 'errors.analyzer.unresolvable') throw error;
    throw refuse();
  }
}
