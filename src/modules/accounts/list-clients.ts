import { asc, count, eq, ilike, sql } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/auth/claims';
import { withRls } from '@/lib/db/with-rls';
import { projects } from '@/modules/projects/schema';
import { userProfiles } from './schema';
import { assertAdmin } from './require-admin-claims';

export type ListClientsInput = { search?: string; limit?: number; offset?: number };

export async function listClients(claims: VerifiedClaims, input: ListClientsInput = {}) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    const projectCount = tx
      .select({ ownerId: projects.ownerId, n: count().as('n') })
      .from(projects)
      .groupBy(projects.ownerId)
      .as('project_count');
    // `ilike` with a bound parameter; % and _ in the search are escaped.
    const pattern = input.search ? `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    return tx
      .select({
        id: userProfiles.id,
        email: userProfiles.email,
        displayName: userProfiles.displayName,
        userType: userProfiles.userType,
        tier: userProfiles.tier,
        accountStatus: userProfiles.accountStatus,
        subscriptionStatus: userProfiles.subscriptionStatus,
        createdAt: userProfiles.createdAt,
        projects: sql<number>`coalesce(${projectCount.n}, 0)::int`,
      })
      .from(userProfiles)
      .leftJoin(projectCount, eq(projectCount.ownerId, userProfiles.id))
      .where(pattern ? ilike(userProfiles.email, pattern) : undefined)
      .orderBy(asc(userProfiles.email))
      .limit(Math.min(input.limit ?? 100, 500))
      .offset(input.offset ?? 0);
  });
}
