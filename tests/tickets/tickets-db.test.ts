import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '@/lib/db/client';
import { withRls } from '@/lib/db/with-rls';
import { isAppError } from '@/lib/errors';
import { createTicket } from '@/modules/tickets/create-ticket';
import { replyToTicket } from '@/modules/tickets/reply-to-ticket';
import { addInternalNote } from '@/modules/tickets/add-internal-note';
import { getTicket } from '@/modules/tickets/get-ticket';
import { changeTicketStatus } from '@/modules/tickets/change-ticket-status';
import { rateTicket } from '@/modules/tickets/rate-ticket';
import { mergeTickets } from '@/modules/tickets/merge-tickets';
import { listMyTickets } from '@/modules/tickets/list-my-tickets';
import { assignTicket } from '@/modules/tickets/assign-ticket';
import { supportTicketNotes, supportTickets } from '@/modules/tickets/schema';
import { raceIt } from '@tests/helpers/race';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';
import { barrier, rowsOf } from '@tests/helpers/rls-matrix';

// The tickets tables: the monthly allowance (enforced by the database, race-free, in the agency's
// time zone), who sees what (internal notes never reach a client), and the conversation's rules.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (err: unknown) => (isAppError(err) ? err.code : `not an AppError: ${String(err)}`),
  );

/** `count` tickets for `ownerId` opened at `at`, on the privileged connection (the trigger still counts them). */
async function openAsSystem(ownerId: string, count: number, at: string): Promise<void> {
  await handle.executor.query(
    `insert into public.support_tickets (owner_id, subject, description, created_at)
     select $1, 'Fixture ' || n, 'Fixture', $2::timestamptz from generate_series(1, $3::int) n`,
    [ownerId, at, count],
  );
}

