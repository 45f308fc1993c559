import type { z } from 'zod';
import type { VerifiedClaims } from '@/lib/claims';
import { listFiles } from '@/modules/storage/list-files';
import { decodeCursor, encodeCursor } from './cursor';
import type { fileListSchema, listFilesQuery } from './v1-file-schemas';

/**
 * GET /api/v1/files: one folder's files (storage.listFiles, under RLS: the owner's own; another
 * account's folder is a 404), newest first, a page at a time. listFiles reads a folder whole (up
 * to its 1,000 newest files), so the page is cut from that, keyed on (created_at, id).
 */
export async function listV1Files(claims: VerifiedClaims, query: z.infer<typeof listFilesQuery>): Promise<z.infer<typeof fileListSchema>> {
  const after = decodeCursor(query.cursor);
  const all = (await listFiles(claims, { folderId: query.folder ?? null, sort: 'newest' })).files.sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1),
  );
  const start = after
    ? all.findIndex((f) => f.createdAt.getTime() < Number(after.at) || (f.createdAt.getTime() === Number(after.at) && f.id < after.id))
    : 0;
  const page = start < 0 ? [] : all.slice(start, start + query.limit);
  const last = page.at(-1);
  return {
    data: page.map((f) => ({
      id: f.id,
      name: f.name,
      folder_id: f.folderId,
      content_type: f.contentType,
      size_bytes: f.sizeBytes,
      width: f.width,
      height: f.height,
      has_thumbnail: f.hasThumbnail,
      created_at: f.createdAt.toISOString(),
    })),
    next_cursor:
      start >= 0 && start + query.limit < all.length && last ? encodeCursor({ at: String(last.createdAt.getTime()), id: last.id }) : null,
  };
}
