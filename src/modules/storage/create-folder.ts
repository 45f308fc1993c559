import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError, isAppError } from '@/lib/errors';
import { fileNameSchema } from './file-name';
import { storageFolders } from './schema';

export const createFolderInput = z.object({ name: fileNameSchema, parentId: z.uuid().nullable().optional() });

/** A new folder of the caller's, at the top level or inside one of their folders. */
export async function createFolder(claims: VerifiedClaims, raw: z.input<typeof createFolderInput>): Promise<{ id: string; name: string }> {
  const input = createFolderInput.parse(raw);
  return withRls(claims, async (tx) => {
    const [row] = await tx
      .insert(storageFolders)
      .values({ ownerId: claims.sub, parentId: input.parentId ?? null, name: input.name })
      .returning({ id: storageFolders.id, name: storageFolders.name });
    return row!;
  }).catch((err: unknown) => {
    // The parent must be the caller's own folder (a composite foreign key on the owner).
    if (isAppError(err) && err.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'errors.storage.folderNotFound');
    throw err;
  });
}
