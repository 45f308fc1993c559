import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { storageFolders, storageItems } from './schema';
import { toStorageLimitError } from './storage-limit-error';

export const restoreTrashInput = z.object({ batch: z.uuid() });

/**
 * "Undo" of a delete: restores everything trashed under `batch`, folders first so files return
 * into them. Restored files count against the plan again — if they no longer fit (something was
 * uploaded meanwhile) nothing is restored and the person is told why. After the purge, NOT_FOUND.
 */
export async function restoreTrash(claims: VerifiedClaims, raw: z.input<typeof restoreTrashInput>): Promise<{ count: number }> {
  const { batch } = restoreTrashInput.parse(raw);
  const count = await withRls(claims, async (tx) => {
    const clear = { trashedAt: null, trashBatch: null };
    const folders = await tx
      .update(storageFolders)
      .set(clear)
      .where(eq(storageFolders.trashBatch, batch))
      .returning({ id: storageFolders.id });
    const files = await tx.update(storageItems).set(clear).where(eq(storageItems.trashBatch, batch)).returning({ id: storageItems.id });
    return folders.length + files.length;
  }).catch((err: unknown) => {
    throw toStorageLimitError(err);
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'errors.storage.nothingToRestore');
  return { count };
}
