import { describeAdapters } from '@/lib/env';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { reportError } from '@/lib/observability';
import { deliverPendingEvents } from './deliver-events';
import { kickEmbeddedWorker } from './embedded/worker';
import { enqueueEvents } from './events';
import type { CheckedEvent } from './types';

/**
 * Hands committed events to the job engine, after the transaction that recorded them (see
 * `enqueueEvents`): Inngest gets them now (a failure leaves them in the outbox, and the
 * `jobs/relay-outbox` cron delivers them within a minute); the embedded engine reads the outbox
 * itself, so this only wakes its worker. Never throws: the events are safe in the outbox either way.
 */
export async function flushEvents(): Promise<void> {
  if (describeAdapters().jobs === 'inngest') {
    await deliverPendingEvents().catch((err: unknown) => reportError(err, { where: 'flushEvents' }));
    return;
  }
  kickEmbeddedWorker();
}

/** Sends events that follow no user transaction (system code): recorded, then flushed. */
export async function sendEvents(events: readonly CheckedEvent[]): Promise<string[]> {
  const db = await unsafeSystemDb('system code records events in the job outbox');
  const ids = await enqueueEvents(db, events);
  await flushEvents();
  return ids;
}
