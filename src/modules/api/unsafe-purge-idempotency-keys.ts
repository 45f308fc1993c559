import { sql } from 'drizzle-orm';
import { rowsOf } from '@/lib/db/rows-of';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { IDEMPOTENCY_KEY_TTL_HOURS } from './run-idempotent-request';

const BATCH = 5_000;

/**
 * Deletes every account's Idempotency-Key rows older than their 24 hours (IDEMPOTENCY_KEY_TTL_HOURS):
 * a replay after that runs the request anew anyway (runIdempotentRequest), and a stored response
 * body is a copy of account data nobody needs any more. Unsafe — the privileged connection — because
 * retention applies to every account's rows, and RLS lets a request see only its own key's owner's;
 * a cron has no such owner. In batches, so no long transaction holds the table the POSTs claim in.
 */
export async function unsafePurgeIdempotencyKeys(options: { batchSize?: number } = {}): Promise<{ deleted: number }> {
  const db = await unsafeSystemDb('the idempotency-key retention cron deletes every account’s expired keys');
  const batch = options.batchSize ?? BATCH;
  let deleted = 0;
  for (;;) {
    const rows = rowsOf<{ n: number }>(
      await db.execute(sql`
        with doomed as (
          select id from public.api_idempotency_keys
          where created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})
          limit ${batch}
        ), gone as (
          delete from public.api_idempotency_keys k using doomed d where k.id = d.id returning 1
        )
        select count(*)::int as n from gone`),
    );
    const n = rows[0]?.n ?? 0;
    deleted += n;
    if (n < batch) return { deleted };
  }
}
