import type { VerifiedClaims } from '@/lib/claims';
import { verifyDomain } from '@/modules/domains/verify-domain';
import { V1Reply } from './v1-reply';
import { toWireDomain } from './wire-domain';

/**
 * POST /api/v1/domains/{id}/verify: domains.verifyDomain, the dashboard's "Check now" — its rate
 * limit per person, its DNS lookups through the configured resolvers, its recording of the
 * outcome. Another account's domain is a 404 (it reads the domain under RLS first).
 */
export async function verifyV1Domain(claims: VerifiedClaims, domainId: string): Promise<V1Reply> {
  return new V1Reply(200, toWireDomain(await verifyDomain(claims, { domainId })));
}
