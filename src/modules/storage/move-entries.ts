import { and, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { storageFolders, storageItems } from './schema';

export const moveEntriesInput = z.object({
  fileIds: z.array(z.uuid()).max(500).default([]),
  folderIds: z.array(z.uuid()).max(500).default([]),
  /** null: the top level. */
  targetFolderId: z.uuid().nullable(),
});

/**
 * Moves the caller's files and folders into one of their folders (or the top level), in one
 * transaction. The target must be the caller's own (a foreign key on owner and folder); a folder
 * can't go inside itself (the database's guard).
 */
export async function moveEntries(claims: VerifiedClaims, raw: z.input<typeof moveEntriesInput>): Promise<{ moved: number }> {
  const input = moveEntriesInput.parse(raw);
  try {
    return await withRls(claims, async (tx) => {
      const files = input.fileIds.length
        ? await tx
            .update(storageItems)
            .set({ folderId: input.targetFolderId })
            .where(and(inArray(storageItems.id, input.fileIds), isNull(storageItems.trashedAt)))
            .returning({ id: storageItems.id })
        : [];
      const folders = input.folderIds.length
        ? await tx
            .update(storageFolders)
            .set({ parentId: input.targetFolderId })
            .where(and(inArray(storageFolders.id, input.folderIds), isNull(storageFolders.trashedAt)))
            .returning({ id: storageFolders.id })
        : [];
      return { moved: files.length + folders.length };
    });
  } catch (err) {
    if (isAppError(err) && err.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'errors.storage.folderNotFound');
    if (isAppError(err) && err.code === 'VALIDATION') throw new AppError('VALIDATION', 'errors.storage.folderIntoItself');
    throw err;
  }
}
