import { sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { recordUsage } from '@/modules/metering/record-usage';
import { unsafeListUsersWithUsage } from '@/modules/metering/unsafe-list-users-with-usage';
import { storageItems } from './schema';

const GIB = 1024 ** 3;
/** Who stored something recently enough that a zero still has to be reported. */
const LOOKBACK_MS = 40 * 86_400_000;

/**
 * The day's `storage_gb` per customer: the gigabytes their files occupy now (trashed files still
 * occupy storage until the purge; uploads in progress don't yet). One event per customer and UTC
 * day (the idempotency key), so a retried or repeated run records nothing twice; customers whose
 * files are all gone get a 0, which is what Stripe's `last` aggregation must see. System code.
 */
export async function unsafeRecordStorageSnapshot(now = new Date()): Promise<{ customers: number }> {
  const db = await unsafeSystemDb('a cron job records the daily storage snapshot of every customer');
  const stored = await db
    .select({ ownerId: storageItems.ownerId, bytes: sql<string>`sum(${storageItems.sizeBytes})::text` })
    .from(storageItems)
    .groupBy(storageItems.ownerId);
  const bytesByOwner = new Map(stored.map((row) => [row.ownerId, Number(row.bytes)]));
  for (const userId of await unsafeListUsersWithUsage('storage_gb', new Date(now.getTime() - LOOKBACK_MS))) {
    if (!bytesByOwner.has(userId)) bytesByOwner.set(userId, 0);
  }
  const day = now.toISOString().slice(0, 10);
  await recordUsage(
    [...bytesByOwner].map(([userId, bytes]) => ({
      userId,
      metric: 'storage_gb' as const,
      quantity: Math.round((bytes / GIB) * 1e6) / 1e6,
      idempotencyKey: `storage:${userId}:${day}`,
      occurredAt: now,
      properties: { bytes, day },
    })),
  );
  return { customers: bytesByOwner.size };
}
