import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { getEnv } from '@/lib/env';
import { expectedRecords, routingTargets, type ExpectedRecord, type RoutingTargets } from './dns-records';
import type { StoredCheckResult } from './schema';

/**
 * A check's outcome: the DNS records, (when certificates are observed) the certificate served for
 * the name, (on Vercel) what the hosting provider says about it, and the registration expiry from
 * RDAP. It is stored as is (the domains table's check result), hence one type for both.
 */
export type DnsCheck = StoredCheckResult;

/** `1.1.1.1, 127.0.0.1:5353, [::1]:53` → servers for Resolver#setServers; empty = the system's. */
export function parseResolvers(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function createResolver(servers = parseResolvers(getEnv().DNS_RESOLVERS)): Resolver {
  // A short timeout and two tries: a check is one of many, and "no answer" reads as "not yet".
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  if (servers.length) resolver.setServers(servers);
  return resolver;
}

const normalizeName = (v: string) => v.trim().toLowerCase().replace(/\.$/, '');

/** NXDOMAIN, NODATA and timeouts all mean "the record is not there (yet)"; the check says which record. */
async function lookup(resolver: Resolver, record: ExpectedRecord): Promise<string[]> {
  try {
    switch (record.kind) {
      case 'TXT':
        return (await resolver.resolveTxt(record.host)).map((chunks) => chunks.join(''));
      case 'CNAME':
        return (await resolver.resolveCname(record.host)).map(normalizeName);
      case 'A':
        return await resolver.resolve4(record.host);
      case 'AAAA':
        return await resolver.resolve6(record.host);
    }
  } catch {
    return [];
  }
}

function matches(record: ExpectedRecord, found: string[]): boolean {
  if (record.kind === 'TXT') return found.some((v) => v.trim() === record.value);
  if (record.kind === 'CNAME') return found.includes(normalizeName(record.value));
  // Addresses compared in canonical form (`::1` and `0:0:…:1`): isIP guards the parse.
  const canonical = (ip: string) => (isIP(ip) === 6 ? new URL(`http://[${ip}]`).hostname : ip);
  return found.map(canonical).includes(canonical(record.value));
}

/**
 * Looks up a domain's records and says which are right: ownership is the TXT token issued to this
 * domain row (another project's token does not count), routing every routing record. An apex
 * with no configured addresses cannot be routed (routingOk false): the page says so.
 */
export async function checkDomainDns(
  domain: { name: string; isApex: boolean; verificationToken: string },
  options: { resolver?: Resolver; targets?: RoutingTargets } = {},
): Promise<DnsCheck> {
  const resolver = options.resolver ?? createResolver();
  const expected = expectedRecords(domain, options.targets ?? routingTargets());
  const records = await Promise.all(
    expected.map(async (record) => {
      const found = await lookup(resolver, record);
      return { ...record, found: found.slice(0, 10), ok: matches(record, found) };
    }),
  );
  const routing = records.filter((r) => r.purpose === 'routing');
  return {
    records,
    ownershipOk: records.some((r) => r.purpose === 'ownership' && r.ok),
    routingOk: routing.length > 0 && routing.every((r) => r.ok),
  };
}
