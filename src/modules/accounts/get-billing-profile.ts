import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { userProfiles } from './schema';

export type BillingProfile = {
  userId: string;
  email: string;
  tier: (typeof userProfiles.tier.enumValues)[number];
  subscriptionStatus: (typeof userProfiles.subscriptionStatus.enumValues)[number];
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  planGrant: 'complimentary' | 'enterprise' | null;
};

/** The caller's plan as billing sees it (RLS: their own profile; an admin may name a client). */
export async function getBillingProfile(claims: VerifiedClaims, input: { userId?: string } = {}): Promise<BillingProfile> {
  const userId = input.userId ?? claims.sub;
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({
        userId: userProfiles.id,
        email: userProfiles.email,
        tier: userProfiles.tier,
        subscriptionStatus: userProfiles.subscriptionStatus,
        currentPeriodEnd: userProfiles.currentPeriodEnd,
        cancelAtPeriodEnd: userProfiles.cancelAtPeriodEnd,
        stripeCustomerId: userProfiles.stripeCustomerId,
        stripeSubscriptionId: userProfiles.stripeSubscriptionId,
        planGrant: userProfiles.planGrant,
      })
      .from(userProfiles)
      .where(eq(userProfiles.id, userId)),
  );
  if (!row) throw new AppError('NOT_FOUND', 'errors.accounts.accountNotFound');
  return row;
}
