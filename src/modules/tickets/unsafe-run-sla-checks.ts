import { and, inArray, isNull, lte, sql } from 'drizzle-orm';
import { unsafeSystemDb } from '@/lib/db/unsafe-system-db';
import { flushEvents } from '@/lib/jobs/send-events';
import { unsafeListAgencyAdminIds } from '@/modules/accounts/unsafe-list-agency-admin-ids';
import { emitNotification } from '@/modules/notifications/emit-notification';
import { unsafeRaiseWebhookEventInTx } from '@/modules/webhooks/raise-webhook-event';
import { supportTickets } from './schema';

/**
 * The SLA cron's two decisions, at `now`:
 *  - 80 % of a running first-response SLA used: the assignee hears (nobody when unassigned — the
 *    breach escalates to everyone anyway);
 *  - the due time passed without an answer: the breach is recorded on the ticket (and in its
 *    history, by trigger) and every agency admin hears; the ticket owner's webhook endpoints get
 *    `ticket.sla_breached` in the claim's transaction.
 * Each fires once per ticket: the timestamp is claimed with a conditional UPDATE … RETURNING, so
 * a re-run, an overlapping run or a second process finds nothing left to claim; the notifications'
 * event ids are deterministic too, so a retry after the claim is delivered once.
 * System code: a cron has no session and reads every client's tickets.
 */
export async function unsafeRunSlaChecks(now: Date = new Date()): Promise<{ warned: number; breached: number }> {
  const db = await unsafeSystemDb('the SLA cron reads and marks every client’s tickets');
  const running = and(
    isNull(supportTickets.firstRespondedAt),
    isNull(supportTickets.slaPausedAt),
    isNull(supportTickets.mergedIntoId),
    inArray(supportTickets.status, ['open', 'in_progress']),
  );
  const warned = await db
    .update(supportTickets)
    .set({ slaWarnedAt: now })
    .where(and(running, isNull(supportTickets.slaWarnedAt), lte(supportTickets.slaWarnAt, now)))
    .returning({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      assigneeId: supportTickets.assigneeId,
      dueAt: supportTickets.firstResponseDueAt,
    });
  for (const t of warned) {
    if (!t.assigneeId) continue;
    await emitNotification({
      kind: 'ticket.sla_warning',
      eventId: `ticket.sla_warning:${t.id}`,
      userId: t.assigneeId,
      ticketId: t.id,
      ticketNumber: t.number,
      subject: t.subject,
      dueAt: (t.dueAt ?? now).toISOString(),
    });
  }
  // The claim and the client's webhook messages commit together: a breach recorded is always
  // announced to the ticket owner's endpoints, and a claim that rolls back announces nothing.
  const breached = await db.transaction(async (tx) => {
    const claimed = await tx
      .update(supportTickets)
      .set({ slaBreachedAt: sql`${supportTickets.firstResponseDueAt}` })
      .where(and(running, isNull(supportTickets.slaBreachedAt), lte(supportTickets.firstResponseDueAt, now)))
      .returning({
        id: supportTickets.id,
        ownerId: supportTickets.ownerId,
        number: supportTickets.number,
        subject: supportTickets.subject,
        dueAt: supportTickets.firstResponseDueAt,
      });
    for (const t of claimed) {
      await unsafeRaiseWebhookEventInTx(tx, {
        type: 'ticket.sla_breached',
        account: { userId: t.ownerId },
        key: `ticket.sla_breached:${t.id}`,
        data: { ticketId: t.id, ticketNumber: t.number, subject: t.subject, dueAt: (t.dueAt ?? now).toISOString() },
      });
    }
    return claimed;
  });
  if (breached.length) await flushEvents();
  if (breached.length) {
    const admins = await unsafeListAgencyAdminIds();
    for (const t of breached) {
      for (const adminId of admins) {
        await emitNotification({
          kind: 'ticket.sla_breached',
          eventId: `ticket.sla_breached:${t.id}:${adminId}`,
          userId: adminId,
          ticketId: t.id,
          ticketNumber: t.number,
          subject: t.subject,
          dueAt: (t.dueAt ?? now).toISOString(),
        });
      }
    }
  }
  return { warned: warned.length, breached: breached.length };
}
