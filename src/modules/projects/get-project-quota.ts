import { count, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { tierLimits, userProfiles, type Tier } from '@/modules/accounts/schema';
import { projects } from './schema';

export type ProjectQuota = { tier: Tier; used: number; limit: number | null; isAtLimit: boolean };

/** How many projects the caller owns against their tier's limit (for the UI; the database enforces it). */
export async function getProjectQuota(claims: VerifiedClaims): Promise<ProjectQuota> {
  return withRls(claims, async (tx) => {
    const [row] = await tx
      .select({ tier: userProfiles.tier, limit: tierLimits.maxProjects })
      .from(userProfiles)
      .innerJoin(tierLimits, eq(tierLimits.tier, userProfiles.tier))
      .where(eq(userProfiles.id, claims.sub));
    const [{ used }] = (await tx.select({ used: count() }).from(projects).where(eq(projects.ownerId, claims.sub))) as [{ used: number }];
    const tier = row?.tier ?? 'free';
    const limit = row ? row.limit : 1;
    return { tier, used, limit, isAtLimit: limit !== null && used >= limit };
  });
}
