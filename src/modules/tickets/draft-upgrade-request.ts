import type { VerifiedClaims } from '@/lib/claims';
import type { Locale } from '@/lib/i18n/translate';
import { getEntitlements, type Entitlements } from '@/modules/billing/get-entitlements';
import type { UpgradeLimit } from '@/modules/billing/get-upgrade-path';
import type { PurchasableTier } from '@/modules/billing/plans';
import { composeUpgradeRequest, type UpgradeRequestDraft } from './compose-upgrade-request';

export type DraftUpgradeRequestInput = { limit: UpgradeLimit; target?: PurchasableTier; locale: Locale };

/** The plan's amount for one limit, as the database enforces it (null: unlimited, or not one number). */
function limitAmount(entitlements: Entitlements, limit: UpgradeLimit): number | null {
  switch (limit) {
    case 'projects':
      return entitlements.projects.limit;
    case 'generations':
      return entitlements.generations.limit;
    case 'ai_tokens':
      return entitlements.aiTokens.limit;
    case 'domains':
      return entitlements.limits.domains;
    case 'storage':
      return entitlements.limits.storageBytes;
    case 'file_size':
      return entitlements.limits.fileBytes;
    case 'team_members':
      return entitlements.limits.teamMembers;
    case 'tickets':
      return entitlements.limits.ticketsPerMonth;
    case 'performance_pages':
    case 'plan':
      return null;
  }
}

/**
 * The prefilled ticket behind "Ask my agency": the caller's plan and the limit they reached, read
 * from their entitlements (the same figures the database enforces), in their language.
 */
export async function draftUpgradeRequest(claims: VerifiedClaims, input: DraftUpgradeRequestInput): Promise<UpgradeRequestDraft> {
  const entitlements = await getEntitlements(claims);
  return composeUpgradeRequest({
    locale: input.locale,
    tier: entitlements.tier,
    limit: input.limit,
    limitAmount: limitAmount(entitlements, input.limit),
    target: input.target,
  });
}
