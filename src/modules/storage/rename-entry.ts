import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { fileNameSchema } from './file-name';
import { nameForFileType } from './file-types';
import { storageFolders, storageItems } from './schema';

export const renameEntryInput = z.object({ kind: z.enum(['file', 'folder']), id: z.uuid(), name: fileNameSchema });

/** Renames one of the caller's files or folders (RLS: anyone else's id changes nothing → NOT_FOUND). */
export async function renameEntry(claims: VerifiedClaims, raw: z.input<typeof renameEntryInput>): Promise<{ id: string; name: string }> {
  const input = renameEntryInput.parse(raw);
  const rows = await withRls(claims, async (tx) => {
    if (input.kind === 'file') {
      // A file keeps its type's extension whatever it is renamed to (nameForFileType).
      const [file] = await tx
        .select({ contentType: storageItems.contentType })
        .from(storageItems)
        .where(and(eq(storageItems.id, input.id), isNull(storageItems.trashedAt)));
      if (!file) return [];
      return tx
        .update(storageItems)
        .set({ name: nameForFileType(input.name, file.contentType) })
        .where(and(eq(storageItems.id, input.id), isNull(storageItems.trashedAt)))
        .returning({ id: storageItems.id, name: storageItems.name });
    }
    return tx
      .update(storageFolders)
      .set({ name: input.name })
      .where(and(eq(storageFolders.id, input.id), isNull(storageFolders.trashedAt)))
      .returning({ id: storageFolders.id, name: storageFolders.name });
  });
  if (!rows[0]) throw new AppError('NOT_FOUND', input.kind === 'file' ? 'errors.storage.fileNotFound' : 'errors.storage.folderNotFound');
  return rows[0];
}
