import { and, desc, eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { getEntitlements } from '@/modules/billing/get-entitlements';
import { currentSupportMonthIn } from './current-support-month';
import { supportSettings, supportTicketCounters, supportTickets, type TicketRow } from './schema';
import { ticketMonthStatsIn, type TicketMonthStats } from './ticket-month-stats';

export type MyTickets = {
  tickets: TicketRow[];
  /** This month's allowance: tickets opened (the database's counter) of the plan's limit (null: unlimited). */
  allowance: { used: number; limit: number | null; resetsAt: Date; isAtLimit: boolean };
  /** The first-response SLA promised on the client's plan, in minutes (null: none). */
  slaMinutes: number | null;
  slaHours: 'calendar' | 'business';
  stats: TicketMonthStats;
};

/** The client's tickets (newest first), this month's allowance and their plan's SLA. */
export async function listMyTickets(claims: VerifiedClaims): Promise<MyTickets> {
  const entitlements = await getEntitlements(claims);
  const limit = entitlements.limits.ticketsPerMonth;
  return withRls(claims, async (tx) => {
    const { month, resetsAt } = await currentSupportMonthIn(tx);
    const tickets = await tx
      .select()
      .from(supportTickets)
      .where(eq(supportTickets.ownerId, claims.sub))
      .orderBy(desc(supportTickets.createdAt))
      .limit(200);
    const [counter] = await tx
      .select({ used: supportTicketCounters.used })
      .from(supportTicketCounters)
      .where(and(eq(supportTicketCounters.ownerId, claims.sub), eq(supportTicketCounters.month, month)));
    const [settings] = await tx.select().from(supportSettings);
    const used = counter?.used ?? 0;
    const slaMinutes = settings?.firstResponseMinutes[entitlements.tier] ?? null;
    return {
      tickets,
      allowance: { used, limit, resetsAt, isAtLimit: limit !== null && used >= limit },
      slaMinutes,
      slaHours: settings?.slaHours ?? 'calendar',
      stats: await ticketMonthStatsIn(tx, { month, ownerId: claims.sub }),
    };
  });
}
