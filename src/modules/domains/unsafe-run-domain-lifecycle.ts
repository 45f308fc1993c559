import { domainToUnicode } from 'node:url';
import type { Resolver } from 'node:dns/promises';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { getDomainHosting } from '@/lib/domain-hosting/domain-hosting';
import { reportError } from '@/lib/observability';
import type { DomainEmailKind } from '@/lib/email/templates/domain-email';
import {
  daysBetween,
  REMOVE_WAITING_AFTER_DAYS,
  STOP_SERVING_AFTER_DAYS,
  WAITING_REMINDER_DAYS,
  WARN_FAILING_AFTER_DAYS,
} from './domain-status';
import { notifyDomainOwner } from './notify-domain-owner';
import { domainEvents, domains, type DomainRow } from './schema';
import { runDomainCheck } from './verify-domain';

export type LifecycleOutcome = { checked: number; reminded: number; removed: number; warned: number; stopped: number };

/** One decision for a domain at `now` (pure): which email is due, and whether to remove it. */
export function lifecycleStep(
  row: Pick<DomainRow, 'status' | 'createdAt' | 'failingSince' | 'remindersSent'>,
  now: Date,
): { kind: DomainEmailKind; mark: string; remove?: boolean } | null {
  const sent = new Set(row.remindersSent);
  if (row.status === 'waiting' || row.status === 'verified') {
    const age = daysBetween(row.createdAt, now);
    if (age >= REMOVE_WAITING_AFTER_DAYS) return { kind: 'removed', mark: 'removed', remove: true };
    // The latest reminder due, once: a cron that was down on day 2 sends one email on day 8, not two.
    const due = [...WAITING_REMINDER_DAYS].reverse().find((day) => age >= day);
    if (due !== undefined && !sent.has(`day${due}`)) return { kind: 'waitingReminder', mark: `day${due}` };
    return null;
  }
  if (row.status === 'needs_attention' && row.failingSince) {
    const failing = daysBetween(row.failingSince, now);
    if (failing >= STOP_SERVING_AFTER_DAYS && !sent.has('stopped')) return { kind: 'stopped', mark: 'stopped' };
    if (failing >= WARN_FAILING_AFTER_DAYS && failing < STOP_SERVING_AFTER_DAYS && !sent.has('failing3'))
      return { kind: 'failing', mark: 'failing3' };
  }
  return null;
}

/**
 * The custom-domain lifecycle, run by the domain-lifecycle cron (and by tests with their own
 * clock): checks the domains whose next check is due (backoff in domain-schedule.ts), then sends
 * each reminder or warning once (day 2 and 7 for pending domains, day 3 of failing records), stops
 * serving after 14 days failing (the `<slug>` address keeps working) and removes domains still
 * pending after 30 days. System code: no session, every owner's domains.
 */
export async function unsafeRunDomainLifecycle(
  options: { now?: Date; resolver?: Resolver; batch?: number } = {},
): Promise<LifecycleOutcome> {
  const now = options.now ?? new Date();
  const db = await unsafeSystemDb('the domain lifecycle cron checks and updates every owner’s domains');
  const outcome: LifecycleOutcome = { checked: 0, reminded: 0, removed: 0, warned: 0, stopped: 0 };

  const due = await db
    .select()
    .from(domains)
    .where(lte(domains.nextCheckAt, now))
    .orderBy(asc(domains.nextCheckAt))
    .limit(options.batch ?? 200);
  for (const row of due) {
    if (await runDomainCheck(row, { resolver: options.resolver, now })) outcome.checked += 1;
  }

  const candidates = await db
    .select()
    .from(domains)
    .where(inArray(domains.status, ['waiting', 'verified', 'needs_attention']))
    .orderBy(asc(domains.createdAt))
    .limit(options.batch ?? 1_000);
  for (const row of candidates) {
    const step = lifecycleStep(row, now);
    if (!step) continue;
    const displayName = domainToUnicode(row.name) || row.name;
    if (step.remove) {
      const removed = await db
        .delete(domains)
        .where(and(eq(domains.id, row.id), eq(domains.status, row.status)))
        .returning({ id: domains.id });
      if (!removed[0]) continue;
      // A proven (verified) domain was added to the hosting provider (Vercel): it leaves it too, as
      // when its owner removes it (remove-domain.ts). Best effort: the row is gone either way.
      if (row.status !== 'waiting')
        await getDomainHosting()
          .detach(row.name)
          .catch((err: unknown) => reportError(err, { where: 'domain lifecycle: detach from hosting provider' }));
      await notifyDomainOwner({ domainId: row.id, projectId: row.projectId, kind: 'removed', displayName, occurrence: 'removed' });
      outcome.removed += 1;
      continue;
    }
    // Mark first (only if nobody else did): two cron runs never send the same email twice.
    const marked = await db
      .update(domains)
      .set({ remindersSent: sql`array_append(${domains.remindersSent}, ${step.mark}::text)` })
      .where(and(eq(domains.id, row.id), sql`not (${step.mark}::text = any(${domains.remindersSent}))`))
      .returning({ id: domains.id });
    if (!marked[0]) continue;
    await db.insert(domainEvents).values({
      domainId: row.id,
      ownerId: row.ownerId,
      name: row.name,
      fromStatus: row.status,
      toStatus: row.status,
      kind: step.kind === 'stopped' ? 'stopped_serving' : step.kind === 'failing' ? 'warned' : 'reminder',
    });
    await notifyDomainOwner({
      domainId: row.id,
      projectId: row.projectId,
      kind: step.kind,
      displayName,
      occurrence: row.failingSince && step.kind !== 'waitingReminder' ? `${step.mark}:${row.failingSince.toISOString()}` : step.mark,
    });
    if (step.kind === 'waitingReminder') outcome.reminded += 1;
    else if (step.kind === 'failing') outcome.warned += 1;
    else outcome.stopped += 1;
  }
  return outcome;
}
