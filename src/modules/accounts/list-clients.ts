import { asc, ilike } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { userProfiles } from './schema';
import { assertAdmin } from './require-admin-claims';

export type ListClientsInput = { search?: string; limit?: number; offset?: number };

/** Every account, for the agency (admins only). Their projects come from the projects module. */
export async function listClients(claims: VerifiedClaims, input: ListClientsInput = {}) {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
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
        createdAt: userProfiles.createdAt,
      })
      .from(userProfiles)
      .where(pattern ? ilike(userProfiles.email, pattern) : undefined)
      .orderBy(asc(userProfiles.email))
      .limit(Math.min(input.limit ?? 100, 500))
      .offset(input.offset ?? 0);
  });
}
