import { randomBytes } from 'node:crypto';
import type { Resolver } from 'node:dns/promises';
import type { Env } from '@/lib/env';
import { createResolver } from '@/modules/domains/check-domain-dns';
import { ok, problem, skipped, type CheckResult } from './doctor-check';

const hostOf = (value: string) =>
  value
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
const isLocal = (host: string) => host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '::1';

async function addressesOf(resolver: Resolver, host: string): Promise<string[]> {
  const [v4, v6] = await Promise.all([resolver.resolve4(host).catch(() => []), resolver.resolve6(host).catch(() => [])]);
  return [...v4, ...v6];
}

/**
 * Published sites live at `<slug>.ROOT_DOMAIN`: a wildcard record must answer for any label under
 * it (a random one is asked), and the app's own host (APP_URL) must resolve too. Asked through the
 * same resolver as custom-domain checks (DNS_RESOLVERS, or the system's).
 */
export async function checkRootDomain(
  env: Pick<Env, 'ROOT_DOMAIN' | 'APP_URL' | 'DNS_RESOLVERS'>,
  options: { resolver?: Resolver; probeLabel?: string } = {},
): Promise<CheckResult> {
  const name = 'root domain (DNS)';
  const root = hostOf(env.ROOT_DOMAIN);
  const appHost = hostOf(new URL(env.APP_URL).host);
  if (isLocal(root) && isLocal(appHost))
    return skipped(name, `${env.ROOT_DOMAIN} is local: sites answer at <slug>.${env.ROOT_DOMAIN} without DNS`);
  const resolver = options.resolver ?? createResolver();
  const probe = `${options.probeLabel ?? `pm-doctor-${randomBytes(4).toString('hex')}`}.${root}`;
  const missing: string[] = [];
  if (!isLocal(root) && !(await addressesOf(resolver, probe)).length) {
    missing.push(`*.${root} does not resolve (asked ${probe}): add a wildcard A/AAAA or CNAME record for published sites`);
  }
  if (!isLocal(appHost) && !(await addressesOf(resolver, appHost)).length)
    missing.push(`the app's host ${appHost} (APP_URL) does not resolve`);
  return missing.length ? problem(name, missing.join('; ')) : ok(name, `*.${root} and ${appHost} resolve`);
}
