import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { addDomain } from '@/modules/domains/add-domain';
import type { addDomainBody, domainListSchema } from './v1-domain-schemas';
import { V1Reply } from './v1-reply';
import { toWireDomain } from './wire-domain';

/**
 * POST /api/v1/projects/{id}/domains: domains.addDomain, the dashboard's own — the name's checks,
 * the plan's domain limit (403 `TIER_LIMIT`), a name already added (409), another account's
 * project (404) are all its answers. 201 with the added domain (and its `www`), each with the DNS
 * records to create; checking them is POST /domains/{id}/verify, or the lifecycle cron.
 */
export async function addV1Domain(
  claims: VerifiedClaims,
  input: { projectId: string; body: z.infer<typeof addDomainBody> },
): Promise<V1Reply> {
  const rows = await addDomain(claims, { projectId: input.projectId, ...input.body });
  const body: z.infer<typeof domainListSchema> = { data: rows.map((row) => toWireDomain(row)) };
  return new V1Reply(201, body);
}
