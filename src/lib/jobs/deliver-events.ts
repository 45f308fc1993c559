import { and, asc, inArray, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { describeAdapters } from '@/lib/env';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { inngest } from '~inngest/client';
import { jobEvents } from './schema';

const payload = z.record(z.string(), z.unknown());

/**
 * Relays the outbox to Inngest: undelivered events, oldest first, in one `send`, then marks them
 * delivered. Rows are locked while they are sent, so two relays never send the same batch; a
 * repeat after a crash between "sent" and "marked" is harmless, because every event goes out with
 * a stable id (its own or the sender's) and Inngest drops ids it has seen in the last 24 hours.
 * A failed send leaves the batch pending with a growing delay. With the embedded engine there is
 * nothing to relay (it reads the outbox itself): returns 0.
 */
export async function deliverPendingEvents(options: { limit?: number; now?: Date } = {}): Promise<number> {
  if (describeAdapters().jobs !== 'inngest') return 0;
  const db = await unsafeSystemDb('relays the job outbox to Inngest');
  // "Due" on the database's clock, the one that stamped the rows: compared with this process's
  // clock (milliseconds, and a little behind the database's on another host), an event flushed
  // right after its commit could look not yet due and wait a minute for the relay cron.
  const now = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  let failure: unknown;
  const delivered = await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(jobEvents)
      .where(and(isNull(jobEvents.dispatchedAt), lte(jobEvents.nextAttemptAt, now)))
      .orderBy(asc(jobEvents.seq))
      .limit(options.limit ?? 100)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => row.id);
    try {
      await inngest.send(
        rows.map((row) => ({ name: row.name, data: payload.parse(row.data), id: row.externalId ?? row.id, ts: row.ts.getTime() })),
      );
    } catch (err) {
      await tx
        .update(jobEvents)
        .set({
          attempts: sql`${jobEvents.attempts} + 1`,
          lastError: String(err instanceof Error ? err.message : err).slice(0, 500),
          nextAttemptAt: sql`${now} + least(interval '10 minutes', interval '5 seconds' * power(2, ${jobEvents.attempts}))`,
        })
        .where(inArray(jobEvents.id, ids));
      failure = err; // thrown after the commit, so the delay above is kept
      return 0;
    }
    await tx
      .update(jobEvents)
      .set({ dispatchedAt: sql`${now}`, lastError: null })
      .where(inArray(jobEvents.id, ids));
    return rows.length;
  });
  if (failure) throw failure;
  return delivered;
}
