import { and, asc, eq, gte, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import { durationToMs } from 'inngest';
import type { Db } from '@/lib/db/client';
import { jobEvents, jobRuns, jobThrottles } from '../schema';
import type { Job } from '../types';

export type ClaimedRun = typeof jobRuns.$inferSelect;

/**
 * Takes up to `capacity` runs that are due, for this worker, in one transaction:
 *  - `for update skip locked`: two workers (or two app processes) never take the same run;
 *  - a run whose lease ran out (its worker died) is due again and resumes from its memoised steps;
 *  - concurrency: a run waits while its groups are full. Each group is counted under an advisory
 *    lock, taken before the run's row, so two workers can't both take the last slot and the
 *    oldest waiting run of a group starts first;
 *  - throttle: a run's first start waits for its slot (GCRA: `limit` starts per `period`, evenly
 *    spaced, `burst` at once), as Inngest throttles — delayed, never dropped.
 */
export async function claimRuns(
  db: Db,
  jobs: ReadonlyMap<string, Job>,
  input: { owner: string; capacity: number; leaseMs: number; now: Date },
): Promise<ClaimedRun[]> {
  const { owner, capacity, leaseMs, now } = input;
  if (capacity <= 0) return [];
  return db.transaction(async (tx) => {
    const due = or(
      and(inArray(jobRuns.status, ['queued', 'sleeping']), lte(jobRuns.runAt, now)),
      and(eq(jobRuns.status, 'running'), lt(jobRuns.leaseUntil, now)),
    );
    // Look further than `capacity` (runs held back by a full group must not starve the others), but
    // lock each candidate only when it is examined: locking the whole window would hide runs from
    // other workers that this one will not take.
    const window = await tx
      .select({ id: jobRuns.id, functionId: jobRuns.functionId, concurrencyKeys: jobRuns.concurrencyKeys })
      .from(jobRuns)
      .leftJoin(jobEvents, eq(jobEvents.id, jobRuns.eventId))
      // Only functions this app has (another version's runs wait for an app that knows them).
      .where(and(due, inArray(jobRuns.functionId, [...jobs.keys()])))
      // First come, first served: runs created in one pass share their timestamps, and Postgres
      // returns ties in no set order (where the rows sit in the table), so the events' sequence
      // keeps them in the order they were sent.
      .orderBy(asc(jobRuns.runAt), asc(jobRuns.createdAt), asc(jobEvents.seq))
      .limit(Math.max(capacity * 4, 20));
    const claimed: ClaimedRun[] = [];
    // A group found full stays full for the rest of this pass: a slot that frees while later
    // candidates are examined (the running run finished meanwhile) belongs to the group's oldest
    // waiting run, which the next pass takes — never to a younger one further down the window.
    const fullGroups = new Set<string>();
    for (const candidate of window) {
      if (claimed.length >= capacity) break;
      if (candidate.concurrencyKeys.some((key) => fullGroups.has(key))) continue;
      // The group before the row: a worker that examines a run of a full group holds its row lock
      // until its transaction ends, and a second worker skipping that locked run would start the
      // next one of the group first — out of order. Waiting on the group's lock instead, the
      // second worker sees the first one's outcome and takes the oldest run that is free.
      const fullGroup = await fullConcurrencyGroup(tx, jobs.get(candidate.functionId)!, candidate, now);
      if (fullGroup !== null) {
        fullGroups.add(fullGroup);
        continue;
      }
      // Taken (or finished) by another worker since the window was read: skip it.
      const [run] = await tx
        .select()
        .from(jobRuns)
        .where(and(eq(jobRuns.id, candidate.id), due))
        .for('update', { skipLocked: true });
      if (!run) continue;
      const job = jobs.get(run.functionId)!;
      const throttledUntil = await takeThrottleSlot(tx, job, run, now);
      if (throttledUntil) {
        await tx.update(jobRuns).set({ runAt: throttledUntil }).where(eq(jobRuns.id, run.id));
        continue;
      }
      const [taken] = await tx
        .update(jobRuns)
        .set({
          status: 'running',
          leaseOwner: owner,
          leaseUntil: new Date(now.getTime() + leaseMs),
          startedAt: run.startedAt ?? now,
        })
        .where(eq(jobRuns.id, run.id))
        .returning();
      claimed.push(taken!);
    }
    return claimed;
  });
}

/** The first of the run's concurrency groups that is full, or null when the run may start. */
async function fullConcurrencyGroup(tx: Db, job: Job, run: Pick<ClaimedRun, 'id' | 'concurrencyKeys'>, now: Date): Promise<string | null> {
  const options = job.options.concurrency ?? [];
  for (const [index, key] of run.concurrencyKeys.entries()) {
    const limit = options[index]?.limit;
    if (!limit) continue;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pm-jobs:${key}`}))`);
    const [{ running }] = (await tx
      .select({ running: sql<number>`count(*)::int` })
      .from(jobRuns)
      .where(
        and(
          eq(jobRuns.status, 'running'),
          gte(jobRuns.leaseUntil, now),
          ne(jobRuns.id, run.id),
          sql`${key} = any(${jobRuns.concurrencyKeys})`,
        ),
      )) as [{ running: number }];
    if (running >= limit) return key;
  }
  return null;
}

/** null when the run may start now (and its slot is taken); else the time its slot comes. */
async function takeThrottleSlot(tx: Db, job: Job, run: ClaimedRun, now: Date): Promise<Date | null> {
  const throttle = job.options.throttle;
  if (!throttle || run.startedAt || run.kind !== 'main' || run.throttleKey === null) return null;
  const interval = durationToMs(throttle.period) / throttle.limit;
  const tolerance = interval * Math.max((throttle.burst ?? 1) - 1, 0);
  await tx.insert(jobThrottles).values({ functionId: job.id, key: run.throttleKey, tat: now }).onConflictDoNothing();
  const [state] = await tx
    .select({ tat: jobThrottles.tat })
    .from(jobThrottles)
    .where(and(eq(jobThrottles.functionId, job.id), eq(jobThrottles.key, run.throttleKey)))
    .for('update');
  const tat = Math.max(state!.tat.getTime(), now.getTime());
  if (tat - tolerance > now.getTime()) return new Date(tat - tolerance);
  await tx
    .update(jobThrottles)
    .set({ tat: new Date(tat + interval) })
    .where(and(eq(jobThrottles.functionId, job.id), eq(jobThrottles.key, run.throttleKey)));
  return null;
}
