import ipaddr from 'ipaddr.js';
import { parse } from 'tldts';
import { getEnv, type Env } from '@/lib/env';
import { routingTargets } from './dns-records';

/**
 * Whether the internet's DNS can send a custom domain to this installation. On a machine that
 * answers as `localhost`, `*.localhost`, a name under no public suffix (`.test`, `.local`,
 * `.internal`) or a loopback/private address, nobody can create a record at their DNS provider
 * that reaches it: a `cname.localhost` target would only ever wait.
 */
export type DomainReach = {
  isLocal: boolean;
  /** The app's own host, without a port (`localhost`). */
  rootHost: string;
  /** What subdomains are told to point to (`cname.<root>`). */
  cnameTarget: string;
};

function isLocalHost(host: string): boolean {
  if (ipaddr.isValid(host)) return ipaddr.parse(host).range() !== 'unicast';
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const parsed = parse(host, { allowPrivateDomains: false });
  // No ICANN suffix (`.test`, `.local`, `.internal`, `.lan`) or no registrable domain: not on public DNS.
  return !parsed.isIcann || !parsed.domain;
}

export function describeDomainReach(env: Pick<Env, 'ROOT_DOMAIN' | 'DOMAIN_A_RECORDS' | 'DOMAIN_AAAA_RECORDS'> = getEnv()): DomainReach {
  const rootHost = env.ROOT_DOMAIN.replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return { isLocal: isLocalHost(rootHost), rootHost, cnameTarget: routingTargets(env).cname };
}
