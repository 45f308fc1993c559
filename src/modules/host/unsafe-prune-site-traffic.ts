import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';

/**
 * How long a site's per-page and per-country counts are kept: 13 months, so a monthly report and
 * the insights page can compare any month with the same month a year earlier. The per-day totals
 * (site_traffic_days: one small row per site a day) are kept for good.
 */
export const SITE_TRAFFIC_DETAIL_RETENTION_DAYS = 400;

const BATCH = 5_000;
const DAY_MS = 86_400_000;

/**
 * Deletes per-page and per-country traffic rows older than the retention period, in small
 * batches (short locks, no long transaction on what are the biggest traffic tables: up to 201
 * pages and hundreds of countries per site a day). System code: retention applies to every
 * client's rows.
 */
export async function unsafePruneSiteTraffic(
  options: { now?: Date; keepDays?: number; batchSize?: number } = {},
): Promise<{ pages: number; countries: number }> {
  const db = await unsafeSystemDb('the traffic retention cron deletes every client’s expired page and country counts');
  const keepDays = options.keepDays ?? SITE_TRAFFIC_DETAIL_RETENTION_DAYS;
  const batch = options.batchSize ?? BATCH;
  const cutoff = new Date((options.now ?? new Date()).getTime() - keepDays * DAY_MS).toISOString().slice(0, 10);
  const prune = async (table: 'site_traffic_pages' | 'site_traffic_countries', key: 'path' | 'country') => {
    let deleted = 0;
    for (;;) {
      const rows = rowsOf<{ n: number }>(
        await db.execute(sql`
          with doomed as (
            select project_id, day, ${sql.identifier(key)} as k from public.${sql.identifier(table)}
            where day < ${cutoff}::date limit ${batch}
          ), gone as (
            delete from public.${sql.identifier(table)} t using doomed d
            where t.project_id = d.project_id and t.day = d.day and t.${sql.identifier(key)} = d.k
            returning 1
          )
          select count(*)::int as n from gone`),
      );
      const n = rows[0]?.n ?? 0;
      deleted += n;
      if (n < batch) return deleted;
    }
  };
  return { pages: await prune('site_traffic_pages', 'path'), countries: await prune('site_traffic_countries', 'country') };
}