async function systemOpenError(ownerId: string, at: string): Promise<string> {
  try {
    await openAsSystem(ownerId, 1, at);
    return 'resolved';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('the monthly allowance', () => {
  raceIt('N concurrent creates of the last allowed ticket: exactly one succeeds', async () => {
    const user = await createTestUser(handle, { tier: 'free' }); // 15 a month
    await openAsSystem(user.id, 14, new Date().toISOString());
    // Every transaction has read the client's tickets before any inserts.
    const n = 8;
    const gate = barrier(n);
    const outcomes = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        codeOf(
          withRls(user.claims, async (tx) => {
            await tx.execute(sql`select count(*) from public.support_tickets`);
            await gate.arrive();
            await tx.insert(supportTickets).values({ ownerId: user.id, subject: `Race ${i}`, description: 'x', month: '2000-01-01' });
          }),
        ),
      ),
    );
    expect(gate.allArrived()).toBe(true);
    expect(outcomes.filter((o) => o === 'resolved')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'TIER_LIMIT')).toHaveLength(n - 1);
    const mine = await listMyTickets(user.claims);
    expect(mine.tickets).toHaveLength(15);
    expect(mine.allowance).toMatchObject({ used: 15, limit: 15, isAtLimit: true });
  });

  it('the 16th ticket of a Free month is refused with the limit and the reset time', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    await openAsSystem(user.id, 15, new Date().toISOString());
    const err = await createTicket(user.claims, { subject: 'One more', description: 'Please' }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('TIER_LIMIT');
    expect(isAppError(err) && err.errorMessage.key).toBe('errors.tickets.monthlyLimit');
    const { resetsAt } = (isAppError(err) ? err.details : {}) as { resetsAt: string };
    const mine = await listMyTickets(user.claims);
    expect(new Date(resetsAt).getTime()).toBe(mine.allowance.resetsAt.getTime());
  });

  it('resets at midnight of the 1st in the agency time zone (São Paulo), not UTC — the 30th at 23:59 local still counts in November', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    // 2026-11-30 23:59 in São Paulo (UTC−3) is 2026-12-01 02:59 UTC: still November there.
    await openAsSystem(user.id, 15, '2026-11-30T23:59:00-03:00');
    expect(await systemOpenError(user.id, '2026-11-30T23:59:59-03:00')).toBe('tier_limit:tickets');
    expect(await systemOpenError(user.id, '2026-12-01T00:00:00-03:00')).toBe('resolved');
    const months = rowsOf<{ month: string; used: number }>(
      await handle.db.execute(sql`select month::text, used from public.support_ticket_counters where owner_id = ${user.id} order by month`),
    );
    expect(months).toEqual([
      { month: '2026-11-01', used: 15 },
      { month: '2026-12-01', used: 1 },
    ]);
    const [end] = rowsOf<{ end: Date | string }>(
      await handle.db.execute(sql`select private.support_month_end('2026-12-01T02:59:00Z'::timestamptz) as end`),
    );
    expect(new Date(end!.end).toISOString()).toBe('2026-12-01T03:00:00.000Z');
  });

  it('follows the configured time zone', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    await handle.executor.query(`update public.support_settings set time_zone = 'Asia/Tokyo'`);
    try {
      // 2026-11-30 20:00 UTC is already December 1st in Tokyo.
      await openAsSystem(user.id, 1, '2026-11-30T20:00:00Z');
      const [row] = rowsOf<{ month: string }>(
        await handle.db.execute(sql`select month::text from public.support_tickets where owner_id = ${user.id}`),
      );
      expect(row!.month).toBe('2026-12-01');
    } finally {
      await handle.executor.query(`update public.support_settings set time_zone = 'America/Sao_Paulo'`);
    }
  });

  it('Enterprise is unlimited', async () => {
    const user = await createTestUser(handle, { tier: 'enterprise' });
    await openAsSystem(user.id, 80, new Date().toISOString()); // more than Pro's 60
    await createTicket(user.claims, { subject: 'Still fine', description: 'Yes' });
    const mine = await listMyTickets(user.claims);
    expect(mine.allowance).toMatchObject({ used: 81, limit: null, isAtLimit: false });
  });

  it('a merged duplicate gives its slot back', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const kept = await createTicket(user.claims, { subject: 'Site down', description: 'Help' });
    const dup = await createTicket(user.claims, { subject: 'Site down!!', description: 'Help again' });
    await mergeTickets(admin.claims, { ticketId: dup.id, intoTicketNumber: kept.number });
    expect((await listMyTickets(user.claims)).allowance.used).toBe(1);
    const detail = await getTicket(admin.claims, { ticketId: kept.id });
    expect(detail.notes.map((n) => n.body)).toEqual([expect.stringContaining('Help again')]);
    const merged = await getTicket(user.claims, { ticketId: dup.id });
    expect(merged.ticket).toMatchObject({ status: 'closed', mergedIntoId: kept.id });
  });
});

