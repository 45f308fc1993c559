import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '@/lib/db/client';
import { getDailyUsage } from '@/modules/metering/get-daily-usage';
import { recordUsage } from '@/modules/metering/record-usage';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The Usage page's day-by-day chart: sums per UTC day over the period, every day present, and
// only the caller's own events (an admin may look at any client's).

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const at = (iso: string) => new Date(iso);
const event = (userId: string, metric: 'page_generate' | 'ai_token' | 'bandwidth_bytes', quantity: number, occurredAt: string) => ({
  userId,
  metric,
  quantity,
  occurredAt: at(occurredAt),
  idempotencyKey: `test:${randomUUID()}`,
});

describe('daily usage', () => {
  it('sums each UTC day of the period, with the quiet days as zeros, for the caller only', async () => {
    const client = await createTestUser(handle);
    const other = await createTestUser(handle);
    const admin = await createTestUser(handle, { userType: 'admin' });
    await recordUsage([
      event(client.id, 'page_generate', 1, '2026-10-02T23:59:59Z'),
      event(client.id, 'page_generate', 1, '2026-10-03T00:00:00Z'),
      event(client.id, 'ai_token', 1200, '2026-10-03T10:00:00Z'),
      event(client.id, 'ai_token', 300, '2026-10-03T11:00:00Z'),
      event(client.id, 'bandwidth_bytes', 4096, '2026-10-01T08:00:00Z'),
      event(client.id, 'page_generate', 1, '2026-09-30T23:00:00Z'), // the period before
      event(other.id, 'page_generate', 5, '2026-10-02T12:00:00Z'),
    ]);
    const period = { from: at('2026-10-01T00:00:00Z'), to: at('2026-10-05T00:00:00Z') };

    expect(await getDailyUsage(client.claims, period)).toEqual([
      { day: '2026-10-01', generations: 0, aiTokens: 0, bandwidthBytes: 4096 },
      { day: '2026-10-02', generations: 1, aiTokens: 0, bandwidthBytes: 0 },
      { day: '2026-10-03', generations: 1, aiTokens: 1500, bandwidthBytes: 0 },
      { day: '2026-10-04', generations: 0, aiTokens: 0, bandwidthBytes: 0 },
    ]);
    // Asking about someone else returns nothing of theirs (RLS), not an error that confirms them.
    const peek = await getDailyUsage(client.claims, { ...period, userId: other.id });
    expect(peek.every((d) => d.generations === 0)).toBe(true);
    const asAdmin = await getDailyUsage(admin.claims, { ...period, userId: other.id });
    expect(asAdmin.find((d) => d.day === '2026-10-02')?.generations).toBe(5);
  });
});
