import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { createApiKey } from '@/modules/api/create-api-key';
import { unsafePurgeIdempotencyKeys } from '@/modules/api/unsafe-purge-idempotency-keys';
import { createTestDb, createTestUser, type TestUser } from '@tests/helpers/test-db';
import { jobs } from '~inngest/functions';

// The hourly retention of /api/v1 Idempotency-Key rows, on the real database: every account's rows
// older than 24 hours go (in batches), younger ones — and in-flight claims — stay.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function rowsFor(user: TestUser, ages: Record<string, string>): Promise<void> {
  const { id: keyId } = await createApiKey(user.claims, { name: 'purge', scopes: ['write'], expiresInDays: null });
  for (const [idempotencyKey, age] of Object.entries(ages)) {
    await handle.executor.query(
      `insert into public.api_idempotency_keys (owner_id, api_key_id, idempotency_key, request_hash, created_at)
       values ($1, $2, $3, repeat('0', 64), now() - $4::interval)`,
      [user.id, keyId, idempotencyKey, age],
    );
  }
}

const keysOf = async (user: TestUser) =>
  (
    await handle.executor.query<{ k: string }>(
      'select idempotency_key as k from public.api_idempotency_keys where owner_id = $1 order by idempotency_key',
      [user.id],
    )
  ).map((r) => r.k);

describe('purge-idempotency-keys', () => {
  it("deletes every account's keys older than 24 h, in batches, and keeps younger ones", async () => {
    const a = await createTestUser(handle);
    const b = await createTestUser(handle);
    await rowsFor(a, { 'a-old': '25 hours', 'a-older': '3 days', 'a-fresh': '23 hours', 'a-new': '1 minute' });
    await rowsFor(b, { 'b-old-1': '24 hours 1 second', 'b-old-2': '30 hours', 'b-old-3': '2 days', 'b-fresh': '2 hours' });

    const { deleted } = await unsafePurgeIdempotencyKeys({ batchSize: 2 });
    expect(deleted).toBeGreaterThanOrEqual(5);
    expect(await keysOf(a)).toEqual(['a-fresh', 'a-new']);
    expect(await keysOf(b)).toEqual(['b-fresh']);
    await unsafePurgeIdempotencyKeys();
    expect(await keysOf(a)).toEqual(['a-fresh', 'a-new']);
  });

  it('is a registered hourly cron job', () => {
    const job = jobs.find((j) => j.id === 'purge-idempotency-keys');
    expect(job?.trigger).toEqual({ cron: '17 * * * *' });
  });
});
