import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import { eventType } from 'inngest';
import { z } from 'zod';
import type { DbHandle } from '@/lib/db/client';
import { resetEnvCache } from '@/lib/env';
import { withRls } from '@/lib/db/with-rls';
import { enqueueEvents, eventOf } from '@/lib/jobs/events';
import { jobEvents } from '@/lib/jobs/schema';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { startFakeInngest, type FakeInngest } from '@tests/fakes/inngest/event-api';

// Nothing sent is lost: an event that follows a database write is recorded in the same
// transaction (the outbox) and delivered after the commit; a failed delivery stays in the outbox
// and the relay delivers it later, exactly once as far as Inngest is concerned (stable ids).

const ping = eventType('test/ping', { schema: z.object({ n: z.number() }) });
let handle: DbHandle;
let fake: FakeInngest;

beforeAll(async () => {
  handle = await createTestDb();
  fake = await startFakeInngest();
});
afterAll(async () => {
  delete process.env.INNGEST_DEV;
  resetEnvCache();
  await fake.close();
  await handle.close();
});

describe('the outbox', () => {
  it('an event is committed with the write it announces, or not at all', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    const marker = Math.floor(Math.random() * 1e9);
    await expect(
      withRls(user.claims, async (tx) => {
        await enqueueEvents(tx, [eventOf(ping, { n: marker })]);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const committed = await withRls(user.claims, (tx) => enqueueEvents(tx, [eventOf(ping, { n: marker + 1 })]));
    const rows = await handle.db
      .select()
      .from(jobEvents)
      .where(sql`${jobEvents.data} ->> 'n' in (${String(marker)}, ${String(marker + 1)})`);
    expect(rows.map((r) => r.data)).toEqual([{ n: marker + 1 }]);
    expect(rows[0]!.id).toBe(committed[0]);
    expect(rows[0]!.sentBy).toBe(user.id); // who sent it, for the admin's job page
  });

  it('a client cannot read or rewrite the outbox through the API roles', async () => {
    const user = await createTestUser(handle, { tier: 'pro' });
    await withRls(user.claims, (tx) => enqueueEvents(tx, [eventOf(ping, { n: 7 })]));
    expect(await withRls(user.claims, (tx) => tx.select().from(jobEvents))).toEqual([]);
    await expect(withRls(user.claims, (tx) => tx.update(jobEvents).set({ name: 'x' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(withRls(user.claims, (tx) => tx.insert(jobEvents).values({ name: 'x', data: {} }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('delivery to Inngest', () => {
  it('delivers after commit; an outage leaves the events pending for the relay, which delivers each once', async () => {
    process.env.INNGEST_DEV = fake.url; // the jobs adapter is Inngest (a dev server URL), pointed at the stand-in
    resetEnvCache();
    // Imported now: the Inngest client reads its configuration when it is created.
    const { flushEvents } = await import('@/lib/jobs/send-events');
    const { deliverPendingEvents } = await import('@/lib/jobs/deliver-events');
    const { describeAdapters } = await import('@/lib/env');
    expect(describeAdapters().jobs).toBe('inngest');

    const first = await enqueueEvents(handle.db, [eventOf(ping, { n: 1 }, { id: 'ping-1' })]);
    await flushEvents();
    expect(fake.received.map((e) => [e.name, e.id])).toContainEqual(['test/ping', 'ping-1']);
    const [delivered] = await handle.db.select().from(jobEvents).where(eq(jobEvents.id, first[0]!));
    expect(delivered!.dispatchedAt).not.toBeNull();

    fake.failing = true;
    const pending = await enqueueEvents(handle.db, [eventOf(ping, { n: 2 }), eventOf(ping, { n: 3 })]);
    await flushEvents(); // never throws: the events are safe in the outbox
    let rows = await handle.db.select().from(jobEvents).where(inArray(jobEvents.id, pending));
    expect(rows.every((r) => r.dispatchedAt === null && r.attempts === 1 && r.lastError)).toBe(true);
    expect(await deliverPendingEvents()).toBe(0); // backing off: not due yet

    fake.failing = false;
    expect(await deliverPendingEvents({ now: new Date(Date.now() + 60_000) })).toBe(2);
    expect(await deliverPendingEvents({ now: new Date(Date.now() + 120_000) })).toBe(0);
    rows = await handle.db.select().from(jobEvents).where(inArray(jobEvents.id, pending));
    expect(rows.every((r) => r.dispatchedAt !== null)).toBe(true);
    // Each went out with a stable id (its row id), so a repeat would be dropped by Inngest.
    expect(fake.received.filter((e) => pending.includes(e.id ?? ''))).toHaveLength(2);
  });

  it("delivers at once when the app's clock runs behind the database's (due is decided on the database's clock)", async () => {
    process.env.INNGEST_DEV = fake.url;
    resetEnvCache();
    const { flushEvents } = await import('@/lib/jobs/send-events');
    fake.failing = false;
    // Another host's clock, 1.5 s behind the database (the events are stamped by the database).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 1_500 });
    try {
      const ids = await enqueueEvents(handle.db, [eventOf(ping, { n: 11 })]);
      await flushEvents();
      const [row] = await handle.db.select().from(jobEvents).where(eq(jobEvents.id, ids[0]!));
      expect(row!.dispatchedAt).not.toBeNull();
      expect(fake.received.map((e) => e.id)).toContain(ids[0]);
    } finally {
      vi.useRealTimers();
    }
  });
});
