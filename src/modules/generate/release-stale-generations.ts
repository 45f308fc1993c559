import { and, eq, lt } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { generations } from './schema';

/** Longer than any generation runs (the engine's own timeouts end one well before this). */
export const STALE_GENERATION_MS = 30 * 60_000;

/**
 * Releases generations left `running` by a process that died mid-stream: marked failed (not
 * charged), so their reservation stops counting against the monthly quotas. A cron job's work;
 * system code, as no session exists for a dead request.
 */
export async function unsafeReleaseStaleGenerations(now = new Date()): Promise<number> {
  const db = await unsafeSystemDb('a cron job releases generations whose request died');
  const rows = await db
    .update(generations)
    .set({ status: 'failed', error: 'interrupted: the request ended before the generation finished', finishedAt: now })
    .where(and(eq(generations.status, 'running'), lt(generations.startedAt, new Date(now.getTime() - STALE_GENERATION_MS))))
    .returning({ id: generations.id });
  return rows.length;
}
