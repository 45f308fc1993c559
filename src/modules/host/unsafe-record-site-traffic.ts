import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { PAGES_PER_DAY, type TrafficBatch } from './site-traffic-counter';

/**
 * Writes one batch of site traffic counters (private.record_site_traffic, one transaction).
 * Unsafe: the privileged connection — the serving process writes counters of every site it
 * serves, on behalf of no signed-in person. Idempotent on `key`: a batch retried after an error
 * whose commit did land is not counted twice. Returns whether the batch was new.
 */
export async function unsafeRecordSiteTraffic(key: string, batch: TrafficBatch): Promise<boolean> {
  const db = await unsafeSystemDb('host: the serving process records traffic counters of the sites it serves');
  const [row] = rowsOf<{ is_new: boolean }>(
    await db.execute(sql`select private.record_site_traffic(${key}, ${JSON.stringify(batch)}::jsonb, ${PAGES_PER_DAY}::integer) as is_new`),
  );
  return row?.is_new === true;
}
