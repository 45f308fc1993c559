import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAgencyStaff } from '@/modules/accounts/require-agency-staff-claims';
import { currentSupportMonthIn } from './current-support-month';
import { supportTickets, type TicketRow } from './schema';
import { ticketMonthStatsIn, type TicketMonthStats } from './ticket-month-stats';
import { ticketPrioritySchema, ticketStatusSchema } from './ticket-status';

export const ticketInboxFilters = z.object({
  status: z.union([ticketStatusSchema, z.literal('active')]).default('active'),
  priority: ticketPrioritySchema.optional(),
  plan: z.enum(['free', 'basic', 'pro', 'enterprise']).optional(),
  /** An agency admin's or developer's id, or 'none' for unassigned tickets. */
  assignee: z.union([z.uuid(), z.literal('none')]).optional(),
  client: z.uuid().optional(),
});
export type TicketInboxFilters = z.input<typeof ticketInboxFilters>;

export type TicketInbox = { tickets: TicketRow[]; stats: TicketMonthStats };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

/**
 * An inbox page's filters from its query string (only `keys` are read): the parsed filters — the
 * defaults when any value is unknown — and what was asked, to show in the filter form (nothing
 * when it was invalid).
 */
export function inboxFiltersFromQuery(
  query: Query,
  keys: ReadonlyArray<keyof TicketInboxFilters>,
): { filters: z.output<typeof ticketInboxFilters>; asked: Partial<Record<keyof TicketInboxFilters, string>> } {
  const asked = Object.fromEntries(keys.map((key) => [key, one(query[key])]));
  const parsed = ticketInboxFilters.safeParse(asked);
  return parsed.success ? { filters: parsed.data, asked } : { filters: ticketInboxFilters.parse({}), asked: {} };
}

/**
 * The agency's inbox: every client's tickets for admins — for a developer, RLS keeps exactly the
 * tickets assigned to them (clients get NOT_FOUND) — the open ones by default, sorted by
 * when a first answer is due (soonest first; answered, paused and SLA-less ones after, oldest
 * first), with the month's average first-response time and share answered within the SLA.
 */
export async function listTicketInbox(claims: VerifiedClaims, input: TicketInboxFilters = {}): Promise<TicketInbox> {
  const filters = ticketInboxFilters.parse(input);
  return withRls(claims, async (tx) => {
    await assertAgencyStaff(tx, claims);
    const where: SQL[] = [isNull(supportTickets.mergedIntoId)];
    if (filters.status === 'active') where.push(inArray(supportTickets.status, ['open', 'in_progress', 'waiting_for_client']));
    else where.push(eq(supportTickets.status, filters.status));
    if (filters.priority) where.push(eq(supportTickets.priority, filters.priority));
    if (filters.plan) where.push(eq(supportTickets.tier, filters.plan));
    if (filters.assignee === 'none') where.push(isNull(supportTickets.assigneeId));
    else if (filters.assignee) where.push(eq(supportTickets.assigneeId, filters.assignee));
    if (filters.client) where.push(eq(supportTickets.ownerId, filters.client));
    const tickets = await tx
      .select()
      .from(supportTickets)
      .where(and(...where))
      .orderBy(
        sql`case when ${supportTickets.firstRespondedAt} is null and ${supportTickets.firstResponseDueAt} is not null then ${supportTickets.firstResponseDueAt} end asc nulls last`,
        desc(sql`case ${supportTickets.priority} when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`),
        asc(supportTickets.createdAt),
      )
      .limit(500);
    const { month } = await currentSupportMonthIn(tx);
    return { tickets, stats: await ticketMonthStatsIn(tx, { month, ...(filters.client ? { ownerId: filters.client } : {}) }) };
  });
}
