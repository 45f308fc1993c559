import { domainToUnicode } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Resolver } from 'node:dns/promises';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { enforceRateLimit } from '@/lib/ratelimit/enforce-rate-limit';
import { checkDomainDns } from './check-domain-dns';
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

/** Check + apply + notify released owners: shared by "Check now" and the lifecycle cron. */
export async function runDomainCheck(domain: DomainRow, options: { resolver?: Resolver; now?: Date } = {}): Promise<AppliedCheck | null> {
  const check = await checkDomainDns(domain, { resolver: options.resolver });
  const applied = await unsafeApplyDomainCheck(domain.id, check, options.now);
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
