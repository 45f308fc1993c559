import { and, desc, gte, isNull, lt } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { supportTickets } from './schema';

export type SlaBreach = { ticketId: string; ownerId: string; subject: string; breachedAt: Date };

/**
 * Tickets whose first-response SLA was breached in [from, to), newest first (merged duplicates
 * left out: their conversation continues in the ticket they were merged into). For the agency's
 * overview: admins only — assertAdmin answers 404 to anyone else, and RLS shows a client only
 * their own tickets anyway.
 */
export async function listSlaBreaches(claims: VerifiedClaims, input: { from: Date; to: Date; limit?: number }): Promise<SlaBreach[]> {
  return withRls(claims, async (tx) => {
    await assertAdmin(tx, claims);
    return tx
      .select({
        ticketId: supportTickets.id,
        ownerId: supportTickets.ownerId,
        subject: supportTickets.subject,
        breachedAt: supportTickets.slaBreachedAt,
      })
      .from(supportTickets)
      .where(
        and(gte(supportTickets.slaBreachedAt, input.from), lt(supportTickets.slaBreachedAt, input.to), isNull(supportTickets.mergedIntoId)),
      )
      .orderBy(desc(supportTickets.slaBreachedAt))
      .limit(Math.min(input.limit ?? 500, 2000))
      .then((rows) => rows.map((r) => ({ ...r, breachedAt: r.breachedAt! })));
  });
}
