import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { supportTickets } from './schema';

export const assignTicketInput = z.object({ ticketId: z.uuid(), assigneeId: z.uuid().nullable() });
export type AssignTicketInput = z.input<typeof assignTicketInput>;

/**
 * Assigns a ticket to an active agency admin or developer (or nobody). Admins only; the database
 * refuses anyone else as the assignee (a client, a suspended account): VALIDATION.
 */
export async function assignTicket(claims: VerifiedClaims, input: AssignTicketInput): Promise<void> {
  const data = assignTicketInput.parse(input);
  try {
    await withRls(claims, async (tx) => {
      await assertAdmin(tx, claims);
      const [row] = await tx
        .update(supportTickets)
        .set({ assigneeId: data.assigneeId })
        .where(eq(supportTickets.id, data.ticketId))
        .returning({ id: supportTickets.id });
      if (!row) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'VALIDATION') throw new AppError('VALIDATION', 'errors.tickets.assigneeNotAgency');
    throw err;
  }
}
