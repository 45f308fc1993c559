import { inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { userProfiles, type Tier } from './schema';

/** The plan (tier) of each given account. System code (billing's usage-threshold cron), past RLS. */
export async function unsafeListTiers(db: Db, userIds: readonly string[]): Promise<Map<string, Tier>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: userProfiles.id, tier: userProfiles.tier })
    .from(userProfiles)
    .where(inArray(userProfiles.id, [...userIds]));
  return new Map(rows.map((r) => [r.id, r.tier]));
}
