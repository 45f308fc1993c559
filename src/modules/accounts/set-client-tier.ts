import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { AppError } from '@/lib/errors';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles, type Tier } from './schema';
import { assertAdmin } from './require-admin-claims';

export type SetClientTierInput = { clientId: string; tier: Tier };

/**
 * An admin changes a client's tier; the audit trigger records old and new values. A paid tier set
 * by hand is recorded as a grant (enterprise, or complimentary for basic/pro) so Stripe's webhook
 * never overwrites it; setting Free clears the grant and hands the plan back to self-service.
 */
export async function setClientTier(claims: VerifiedClaims, input: SetClientTierInput) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const [row] = await tx
      .update(userProfiles)
      .set({ tier: input.tier, planGrant: input.tier === 'free' ? null : input.tier === 'enterprise' ? 'enterprise' : 'complimentary' })
      .where(eq(userProfiles.id, input.clientId))
      .returning({ id: userProfiles.id, tier: userProfiles.tier, planGrant: userProfiles.planGrant });
    if (!row) throw new AppError('NOT_FOUND', 'errors.accounts.clientNotFound');
    return row;
  });
}
