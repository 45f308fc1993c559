import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { createTicket } from '@/modules/tickets/create-ticket';
import { assignTicket } from '@/modules/tickets/assign-ticket';
import { changeTicketStatus } from '@/modules/tickets/change-ticket-status';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { getTicket } from '@/modules/tickets/get-ticket';
import { listTicketInbox } from '@/modules/tickets/list-ticket-inbox';
import { unsafeRunSlaChecks } from '@/modules/tickets/unsafe-run-sla-checks';
import { addSlaMinutes } from '@/modules/tickets/business-hours';
import { describeNotification } from '@/modules/notifications/describe-notification';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { rowsOf } from '@tests/helpers/rls-matrix';

// The SLA cron with a controllable clock: the assignee is warned at 80 %, every admin hears of a
// breach, each once; a ticket waiting for the client is left alone. Every case names its own
// ticket, so other tests' tickets in the same database don't change the counts asserted here.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' }));
const minutesAfter = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

async function notificationsAbout(ticketId: string) {
  return rowsOf<{ kind: string; user_id: string }>(
    await handle.db.execute(
      sql`select kind, payload ->> 'userId' as user_id from public.notification_events where payload ->> 'ticketId' = ${ticketId} order by kind, user_id`,
    ),
  );
}

async function historyOf(ticketId: string) {
  return rowsOf<{ kind: string }>(
    await handle.db.execute(sql`select kind from public.support_ticket_events where ticket_id = ${ticketId} order by id`),
  ).map((r) => r.kind);
}

