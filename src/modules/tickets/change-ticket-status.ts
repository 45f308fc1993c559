import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { ticketStatusSchema, type TicketStatus } from './ticket-status';
import { supportTickets } from './schema';
import { unsafeApplySlaClock } from './unsafe-apply-sla-clock';

export const changeTicketStatusInput = z.object({ ticketId: z.uuid(), status: ticketStatusSchema });
export type ChangeTicketStatusInput = z.input<typeof changeTicketStatusInput>;

/**
 * Moves a ticket. A client may resolve their ticket and reopen it within 7 days of resolving it;
 * the agency moves it freely (the database's guard trigger holds the same rules — this only turns
 * its refusal into a clear message). The SLA clock pauses or resumes with the status.
 */
export async function changeTicketStatus(
  claims: VerifiedClaims,
  input: ChangeTicketStatusInput,
  now?: Date,
): Promise<{ status: TicketStatus }> {
  const data = changeTicketStatusInput.parse(input);
  try {
    const [row] = await withRls(claims, (tx) =>
      tx
        .update(supportTickets)
        .set({ status: data.status })
        .where(eq(supportTickets.id, data.ticketId))
        .returning({ status: supportTickets.status }),
    );
    if (!row) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') {
      throw new AppError('CONFLICT', data.status === 'open' ? 'errors.tickets.reopenWindow' : 'errors.tickets.statusNotAllowed');
    }
    throw err;
  }
  await unsafeApplySlaClock(data.ticketId, now);
  return { status: data.status };
}
