import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/lib/db/with-rls';
import { userProfiles } from './schema';

/**
 * Which of these accounts are on an enterprise plan the agency invoices by hand, in the caller's
 * transaction under its RLS (an admin sees every account; anyone else only their own row).
 */
export async function listEnterpriseAccountIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await tx
    .select({ id: userProfiles.id })
    .from(userProfiles)
    .where(and(inArray(userProfiles.id, unique), eq(userProfiles.planGrant, 'enterprise')));
  return new Set(rows.map((row) => row.id));
}
