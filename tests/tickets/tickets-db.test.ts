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
import { listTicketInbox } from '@/modules/tickets/list-ticket-inbox';
import { assignTicket } from '@/modules/tickets/assign-ticket';
import { currentSupportMonthIn } from '@/modules/tickets/current-support-month';
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

/**
 * `count` tickets for `ownerId` opened at `at` — by default the database's now(), the clock the
 * client's own inserts are stamped with (never this machine's: a run at midnight on the 1st could
 * put the fixture in one month and the ticket under test in the next) — on the privileged
 * connection (the trigger still counts them).
 */
async function openAsSystem(ownerId: string, count: number, at?: string): Promise<void> {
  await handle.executor.query(
    `insert into public.support_tickets (owner_id, subject, description, created_at)
     select $1, 'Fixture ' || n, 'Fixture', coalesce($2::timestamptz, now()) from generate_series(1, $3::int) n`,
    [ownerId, at ?? null, count],
  );
}

/** The instant of a wall-clock time in São Paulo (the agency's default time zone), by the database's rules. */
async function agencyLocal(wallClock: string): Promise<string> {
  const [row] = await handle.executor.query<{ at: string }>(
    `select to_json(($1::timestamp at time zone 'America/Sao_Paulo'))#>>'{}' as at`,
    [wallClock],
  );
  return row!.at;
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
    await openAsSystem(user.id, 14);
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
    await openAsSystem(user.id, 15);
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

  // The last day of a month at 23:59 in the agency's time zone counts in that month; 00:00 on the
  // 1st in the next — a 31-day month, February and a leap February.
  for (const [lastMinute, firstMinute, month, next] of [
    ['2027-01-31 23:59:00', '2027-02-01 00:00:00', '2027-01-01', '2027-02-01'],
    ['2027-02-28 23:59:00', '2027-03-01 00:00:00', '2027-02-01', '2027-03-01'],
    ['2028-02-29 23:59:00', '2028-03-01 00:00:00', '2028-02-01', '2028-03-01'],
  ] as const) {
    it(`${lastMinute} São Paulo counts in ${month.slice(0, 7)}; ${firstMinute} in ${next.slice(0, 7)}`, async () => {
      const user = await createTestUser(handle, { tier: 'free' }); // 15 a month
      const last = await agencyLocal(lastMinute);
      const first = await agencyLocal(firstMinute);
      await openAsSystem(user.id, 14, await agencyLocal(`${month} 00:00:00`));
      await openAsSystem(user.id, 1, last);
      expect(await systemOpenError(user.id, await agencyLocal(lastMinute.replace(/:00$/, ':59')))).toBe('tier_limit:tickets');
      expect(await systemOpenError(user.id, first)).toBe('resolved');
      const months = rowsOf<{ month: string; used: number }>(
        await handle.db.execute(
          sql`select month::text, used from public.support_ticket_counters where owner_id = ${user.id} order by month`,
        ),
      );
      expect(months).toEqual([
        { month, used: 15 },
        { month: next, used: 1 },
      ]);
      // What the client is shown at those instants: the same month, resetting at 00:00 on the 1st.
      const shown = await withRls(user.claims, async (tx) => ({
        atLast: await currentSupportMonthIn(tx, new Date(last)),
        atFirst: await currentSupportMonthIn(tx, new Date(first)),
      }));
      expect(shown.atLast).toEqual({ month, resetsAt: new Date(first) });
      expect(shown.atFirst.month).toBe(next);
    });
  }

  it('the month shown is the database clock’s, the one the trigger stamps tickets with', async () => {
    const user = await createTestUser(handle, { tier: 'free' });
    await createTicket(user.claims, { subject: 'Now', description: 'x' });
    const [stamped] = rowsOf<{ month: string }>(
      await handle.db.execute(sql`select month::text from public.support_tickets where owner_id = ${user.id}`),
    );
    const shown = await withRls(user.claims, (tx) => currentSupportMonthIn(tx));
    expect(shown.month).toBe(stamped!.month);
    expect((await listMyTickets(user.claims)).allowance.used).toBe(1);
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
    await openAsSystem(user.id, 80); // more than Pro's 60
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

  it('assigns to the agency’s active admins and developers only', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const suspended = await createTestUser(handle, { userType: 'developer' });
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [suspended.id]);
    const t = await createTicket(client.claims, { subject: 'A', description: 'B' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: admin.id });
    expect((await getTicket(client.claims, { ticketId: t.id })).ticket.assigneeId).toBe(admin.id);
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: developer.id });
    expect((await getTicket(client.claims, { ticketId: t.id })).ticket.assigneeId).toBe(developer.id);
    expect(await codeOf(assignTicket(admin.claims, { ticketId: t.id, assigneeId: client.id }))).toBe('VALIDATION');
    expect(await codeOf(assignTicket(admin.claims, { ticketId: t.id, assigneeId: suspended.id }))).toBe('VALIDATION');
    // Nor can a developer hand it on, to anyone (themselves included): only admins assign.
    expect(await codeOf(assignTicket(developer.claims, { ticketId: t.id, assigneeId: admin.id }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        withRls(developer.claims, (tx) => tx.update(supportTickets).set({ assigneeId: null }).where(eq(supportTickets.id, t.id))),
      ),
    ).toBe('FORBIDDEN');
    expect((await getTicket(admin.claims, { ticketId: t.id })).ticket.assigneeId).toBe(developer.id);
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

describe('a developer (agency staff, not an admin)', () => {
  it('sees and answers the tickets assigned to them — reply, internal note, status — and nothing else', async () => {
    const client = await createTestUser(handle, { tier: 'pro' });
    const other = await createTestUser(handle, { tier: 'pro' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const t = await createTicket(client.claims, { subject: 'Menu broken', description: 'On phones' });
    const elsewhere = await createTicket(other.claims, { subject: 'Not theirs', description: 'Private' });
    await addInternalNote(admin.claims, { ticketId: t.id, body: 'Probably the theme' });
    await addInternalNote(admin.claims, { ticketId: elsewhere.id, body: 'Another client’s secret' });

    // Before the assignment the ticket does not exist for them.
    expect(await codeOf(getTicket(developer.claims, { ticketId: t.id }))).toBe('NOT_FOUND');
    expect((await listTicketInbox(developer.claims)).tickets).toEqual([]);
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: developer.id });

    const seen = await getTicket(developer.claims, { ticketId: t.id });
    expect(seen.notes.map((n) => n.body)).toEqual(['Probably the theme']);
    expect((await listTicketInbox(developer.claims)).tickets.map((x) => x.id)).toEqual([t.id]);
    const reply = await replyToTicket(developer.claims, { ticketId: t.id, body: 'Fixed the menu', waitForClient: true });
    expect(reply.fromAgency).toBe(true);
    await addInternalNote(developer.claims, { ticketId: t.id, body: 'It was the theme — dev note' });
    const after = await getTicket(developer.claims, { ticketId: t.id });
    expect(after.ticket).toMatchObject({ status: 'waiting_for_client' });
    expect(after.ticket.firstRespondedAt).not.toBeNull();
    await changeTicketStatus(developer.claims, { ticketId: t.id, status: 'in_progress' });
    expect((await getTicket(admin.claims, { ticketId: t.id })).notes.map((n) => n.body)).toEqual([
      'Probably the theme',
      'It was the theme — dev note',
    ]);
    // The client sees the developer's answer as the agency's, and no note.
    const asClient = await getTicket(client.claims, { ticketId: t.id });
    expect(asClient.messages.map((m) => [m.body, m.fromAgency])).toEqual([['Fixed the menu', true]]);
    expect(asClient.notes).toEqual([]);

    // Another client's unassigned ticket: invisible and untouchable, whichever way they ask.
    expect(await codeOf(getTicket(developer.claims, { ticketId: elsewhere.id }))).toBe('NOT_FOUND');
    expect(await codeOf(replyToTicket(developer.claims, { ticketId: elsewhere.id, body: 'Hi' }))).toBe('NOT_FOUND');
    expect(await codeOf(changeTicketStatus(developer.claims, { ticketId: elsewhere.id, status: 'closed' }))).toBe('NOT_FOUND');
    expect(await codeOf(addInternalNote(developer.claims, { ticketId: elsewhere.id, body: 'x' }))).toBe('FORBIDDEN');
    const direct = await withRls(developer.claims, async (tx) => ({
      tickets: rowsOf<{ id: string }>(await tx.execute(sql`select id::text from public.support_tickets`)).map((r) => r.id),
      messages: rowsOf(await tx.execute(sql`select id from public.support_ticket_messages where ticket_id = ${elsewhere.id}`)),
      notes: rowsOf(await tx.execute(sql`select id from public.support_ticket_notes where ticket_id = ${elsewhere.id}`)),
      counters: rowsOf(await tx.execute(sql`select owner_id from public.support_ticket_counters`)),
    }));
    expect(direct).toEqual({ tickets: [t.id], messages: [], notes: [], counters: [] });
    expect((await getTicket(admin.claims, { ticketId: elsewhere.id })).ticket).toMatchObject({ status: 'open', firstRespondedAt: null });

    // Nor priority or merge; and once unassigned, the ticket is gone for them.
    expect(
      await codeOf(
        withRls(developer.claims, (tx) => tx.update(supportTickets).set({ priority: 'low' }).where(eq(supportTickets.id, t.id))),
      ),
    ).toBe('FORBIDDEN');
    expect(await codeOf(mergeTickets(developer.claims, { ticketId: t.id, intoTicketNumber: elsewhere.number }))).toBe('NOT_FOUND');
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: null });
    expect(await codeOf(getTicket(developer.claims, { ticketId: t.id }))).toBe('NOT_FOUND');
    expect(await codeOf(replyToTicket(developer.claims, { ticketId: t.id, body: 'Still here?' }))).toBe('NOT_FOUND');
  });

  it('a suspended developer loses their assigned tickets', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const t = await createTicket(client.claims, { subject: 'Logo', description: 'Bigger' });
    await assignTicket(admin.claims, { ticketId: t.id, assigneeId: developer.id });
    await handle.executor.query(`update public.user_profiles set account_status = 'suspended' where id = $1`, [developer.id]);
    expect(await codeOf(getTicket(developer.claims, { ticketId: t.id }))).toBe('NOT_FOUND');
    expect(await codeOf(listTicketInbox(developer.claims))).toBe('NOT_FOUND');
  });
});
