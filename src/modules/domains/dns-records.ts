import { getEnv, type Env } from '@/lib/env';

export type RecordKind = 'TXT' | 'CNAME' | 'A' | 'AAAA';

/** A record the person creates at their DNS provider: exactly what the page shows and the check looks for. */
export type ExpectedRecord = { kind: RecordKind; purpose: 'ownership' | 'routing'; host: string; value: string };

/** One expected record as the last check found it. */
export type RecordCheck = ExpectedRecord & { found: string[]; ok: boolean };

export type RoutingTargets = { cname: string; a: string[]; aaaa: string[] };

export const OWNERSHIP_PREFIX = '_pagemagic';

/** The TXT record's value: names the product so people recognize it among their records. */
export function ownershipValue(token: string): string {
  return `pagemagic-verify=${token}`;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Where custom domains must point: `cname.<ROOT_DOMAIN>` for subdomains, the configured addresses for apex domains. */
export function routingTargets(env: Pick<Env, 'ROOT_DOMAIN' | 'DOMAIN_A_RECORDS' | 'DOMAIN_AAAA_RECORDS'> = getEnv()): RoutingTargets {
  const root = env.ROOT_DOMAIN.replace(/:\d+$/, '').toLowerCase();
  return { cname: `cname.${root}`, a: list(env.DOMAIN_A_RECORDS), aaaa: list(env.DOMAIN_AAAA_RECORDS) };
}

/**
 * The records a domain needs: the TXT ownership record, then the routing record — a CNAME for a
 * subdomain; A (and AAAA when we have IPv6 addresses) for an apex, which cannot hold a CNAME.
 */
export function expectedRecords(
  domain: { name: string; isApex: boolean; verificationToken: string },
  targets = routingTargets(),
): ExpectedRecord[] {
  const records: ExpectedRecord[] = [
    { kind: 'TXT', purpose: 'ownership', host: `${OWNERSHIP_PREFIX}.${domain.name}`, value: ownershipValue(domain.verificationToken) },
  ];
  if (!domain.isApex) {
    records.push({ kind: 'CNAME', purpose: 'routing', host: domain.name, value: targets.cname });
  } else {
    for (const a of targets.a) records.push({ kind: 'A', purpose: 'routing', host: domain.name, value: a });
    for (const aaaa of targets.aaaa) records.push({ kind: 'AAAA', purpose: 'routing', host: domain.name, value: aaaa });
  }
  return records;
}
