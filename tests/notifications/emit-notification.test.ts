import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { jobEvents } from '@/lib/jobs/schema';
import { emitNotification, emitNotificationInTx } from '@/modules/notifications/emit-notification';
import { notificationEvents } from '@/modules/notifications/schema';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('emitNotification', () => {
  it('stores an event once per event id and queues one delivery job event', async () => {
    const user = await createTestUser(handle);
    const eventId = `payment.failed:in_${randomUUID()}`;
    const first = await emitNotification({ kind: 'payment.failed', eventId, userId: user.id, invoiceId: 'in_1' });
    const second = await emitNotification({ kind: 'payment.failed', eventId, userId: user.id, invoiceId: 'in_1' });
    expect([first.isNew, second.isNew]).toEqual([true, false]);
    const stored = await handle.db.select().from(notificationEvents).where(eq(notificationEvents.eventId, eventId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.payload).toMatchObject({ kind: 'payment.failed', userId: user.id });
    const queued = await handle.db
      .select()
      .from(jobEvents)
      .where(eq(jobEvents.externalId, `notification:${eventId}`));
    expect(queued.map((e) => [e.name, e.data])).toEqual([['notifications/event.emitted', { eventId }]]);
  });

  it('rolls back with the caller’s transaction', async () => {
    const user = await createTestUser(handle);
    const eventId = `payment.recovered:${randomUUID()}`;
    await expect(
      handle.db.transaction(async (tx) => {
        await emitNotificationInTx(tx, { kind: 'payment.recovered', eventId, userId: user.id });
        throw new Error('the caller’s write failed');
      }),
    ).rejects.toThrow('the caller’s write failed');
    expect(await handle.db.select().from(notificationEvents).where(eq(notificationEvents.eventId, eventId))).toHaveLength(0);
  });

  it('refuses a malformed event where it is emitted', async () => {
    await expect(
      emitNotification({
        kind: 'usage.threshold',
        eventId: 'x',
        userId: randomUUID(),
        meter: 'ai_token',
        percent: 75 as 80,
        periodStart: '2026-11-01',
      }),
    ).rejects.toThrow();
    await expect(
      emitNotification({ kind: 'site.published', eventId: '', projectId: randomUUID(), deploymentId: randomUUID() }),
    ).rejects.toThrow();
  });

  it('cuts a long lead message to a 280-character preview', async () => {
    const user = await createTestUser(handle);
    const eventId = `lead.created:${randomUUID()}`;
    // No project: the event is stored as given (recipients are resolved at delivery).
    await emitNotification({ kind: 'lead.created', eventId, projectId: randomUUID(), leadName: ' Ana ', messagePreview: 'x'.repeat(1000) });
    const [row] = await handle.db.select().from(notificationEvents).where(eq(notificationEvents.eventId, eventId));
    expect(row!.payload).toMatchObject({ leadName: 'Ana' });
    expect((row!.payload as { messagePreview: string }).messagePreview).toHaveLength(280);
    void user;
  });

  it('is system-only: a signed-in person cannot emit (nor read the outbox)', async () => {
    const user = await createTestUser(handle);
    await expect(
      withRls(user.claims, (tx) =>
        tx.execute(sql`select private.emit_notification('forged', 'payment.failed', ${JSON.stringify({ userId: randomUUID() })}::jsonb)`),
      ),
    ).rejects.toThrow();
    const seen = await withRls(user.claims, (tx) => tx.select().from(notificationEvents));
    expect(seen).toHaveLength(0);
  });
});
