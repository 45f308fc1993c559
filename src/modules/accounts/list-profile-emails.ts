import { inArray } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from './require-admin-claims';
import { userProfiles } from './schema';

/**
 * The email addresses of the given accounts, for the agency's views that name an owner (admins
 * only: assertAdmin answers 404 to anyone else, and RLS would return only the caller's own row).
 */
export async function listProfileEmails(claims: VerifiedClaims, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].slice(0, 1_000);
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    if (!unique.length) return new Map();
    const rows = await tx
      .select({ id: userProfiles.id, email: userProfiles.email })
      .from(userProfiles)
      .where(inArray(userProfiles.id, unique));
    return new Map(rows.map((row) => [row.id, row.email]));
  });
}
