import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/lib/db/client';
import { createProject } from '@/modules/projects/create-project';
import { assignTicket } from '@/modules/tickets/assign-ticket';
import { createTicket } from '@/modules/tickets/create-ticket';
import { listTicketInbox } from '@/modules/tickets/list-ticket-inbox';
import { createTestDb, createTestUser } from '@tests/helpers/test-db';

// The agency's inbox on a real database: soonest first answer due first, the filters an admin
// uses (priority, plan, assignee, client), the month's average first response, and a ticket about
// one of the client's sites.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

/** Sets a ticket's first-answer due time (minutes from now) and, optionally, when it was answered (minutes after it was opened). */
async function setSla(ticketId: string, dueInMinutes: number | null, answeredAfterMinutes: number | null = null) {
  await handle.executor.query(
    `update public.support_tickets set
       sla_minutes = case when $2::int is null then null else 60 end,
       first_response_due_at = case when $2::int is null then null else now() + make_interval(mins => $2::int) end,
       first_responded_at = case when $3::int is null then null else created_at + make_interval(mins => $3::int) end
     where id = $1`,
    [ticketId, dueInMinutes, answeredAfterMinutes],
  );
}

describe('the ticket inbox', () => {
  it('puts the soonest first answer due first; answered and SLA-less tickets after, most urgent first', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const client = await createTestUser(handle, { tier: 'pro' });
    const open = (subject: string, priority: 'low' | 'medium' | 'high' | 'urgent' = 'medium') =>
      createTicket(client.claims, { subject, description: 'x', priority });
    const later = await open('due in 2 h');
    const soon = await open('due in 30 min', 'low');
    const answered = await open('answered', 'urgent');
    const noSla = await open('no SLA', 'high');
    await setSla(later.id, 120);
    await setSla(soon.id, 30);
    await setSla(answered.id, -60, 20);
    await setSla(noSla.id, null);

    const { tickets, stats } = await listTicketInbox(admin.claims, { client: client.id });
    expect(tickets.map((t) => t.subject)).toEqual(['due in 30 min', 'due in 2 h', 'answered', 'no SLA']);
    // One answered ticket this month, 20 minutes after it was opened.
    expect(stats.averageFirstResponseMinutes).toBeCloseTo(20, 0);
  });

  it('filters by priority, plan, assignee (or nobody) and client', async () => {
    const admin = await createTestUser(handle, { userType: 'admin' });
    const developer = await createTestUser(handle, { userType: 'developer' });
    const free = await createTestUser(handle, { tier: 'free' });
    const pro = await createTestUser(handle, { tier: 'pro' });
    const urgent = await createTicket(pro.claims, { subject: 'pro urgent', description: 'x', priority: 'urgent' });
    const assigned = await createTicket(pro.claims, { subject: 'pro assigned', description: 'x', priority: 'low' });
    await createTicket(free.claims, { subject: 'free low', description: 'x', priority: 'low' });
    await assignTicket(admin.claims, { ticketId: assigned.id, assigneeId: developer.id });
    const subjects = async (filters: Parameters<typeof listTicketInbox>[1]) =>
      (await listTicketInbox(admin.claims, filters)).tickets
        .map((t) => t.subject)
        .filter((s) => ['pro urgent', 'pro assigned', 'free low'].includes(s))
        .sort();

    expect(await subjects({ priority: 'urgent' })).toEqual(['pro urgent']);
    expect(await subjects({ plan: 'pro' })).toEqual(['pro assigned', 'pro urgent']);
    expect(await subjects({ plan: 'free' })).toEqual(['free low']);
    expect(await subjects({ assignee: developer.id })).toEqual(['pro assigned']);
    expect(await subjects({ assignee: 'none' })).toEqual(['free low', 'pro urgent']);
    expect(await subjects({ client: free.id })).toEqual(['free low']);
    expect(urgent.tier).toBe('pro');
  });

  it('a ticket can be about one of the client’s own sites, never someone else’s', async () => {
    const client = await createTestUser(handle, { tier: 'basic' });
    const stranger = await createTestUser(handle, { tier: 'basic' });
    const site = await createProject(client.claims, { name: 'Padaria' });
    const theirs = await createProject(stranger.claims, { name: 'Oficina' });
    const ticket = await createTicket(client.claims, { subject: 'Menu', description: 'x', projectId: site.id });
    expect(ticket.projectId).toBe(site.id);
    await expect(createTicket(client.claims, { subject: 'Not mine', description: 'x', projectId: theirs.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
