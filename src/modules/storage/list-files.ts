import { and, asc, desc, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { withRls } from '@/lib/db/with-rls';
import { AppError } from '@/lib/errors';
import { FILE_SORTS } from './file-sorts';
import { storageFolders, storageItems } from './schema';

export const listFilesInput = z.object({
  folderId: z.uuid().nullable().optional(),
  query: z.string().trim().max(100).optional(),
  sort: z.enum(FILE_SORTS).default('name'),
});

export type FolderEntry = { id: string; name: string; parentId: string | null; createdAt: Date };
export type FileEntry = {
  id: string;
  name: string;
  folderId: string | null;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  createdAt: Date;
};
export type FileListing = {
  /** The folder shown, with its ancestors from the top (empty at the top level). */
  path: FolderEntry[];
  folders: FolderEntry[];
  files: FileEntry[];
  /** Every folder of the owner (not trashed): targets for "move to". */
  allFolders: FolderEntry[];
  /** Whether this is a search across all folders. */
  isSearch: boolean;
};

const MAX_FILES = 1000;

/** `%` and `_` are LIKE wildcards: a search for "50%" means the characters. */
function containsPattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One folder's contents (or, with a query, every file and folder whose name contains it), sorted
 * as asked. Runs under RLS: a client lists their own files; an unknown or foreign folder id is
 * NOT_FOUND, never someone else's folder.
 */
export async function listFiles(claims: VerifiedClaims, raw: z.input<typeof listFilesInput>): Promise<FileListing> {
  const input = listFilesInput.parse(raw);
  const folderId = input.folderId ?? null;
  const isSearch = Boolean(input.query);
  return withRls(claims, async (tx) => {
    const allFolders = await tx
      .select({ id: storageFolders.id, name: storageFolders.name, parentId: storageFolders.parentId, createdAt: storageFolders.createdAt })
      .from(storageFolders)
      .where(and(eq(storageFolders.ownerId, claims.sub), isNull(storageFolders.trashedAt)))
      .orderBy(asc(storageFolders.name));
    const byId = new Map(allFolders.map((folder) => [folder.id, folder]));
    if (folderId && !byId.has(folderId)) throw new AppError('NOT_FOUND', 'errors.storage.folderNotFound');

    const path: FolderEntry[] = [];
    for (
      let at = folderId ? byId.get(folderId) : undefined;
      at && path.length < 100;
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      path.unshift(at);
    }

    const where: SQL[] = [eq(storageItems.ownerId, claims.sub), isNull(storageItems.trashedAt)];
    if (isSearch) where.push(ilike(storageItems.name, containsPattern(input.query!)));
    else where.push(folderId ? eq(storageItems.folderId, folderId) : isNull(storageItems.folderId));
    const order =
      input.sort === 'newest'
        ? [desc(storageItems.createdAt)]
        : input.sort === 'largest'
          ? [desc(storageItems.sizeBytes), asc(storageItems.name)]
          : [asc(storageItems.name), desc(storageItems.createdAt)];
    const rows = await tx
      .select()
      .from(storageItems)
      .where(and(...where))
      .orderBy(...order)
      .limit(MAX_FILES);

    const needle = input.query?.toLocaleLowerCase();
    const folders = allFolders
      .filter((folder) => (isSearch ? folder.name.toLocaleLowerCase().includes(needle!) : folder.parentId === folderId))
      .sort((a, b) => (input.sort === 'newest' ? b.createdAt.getTime() - a.createdAt.getTime() : a.name.localeCompare(b.name)));
    const files = rows.map((row) => ({
      id: row.id,
      name: row.name,
      folderId: row.folderId,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      width: row.width,
      height: row.height,
      hasThumbnail: row.thumbnailKey !== null,
      createdAt: row.createdAt,
    }));
    return { path, folders, files, allFolders, isSearch };
  });
}
