import type { VerifiedClaims } from '@/lib/claims';
import type { Tx } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { findOwnFiles, type OwnFile } from '@/modules/storage/find-own-files';
import { supportTicketAttachments } from './schema';

/**
 * The files behind `ids`, which must all be the caller's own and not in the trash: anything else
 * is refused as a whole (nothing is sent half-attached). Read before the writing transaction —
 * storage answers under the caller's own RLS.
 */
export async function ownAttachmentFiles(claims: VerifiedClaims, ids: readonly string[]): Promise<OwnFile[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const files = await findOwnFiles(claims, unique);
  if (files.length !== unique.length) throw new AppError('VALIDATION', 'errors.tickets.attachmentNotFound');
  return files;
}

/** Records the attachments of what was just written, in its transaction (all or nothing). */
export async function insertTicketAttachments(
  tx: Tx,
  target: { ticketId: string; messageId?: string; noteId?: string },
  files: readonly OwnFile[],
): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(supportTicketAttachments).values(
    files.map((file) => ({
      ticketId: target.ticketId,
      messageId: target.messageId ?? null,
      noteId: target.noteId ?? null,
      ownerId: target.ticketId, // the trigger's: the ticket's client
      fileId: file.id,
      name: file.name,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
    })),
  );
}
