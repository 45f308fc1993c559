import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { supportTicketRatings } from './schema';

export const rateTicketInput = z.object({
  ticketId: z.uuid(),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});
export type RateTicketInput = z.input<typeof rateTicketInput>;

/** The client rates the help on their resolved (or closed) ticket, once: 1–5 and an optional comment. */
export async function rateTicket(claims: VerifiedClaims, input: RateTicketInput): Promise<void> {
  const data = rateTicketInput.parse(input);
  try {
    await withRls(claims, (tx) =>
      tx.insert(supportTicketRatings).values({
        ticketId: data.ticketId,
        ownerId: claims.sub,
        score: data.score,
        comment: data.comment ? data.comment : null,
      }),
    );
  } catch (err) {
    if (isAppError(err) && err.code === 'CONFLICT') throw new AppError('CONFLICT', 'errors.tickets.alreadyRated');
    if (isAppError(err) && err.code === 'FORBIDDEN') throw new AppError('CONFLICT', 'errors.tickets.rateWhenResolved');
    throw err;
  }
}
