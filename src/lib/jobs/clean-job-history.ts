import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { jobDedupe, jobEvents, jobRuns } from './schema';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes what no one needs any more: events delivered over a week ago, runs finished over 30 days
 * ago (their steps go with them), dedupe keys past their 24 hours. Unfinished runs and undelivered
 * events are never touched.
 */
export async function cleanJobHistory(now = new Date()): Promise<{ events: number; runs: number; keys: number }> {
  const db = await unsafeSystemDb('a cron job trims the job tables');
  const runs = await db
    .delete(jobRuns)
    .where(and(inArray(jobRuns.status, ['succeeded', 'failed', 'cancelled']), lt(jobRuns.finishedAt, new Date(now.getTime() - 30 * DAY))))
    .returning({ id: jobRuns.id });
  const events = await db
    .delete(jobEvents)
    .where(and(isNotNull(jobEvents.dispatchedAt), lt(jobEvents.dispatchedAt, new Date(now.getTime() - 7 * DAY))))
    .returning({ id: jobEvents.id });
  const keys = await db.delete(jobDedupe).where(lt(jobDedupe.expiresAt, now)).returning({ key: jobDedupe.key });
  return { events: events.length, runs: runs.length, keys: keys.length };
}
