import { domainToUnicode } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Resolver } from 'node:dns/promises';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { getDomainHosting, observeDomainHosting } from '@/lib/domain-hosting/domain-hosting';
import { lookupRegistration, type Registration } from '@/lib/rdap/lookup-registration';
import { getCertificateProbe, type CertificateProbe } from '@/lib/tls/certificate-probe';
import { getDomain } from 'tldts';
import { checkDomainDns, type DnsCheck } from './check-domain-dns';
import { ROUTING_REFRESH_MS } from './unsafe-domain-routing';
import { notifyDomainOwner } from './notify-domain-owner';
import { domains, type DomainRow } from './schema';
import { unsafeApplyDomainCheck, type AppliedCheck } from './unsafe-apply-domain-check';

/** "Check now": a few per minute per person; DNS changes take minutes to show anyway. */
export const CHECK_NOW_RULE = { limit: 6, windowSeconds: 60 };

/**
 * Checks one domain's DNS now and records the outcome. The caller must see the domain through RLS
 * (its owner, or an admin re-checking it); the write itself is system code because status and
 * proofs are not the client's to set. Owners whose binding this proof released are emailed.
 */
export async function verifyDomain(
  claims: VerifiedClaims,
  input: { domainId: string },
  options: { resolver?: Resolver } = {},
): Promise<DomainRow> {
  await enforceRateLimit('domainCheck', claims.sub, CHECK_NOW_RULE);
  const [domain] = await withRls(claims, (tx) => tx.select().from(domains).where(eq(domains.id, input.domainId)));
  if (!domain) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
  const applied = await runDomainCheck(domain, options);
  if (!applied) throw new AppError('NOT_FOUND', 'errors.domains.notFound');
  return applied.domain;
}

const REGISTRATION_MAX_AGE_MS = 24 * 60 * 60 * 1000;

async function registrationFor(domain: DomainRow, now: Date): Promise<Registration | null> {
  const previous = domain.checkResult?.registration;
  if (previous && now.getTime() - Date.parse(previous.checkedAt) < REGISTRATION_MAX_AGE_MS) return previous;
  const registrable = getDomain(domain.name);
  return (registrable ? await lookupRegistration(registrable, now) : null) ?? previous ?? null;
}

/**
 * Check + apply + notify released owners: shared by "Check now" and the lifecycle cron. When
 * certificates are observed (DOMAIN_CERT_CHECK), a routed domain is Live only once a good
 * certificate is served for it. Caddy gets a certificate on the first handshake, but only for a
 * domain whose proof is recorded (its `ask`): a domain proven by this very check is first recorded
 * as verified, then looked at again once every process's routing cache knows it.
 */
export async function runDomainCheck(
  domain: DomainRow,
  options: { resolver?: Resolver; now?: Date; probe?: CertificateProbe | null } = {},
): Promise<AppliedCheck | null> {
  const dns: DnsCheck = await checkDomainDns(domain, { resolver: options.resolver });
  // On Vercel, a proven domain is added to the project, and its state there is part of the check.
  const hosting = dns.ownershipOk ? await observeDomainHosting(getDomainHosting(), domain.name) : null;
  if (hosting) dns.hosting = hosting;
  // Registration expiry (RDAP): optional, looked up at most once a day per domain, kept between lookups.
  if (dns.ownershipOk) dns.registration = await registrationFor(domain, options.now ?? new Date());
  const probe = options.probe === undefined ? getCertificateProbe() : options.probe;
  const released: AppliedCheck['released'] = [];
  let check: DnsCheck = dns;
  if (probe && dns.ownershipOk && dns.routingOk) {
    let certificate = await probe(domain.name, options.now);
    if (!certificate.ok && domain.status === 'waiting') {
      const proven = await unsafeApplyDomainCheck(domain.id, { ...dns, certificate }, options.now);
      if (!proven) return null;
      released.push(...proven.released);
      await new Promise((resolve) => setTimeout(resolve, ROUTING_REFRESH_MS));
      certificate = await probe(domain.name, options.now);
    }
    check = { ...dns, certificate };
  }
  const last = await unsafeApplyDomainCheck(domain.id, check, options.now);
  const applied = last && { ...last, previous: domain.status, released: [...released, ...last.released] };
  for (const other of applied?.released ?? []) {
    await notifyDomainOwner({
      domainId: other.id,
      projectId: other.projectId,
      kind: 'released',
      displayName: domainToUnicode(other.name) || other.name,
      occurrence: 'released',
    });
  }
  return applied;
}
