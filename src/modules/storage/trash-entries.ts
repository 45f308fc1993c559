import { randomUUID } from 'node:crypto';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { rowsOf } from '@/lib/db/rows-of';
import { withRls } from '@/lib/db/with-rls';
import { storageFolders, storageItems } from './schema';

export const trashEntriesInput = z.object({
  fileIds: z.array(z.uuid()).max(500).default([]),
  folderIds: z.array(z.uuid()).max(500).default([]),
});

/** How long "undo" works: the purge cron deletes trashed files for good after this. */
export const TRASH_RETENTION_MS = 10 * 60_000;

/**
 * Deletes the caller's files and folders — a folder with everything inside it — for the undo
 * window: they are trashed together under one batch id (which "undo" restores), stop counting
 * against the plan at once, and are purged with their bytes by a cron after TRASH_RETENTION_MS.
 */
export async function trashEntries(
  claims: VerifiedClaims,
  raw: z.input<typeof trashEntriesInput>,
): Promise<{ batch: string; count: number }> {
  const input = trashEntriesInput.parse(raw);
  const batch = randomUUID();
  const count = await withRls(claims, async (tx) => {
    let folderIds: string[] = [];
    if (input.folderIds.length) {
      // The folders and every folder below them (RLS limits the walk to the caller's own).
      const ids = sql.join(
        input.folderIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      folderIds = rowsOf<{ id: string }>(
        await tx.execute(sql`
          with recursive tree(id) as (
            select id from public.storage_folders where id in (${ids}) and trashed_at is null
            union
            select f.id from public.storage_folders f join tree on f.parent_id = tree.id where f.trashed_at is null
          )
          select id::text from tree`),
      ).map((row) => row.id);
    }
    const stamp = { trashedAt: new Date(), trashBatch: batch };
    const folders = folderIds.length
      ? await tx.update(storageFolders).set(stamp).where(inArray(storageFolders.id, folderIds)).returning({ id: storageFolders.id })
      : [];
    const inFolders = folderIds.length
      ? await tx
          .update(storageItems)
          .set(stamp)
          .where(and(inArray(storageItems.folderId, folderIds), isNull(storageItems.trashedAt)))
          .returning({ id: storageItems.id })
      : [];
    const files = input.fileIds.length
      ? await tx
          .update(storageItems)
          .set(stamp)
          .where(and(inArray(storageItems.id, input.fileIds), isNull(storageItems.trashedAt)))
          .returning({ id: storageItems.id })
      : [];
    return folders.length + inFolders.length + files.length;
  });
  return { batch, count };
}