describe('the conversation', () => {
  it('the client sees the agency reply but never the internal note, not even by querying the table', async () => {
    const client = await createTestUser(handle, { tier: 'pro' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'Form broken', description: 'The contact form fails', priority: 'high' });
    await addInternalNote(admin.claims, { ticketId: t.id, body: 'Client is on the old theme — secret' });
    await replyToTicket(admin.claims, { ticketId: t.id, body: 'Fixed, please check' });

    const seen = await getTicket(client.claims, { ticketId: t.id });
    expect(seen.messages.map((m) => [m.body, m.fromAgency])).toEqual([['Fixed, please check', true]]);
    expect(seen.notes).toEqual([]);
    const direct = await withRls(client.claims, (tx) => tx.select().from(supportTicketNotes).where(eq(supportTicketNotes.ticketId, t.id)));
    expect(direct).toEqual([]);
    expect(
      await codeOf(withRls(client.claims, (tx) => tx.insert(supportTicketNotes).values({ ticketId: t.id, ownerId: client.id, body: 'x' }))),
    ).toBe('FORBIDDEN');
    expect((await getTicket(admin.claims, { ticketId: t.id })).notes).toHaveLength(1);
    // The first agency message is the first response; the ticket is in progress.
    expect(seen.ticket.status).toBe('in_progress');
    expect((await getTicket(client.claims, { ticketId: t.id })).ticket.firstRespondedAt).not.toBeNull();
  });

  it('a client cannot pass as the agency, nor write on another client’s ticket', async () => {
    const client = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const t = await createTicket(client.claims, { subject: 'Hi', description: 'Hello' });
    await replyToTicket(client.claims, { ticketId: t.id, body: 'More details' });
    const seen = await getTicket(client.claims, { ticketId: t.id });
    expect(seen.messages[0]!.fromAgency).toBe(false);
    expect(seen.ticket.firstRespondedAt).toBeNull();
    expect(await codeOf(replyToTicket(other.claims, { ticketId: t.id, body: 'Sneaky' }))).toBe('NOT_FOUND');
    expect(await codeOf(getTicket(other.claims, { ticketId: t.id }))).toBe('NOT_FOUND');
  });

  it('resolve, reopen within 7 days (not after), rate once 1–5', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'Logo', description: 'Change it' });
    expect(await codeOf(rateTicket(client.claims, { ticketId: t.id, score: 5 }))).toBe('CONFLICT');
    await changeTicketStatus(client.claims, { ticketId: t.id, status: 'resolved' });
    expect(await codeOf(replyToTicket(client.claims, { ticketId: t.id, body: 'wait' }))).toBe('CONFLICT');
    await changeTicketStatus(client.claims, { ticketId: t.id, status: 'open' });
    await changeTicketStatus(client.claims, { ticketId: t.id, status: 'resolved' });
    await rateTicket(client.claims, { ticketId: t.id, score: 4, comment: 'Quick!' });
    expect(await codeOf(rateTicket(client.claims, { ticketId: t.id, score: 5 }))).toBe('CONFLICT');
    expect((await getTicket(admin.claims, { ticketId: t.id })).rating).toEqual({ score: 4, comment: 'Quick!' });
    // Eight days later the window is shut.
    await handle.executor.query(`update public.support_tickets set resolved_at = now() - interval '8 days' where id = $1`, [t.id]);
    const late = await changeTicketStatus(client.claims, { ticketId: t.id, status: 'open' }).catch((e: unknown) => e);
    expect(isAppError(late) && late.errorMessage.key).toBe('errors.tickets.reopenWindow');
    // A client cannot move it anywhere else, nor assign it.
    expect(await codeOf(changeTicketStatus(client.claims, { ticketId: t.id, status: 'in_progress' }))).toBe('CONFLICT');
    expect(await codeOf(assignTicket(client.claims, { ticketId: t.id, assigneeId: admin.id }))).toBe('NOT_FOUND');
  });

  it('assigns to admins only', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const t = await createTicket(client.claims, { subject: 'A', description: 'B' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: admin.id });
    expect((await getTicket(client.claims, { ticketId: t.id })).ticket.assigneeId).toBe(admin.id);
    expect(await codeOf(assignTicket(admin.claims, { ticketId: t.id, assigneeId: client.id }))).toBe('VALIDATION');
  });

  it('an admin acting as a client is audited with both ids', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const { claimsFor } = await import('@tests/helpers/test-db');
    const acting = claimsFor(client.id, client.email, { sub: admin.id });
    const t = await createTicket(acting, { subject: 'On behalf', description: 'x' });
    const audit = rowsOf<{ actor_id: string; subject_id: string; action: string }>(
      await handle.db.execute(sql`select actor_id::text, subject_id::text, action from public.audit_log where target_id = ${t.id}`),
    );
    expect(audit).toContainEqual({ actor_id: admin.id, subject_id: client.id, action: 'support_tickets.insert' });
  });
});