describe('SLA checks', () => {
  it('warns the assignee at 80 % and escalates to every admin at breach, each once', async () => {
    const client = await createTestUser(handle, { tier: 'pro' }); // 4 h
    const admin = await createTestUser(handle, { userType: 'admin' });
    const admin2 = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'Checkout broken', description: 'Urgent', priority: 'urgent' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: admin.id });
    expect(t.firstResponseDueAt).toEqual(minutesAfter(t.createdAt, 240));

    await unsafeRunSlaChecks(minutesAfter(t.createdAt, 191));
    expect(await notificationsAbout(t.id)).toEqual([]);

    expect(await unsafeRunSlaChecks(minutesAfter(t.createdAt, 193))).toEqual({ warned: 1, breached: 0 });
    expect(await unsafeRunSlaChecks(minutesAfter(t.createdAt, 200))).toEqual({ warned: 0, breached: 0 }); // a re-run claims nothing
    expect(await notificationsAbout(t.id)).toEqual([{ kind: 'ticket.sla_warning', user_id: admin.id }]);

    expect(await unsafeRunSlaChecks(minutesAfter(t.createdAt, 241))).toEqual({ warned: 0, breached: 1 });
    expect(await unsafeRunSlaChecks(minutesAfter(t.createdAt, 300))).toEqual({ warned: 0, breached: 0 });
    const breaches = (await notificationsAbout(t.id)).filter((n) => n.kind === 'ticket.sla_breached').map((n) => n.user_id);
    expect(breaches).toEqual(expect.arrayContaining([admin.id, admin2.id]));
    expect(new Set(breaches).size).toBe(breaches.length);
    expect(await historyOf(t.id)).toEqual(['created', 'assigned', 'sla_warned', 'sla_breached']);
    const detail = await getTicket(admin.claims, { ticketId: t.id });
    expect(detail.ticket.slaBreachedAt).toEqual(detail.ticket.firstResponseDueAt);

    // A late answer still counts as outside the SLA in the month's numbers.
    await replyToTicket(admin.claims, { ticketId: t.id, body: 'Sorry for the wait' });
    const inbox = await listTicketInbox(admin.claims, { client: client.id, status: 'in_progress' });
    expect(inbox.stats).toMatchObject({ opened: 1, withinSlaRatio: 0 });
    expect(await notificationsAbout(t.id)).toContainEqual({ kind: 'ticket.replied', user_id: client.id });
  });

  it('warns the assignee whoever they are: a developer hears at 80 %, the breach still goes to the admins', async () => {
    const client = await createTestUser(handle, { tier: 'pro' }); // 4 h
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const t = await createTicket(client.claims, { subject: 'Slow pages', description: 'Since Monday' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: developer.id });
    expect(await unsafeRunSlaChecks(minutesAfter(t.createdAt, 193))).toEqual({ warned: 1, breached: 0 });
    expect(await notificationsAbout(t.id)).toEqual([{ kind: 'ticket.sla_warning', user_id: developer.id }]);
    await unsafeRunSlaChecks(minutesAfter(t.createdAt, 241));
    const breaches = (await notificationsAbout(t.id)).filter((n) => n.kind === 'ticket.sla_breached').map((n) => n.user_id);
    expect(breaches).toContain(admin.id);
    expect(breaches).not.toContain(developer.id);
    // The warning opens the assignee's page (a developer has no admin area); the breach the admin's.
    const fields = {
      eventId: 'x',
      userId: developer.id,
      ticketId: t.id,
      ticketNumber: t.number,
      subject: t.subject,
      dueAt: t.createdAt.toISOString(),
    };
    expect(describeNotification({ kind: 'ticket.sla_warning', ...fields }, null).link).toBe(`/dashboard/tickets/assigned/${t.id}`);
    expect(describeNotification({ kind: 'ticket.sla_breached', ...fields }, null).link).toBe(`/admin/tickets/${t.id}`);
  });

  it('runs at the same moment claim each warning and each breach once (PostgreSQL: real concurrent transactions)', async () => {
    const client = await createTestUser(handle, { tier: 'pro' }); // 4 h
    const admin = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'Checkout broken', description: 'Since today' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: admin.id });
    const warnRuns = await Promise.all(Array.from({ length: 4 }, () => unsafeRunSlaChecks(minutesAfter(t.createdAt, 193))));
    expect(warnRuns.reduce((sum, r) => sum + r.warned, 0)).toBe(1);
    const breachRuns = await Promise.all(Array.from({ length: 4 }, () => unsafeRunSlaChecks(minutesAfter(t.createdAt, 241))));
    expect(breachRuns.reduce((sum, r) => sum + r.breached, 0)).toBe(1);
    const notices = await notificationsAbout(t.id);
    expect(notices.filter((n) => n.kind === 'ticket.sla_warning')).toHaveLength(1);
    expect(new Set(notices.filter((n) => n.kind === 'ticket.sla_breached').map((n) => n.user_id)).size).toBe(
      notices.filter((n) => n.kind === 'ticket.sla_breached').length,
    );
  });

  it('a ticket waiting for the client neither warns nor breaches; the clock resumes with what was left', async () => {
    const client = await createTestUser(handle, { tier: 'enterprise' }); // 1 h
    const admin = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'Question', description: 'Which plan?' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: admin.id });
    await changeTicketStatus(admin.claims, { ticketId: t.id, status: 'waiting_for_client' }, minutesAfter(t.createdAt, 30));
    await unsafeRunSlaChecks(minutesAfter(t.createdAt, 600));
    expect(await notificationsAbout(t.id)).toEqual([]);
    // The client writes back (in real time, so the clock resumes at the database's now).
    await replyToTicket(client.claims, { ticketId: t.id, body: 'The Pro one' });
    const after = (await getTicket(client.claims, { ticketId: t.id })).ticket;
    expect(after.status).toBe('open');
    expect(after.slaPausedAt).toBeNull();
    expect(after.slaConsumedMinutes).toBeCloseTo(30, 0);
    const left = (after.firstResponseDueAt!.getTime() - after.slaClockStartedAt!.getTime()) / 60_000;
    expect(left).toBeCloseTo(30, 0);
  });

  it('business hours: the due time skips the night, the weekend and holidays', async () => {
    const client = await createTestUser(handle, { tier: 'pro' });
    await handle.executor.query(`update public.support_settings set sla_hours = 'business', business_hours = '[]'::jsonb`);
    try {
      // With no working window at all, business hours fall back to calendar hours.
      const t = await createTicket(client.claims, { subject: 'A', description: 'B' });
      expect(t.slaHours).toBe('business');
      const seen = (await getTicket(client.claims, { ticketId: t.id })).ticket;
      expect(seen.firstResponseDueAt).toEqual(minutesAfter(seen.createdAt, 240));
      // Working hours Mon–Fri 09–18 in São Paulo and today a holiday: the engine's due replaces the database's calendar one.
      // Today in São Paulo by the database's clock — the one that stamps the ticket (not this machine's).
      const [{ today }] = rowsOf<{ today: string }>(
        await handle.db.execute(sql`select (now() at time zone 'America/Sao_Paulo')::date::text as today`),
      ) as [{ today: string }];
      await handle.executor.query(`update public.support_settings set business_hours = $1::jsonb, holidays = array[$2::date]`, [
        JSON.stringify(weekdays),
        today,
      ]);
      const u = await createTicket(client.claims, { subject: 'C', description: 'D' });
      const due = (await getTicket(client.claims, { ticketId: u.id })).ticket.firstResponseDueAt!;
      const policy = { hours: 'business' as const, timeZone: 'America/Sao_Paulo', schedule: weekdays, holidays: [today] };
      expect(due).toEqual(addSlaMinutes(u.createdAt, 240, policy));
      expect(due.getTime()).toBeGreaterThan(minutesAfter(u.createdAt, 240).getTime());
    } finally {
      await handle.executor.query(
        `update public.support_settings set sla_hours = 'calendar', holidays = '{}', business_hours = '[{"day":1,"start":"09:00","end":"18:00"},{"day":2,"start":"09:00","end":"18:00"},{"day":3,"start":"09:00","end":"18:00"},{"day":4,"start":"09:00","end":"18:00"},{"day":5,"start":"09:00","end":"18:00"}]'::jsonb`,
      );
    }
  });
});
