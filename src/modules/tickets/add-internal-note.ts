import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { assertAgencyStaff } from '@/modules/accounts/require-agency-staff-claims';
import { supportTicketNotes } from './schema';
import { insertTicketAttachments, ownAttachmentFiles } from './ticket-attachments';
import { attachmentIdsSchema } from './ticket-attachments-limit';

export const addInternalNoteInput = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1).max(10_000),
  attachmentIds: attachmentIdsSchema,
});
export type AddInternalNoteInput = z.input<typeof addInternalNoteInput>;

/**
 * An internal note on a ticket: agency admins, or the developer it is assigned to, and never
 * readable by the client — RLS on support_ticket_notes admits admins and the assigned developer
 * alone (a developer's note on another ticket is FORBIDDEN), so no query a client's session runs
 * can return one.
 */
export async function addInternalNote(claims: VerifiedClaims, input: AddInternalNoteInput): Promise<{ noteId: string }> {
  const data = addInternalNoteInput.parse(input);
  const files = await ownAttachmentFiles(claims, data.attachmentIds);
  return withRls(claims, async (tx) => {
    await assertAgencyStaff(tx, claims);
    const [note] = await tx
      .insert(supportTicketNotes)
      .values({ ticketId: data.ticketId, ownerId: claims.sub, body: data.body }) // owner: the trigger's (the ticket's client)
      .returning({ id: supportTicketNotes.id });
    await insertTicketAttachments(tx, { ticketId: data.ticketId, noteId: note!.id }, files);
    return { noteId: note!.id };
  });
}
