import type { VerifiedClaims } from '@/lib/claims';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { V1Reply } from './v1-reply';
import { toWireDomain } from './wire-domain';
import { AppError } from '@/lib/errors';
import { listDomains } from '@/modules/domains/list-domains';

/**
 * POST /api/v1/domains/{id}/verify: domains.verifyDomain, the dashboard's "Check now" — its rate
 * limit per person, its DNS lookups through the configured resolvers, its recording of the
 * outcome. Another account's domain is a 404 (it reads the domain under RLS first).
 */
export async function verifyV1Domain(claims: VerifiedClaims, domainId: string, key: { keyProjectId: string | null }): Promise<V1Reply> {
  // A key restricted to one project verifies only that project's domains: looked up among them
  // before anything is checked (a verification costs DNS lookups and a rate-limit slot).
  if (key.keyProjectId && !(await listDomains(claims, { projectId: key.keyProjectId })).some((d) => d.id === domainId)) {
    throw new AppError('NOT_FOUND', 'errors.common.notFound');
  }
  return new V1Reply(200, toWireDomain(await verifyDomain(claims, { domainId })));
}
