import { eq } from 'drizzle-orm';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import type { OpenedFile } from '@/modules/storage/open-file';
import { unsafeOpenOwnerFile } from '@/modules/storage/unsafe-open-owner-file';
import { supportTicketAttachments } from './schema';

/**
 * An attachment's bytes for someone who may see it. The row is read under the caller's RLS — a
 * client gets no row for another client's ticket or for an internal note's attachment, so those
 * are NOT_FOUND exactly like an id that never existed. Only then are the bytes read, as the
 * uploader's file (the uploader comes from that row, never from the request).
 */
export async function openTicketAttachment(claims: VerifiedClaims, attachmentId: string): Promise<OpenedFile> {
  const row = await withRls(claims, async (tx) => {
    const [found] = await tx
      .select({ fileId: supportTicketAttachments.fileId, uploadedBy: supportTicketAttachments.uploadedBy })
      .from(supportTicketAttachments)
      .where(eq(supportTicketAttachments.id, attachmentId));
    return found;
  });
  if (!row) throw new AppError('NOT_FOUND', 'errors.tickets.notFound');
  const file = row.uploadedBy ? await unsafeOpenOwnerFile(row.uploadedBy, row.fileId) : null;
  if (!file) throw new AppError('NOT_FOUND', 'errors.tickets.attachmentGone');
  return file;
}
