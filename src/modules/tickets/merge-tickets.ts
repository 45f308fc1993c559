import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { assertAdmin } from '@/modules/accounts/require-admin-claims';
import { supportTicketNotes, supportTickets } from './schema';
import { unsafeApplySlaClock } from './unsafe-apply-sla-clock';

export const mergeTicketsInput = z.object({ ticketId: z.uuid(), intoTicketNumber: z.number().int().positive() });
export type MergeTicketsInput = z.input<typeof mergeTicketsInput>;

/**
 * Merges a duplicate into another ticket of the same client, in one transaction: the duplicate is
 * closed and points at the kept one (the database checks both belong to the same client and
 * neither is merged already), its month's slot goes back to the client, and the kept ticket gets
 * an internal note quoting the duplicate so nothing the client wrote is lost. Admins only.
 */
export async function mergeTickets(claims: VerifiedClaims, input: MergeTicketsInput): Promise<{ intoTicketId: string }> {
  const data = mergeTicketsInput.parse(input);
  let intoTicketId: string;
  try {
    intoTicketId = await withRls(claims, async (tx) => {
      await assertAdmin(tx, claims);
      const [dup] = await tx.select().from(supportTickets).where(eq(supportTickets.id, data.ticketId));
      const [into] = await tx.select().from(supportTickets).where(eq(supportTickets.number, data.intoTicketNumber));
      if (!dup || !into) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
      await tx.update(supportTickets).set({ mergedIntoId: into.id }).where(eq(supportTickets.id, dup.id));
      await tx.insert(supportTicketNotes).values({
        ticketId: into.id,
        ownerId: into.ownerId,
        body: `#${dup.number} — ${dup.subject}\n\n${dup.description}`.slice(0, 10_000),
      });
      return into.id;
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('CONFLICT', 'errors.tickets.mergeNotAllowed');
    throw err;
  }
  await unsafeApplySlaClock(data.ticketId);
  return { intoTicketId };
}
