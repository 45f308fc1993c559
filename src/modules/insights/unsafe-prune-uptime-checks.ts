import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { UPTIME_CHECK_RETENTION_DAYS } from './uptime-plan';

const BATCH = 5_000;
const DAY_MS = 86_400_000;

/**
 * Deletes raw uptime checks older than the retention period, in small batches (short locks, no
 * long transaction on a big table). The per-day rollups (uptime_daily) keep the uptime figures of
 * every month for good, so nothing a client or a report shows is lost. System code: retention
 * applies to every client's rows.
 */
export async function unsafePruneUptimeChecks(options: { now?: Date; keepDays?: number } = {}): Promise<{ deleted: number }> {
  const db = await unsafeSystemDb('the uptime retention cron deletes every client’s expired raw checks');
  const cutoff = new Date((options.now ?? new Date()).getTime() - (options.keepDays ?? UPTIME_CHECK_RETENTION_DAYS) * DAY_MS);
  let deleted = 0;
  for (;;) {
    const rows = rowsOf<{ n: number }>(
      await db.execute(sql`
        with gone as (
          delete from public.uptime_checks
          where id in (select id from public.uptime_checks where checked_at < ${cutoff.toISOString()}::timestamptz limit ${BATCH})
          returning 1
        )
        select count(*)::int as n from gone`),
    );
    const n = rows[0]?.n ?? 0;
    deleted += n;
    if (n < BATCH) return { deleted };
  }
}
