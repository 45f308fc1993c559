import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { getEntitlements, type Quota } from '@/modules/billing/get-entitlements';
import type { quotaSchema, usageSchema } from './v1-usage-schema';

const toWireQuota = (q: Quota): z.infer<typeof quotaSchema> => ({
  used: q.used,
  limit: q.limit,
  remaining: q.remaining,
  is_at_limit: q.isAtLimit,
});

/**
 * GET /api/v1/usage: the key owner's plan, limits and this period's usage through
 * billing.getEntitlements — the reader the Billing page and the limit messages use, computed by
 * the same SQL the quota triggers enforce, so the API cannot promise what the database refuses.
 * Always the key's owner: an admin's key does not read other clients' usage here.
 */
export async function getV1Usage(claims: VerifiedClaims): Promise<z.infer<typeof usageSchema>> {
  const e = await getEntitlements(claims);
  return {
    tier: e.tier,
    subscription_status: e.subscriptionStatus,
    can_publish: e.canPublish,
    period: { start: e.period.start.toISOString(), end: e.period.end.toISOString() },
    quotas: {
      projects: toWireQuota(e.projects),
      generations: toWireQuota(e.generations),
      ai_tokens: toWireQuota(e.aiTokens),
      storage_bytes: toWireQuota(e.storage),
    },
    limits: {
      domains: e.limits.domains,
      file_bytes: e.limits.fileBytes,
      team_members: e.limits.teamMembers,
      tickets_per_month: e.limits.ticketsPerMonth,
    },
    usage: { bandwidth_bytes: e.usage.bandwidthBytes, container_hours: e.usage.containerHours },
  };
}
