import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/rows-of';
import { evaluateKeyExpression } from '../key-expression';
import { jobRuns } from '../schema';
import type { Job, JobEvent } from '../types';

export type RunSource = {
  event: JobEvent<unknown>;
  eventId?: string | null;
  kind?: 'main' | 'failure';
  failureOf?: string;
  rerunOf?: string;
};

const DEDUPE_WINDOW = '24 hours';

/** The concurrency groups a run of `job` for `event` belongs to, one per option. */
export function concurrencyKeysFor(job: Job, event: JobEvent<unknown>): string[] {
  return (job.options.concurrency ?? []).map((option) => {
    const value = option.key ? evaluateKeyExpression(option.key, event) : '';
    return option.scope === 'env' ? `env:${value}` : `fn:${job.id}:${value}`;
  });
}

/**
 * Creates a queued run of `job` (inside the caller's transaction). A function idempotency key
 * seen in the last 24 hours makes it a duplicate: no run, null returned — except for an admin's
 * re-run and failure handlers, which are deliberate repeats.
 */
export async function createRun(tx: Db, job: Job, source: RunSource, now: Date): Promise<string | null> {
  const kind = source.kind ?? 'main';
  if (job.options.idempotency && kind === 'main' && !source.rerunOf) {
    const at = now.toISOString(); // raw SQL parameters: postgres.js takes no Date here
    const key = evaluateKeyExpression(job.options.idempotency, source.event);
    const fresh = rowsOf<{ key: string }>(
      await tx.execute(sql`
        insert into public.job_dedupe (scope, key, expires_at)
        values (${`fn:${job.id}`}, ${key}, ${at}::timestamptz + ${DEDUPE_WINDOW}::interval)
        on conflict (scope, key) do update set expires_at = excluded.expires_at, created_at = ${at}::timestamptz
          where public.job_dedupe.expires_at <= ${at}::timestamptz
        returning key`),
    );
    if (fresh.length === 0) return null;
  }
  const event = source.event;
  const [row] = await tx
    .insert(jobRuns)
    .values({
      functionId: job.id,
      kind,
      eventId: source.eventId ?? null,
      eventName: event.name,
      eventData: event.data,
      eventExternalId: event.id ?? null,
      eventTs: event.ts ? new Date(event.ts) : now,
      status: 'queued',
      runAt: now,
      concurrencyKeys: kind === 'main' ? concurrencyKeysFor(job, event) : [],
      throttleKey: job.options.throttle && kind === 'main' ? evaluateKeyExpression(job.options.throttle.key ?? '""', event) : null,
      failureOf: source.failureOf ?? null,
      rerunOf: source.rerunOf ?? null,
      createdAt: now,
    })
    .returning({ id: jobRuns.id });
  return row!.id;
}
