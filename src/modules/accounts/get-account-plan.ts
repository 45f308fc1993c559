import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { userProfiles, type Tier } from './schema';

export type AccountPlan = {
  userId: string;
  email: string;
  tier: Tier;
  /** A plan an admin granted by hand (complimentary or enterprise); null when Stripe decides. */
  planGrant: 'complimentary' | 'enterprise' | null;
};

/** The account's identity and the plan it is on (RLS: their own profile; an admin may name a client). */
export async function getAccountPlan(claims: VerifiedClaims, input: { userId?: string } = {}): Promise<AccountPlan> {
  const userId = input.userId ?? claims.sub;
  const [row] = await withRls(claims, (tx) =>
    tx
      .select({ userId: userProfiles.id, email: userProfiles.email, tier: userProfiles.tier, planGrant: userProfiles.planGrant })
      .from(userProfiles)
      .where(eq(userProfiles.id, userId)),
  );
  if (!row) throw new AppError('NOT_FOUND', 'errors.accounts.accountNotFound');
  return row;
}
